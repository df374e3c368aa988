import { afterEach, expect } from "vitest";
import { createHarness, type Harness, type Person } from "../bot-harness.js";

/** The reps of the understanding tests: Li writes Chinese, Amy English (both in Shanghai), Nick English in New York. */
export const REPS = {
  li: { platformUserId: "li", displayName: "李雷" },
  amy: { platformUserId: "amy", displayName: "Amy Chen" },
  nick: { platformUserId: "nick", displayName: "Nick Ford" },
} satisfies Record<string, Person>;
export type RepName = keyof typeof REPS;
export const REP_ZONES: Record<RepName, string> = { li: "Asia/Shanghai", amy: "Asia/Shanghai", nick: "America/New_York" };

/**
 * A fresh database per test with the reps registered (each in its language and zone) and the
 * given customers; the harness is closed after each test of the file that calls this.
 */
export function repWorld(companies: readonly string[]): () => Promise<Harness> {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  return async () => {
    h = await createHarness();
    await h.say(REPS.li, "帮助");
    await h.say(REPS.amy, "help");
    await h.say(REPS.nick, "help");
    await h.say(REPS.nick, "tz America/New_York");
    for (const name of companies) await h.say(REPS.li, `客户 添加 "${name}"`);
    expect(await h.t.db.company.count()).toBe(companies.length);
    return h;
  };
}
