import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, textOf } from "../bot-harness.js";
import { REPS } from "./rep-world.js";

// Wednesday 2026-12-09 02:00 in New York, 15:00 in Shanghai.
const NOW = new Date("2026-12-09T07:00:00Z");

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function world(): Promise<Harness> {
  h = await createHarness(NOW);
  await h.say(REPS.li, "帮助");
  await h.say(REPS.nick, "help");
  await h.say(REPS.nick, "tz America/New_York");
  await h.say(REPS.li, "客户 添加 腾讯");
  await h.say(REPS.li, "客户 添加 Pied Piper");
  return h;
}

// "pls set a reminder to email Pied Piper the SOW on the 15th" logged an email as sent and opened a deal.
describe("a reminder request logs nothing done and touches no deal", () => {
  it.each([
    ["pls set a reminder to email Pied Piper the SOW on the 15th", REPS.nick, "Email Pied Piper the SOW"],
    ["reminder: email Pied Piper the quote tomorrow", REPS.nick, "Email Pied Piper the quote"],
    ["帮我设个提醒，周五给腾讯打电话", REPS.li, "给腾讯打电话"],
  ] as const)("%s", async (text, who, title) => {
    const bot = await world();
    const reply = textOf(await bot.say(who, text));
    expect(await bot.t.db.activity.findMany()).toEqual([]);
    expect(await bot.t.db.deal.findMany()).toEqual([]);
    const followUps = await bot.t.db.followUp.findMany();
    expect(followUps.map((f) => f.title)).toEqual([title]);
    expect(reply).toMatch(/Nothing was logged as done|还没有记录任何跟进活动/u);
  });
});
