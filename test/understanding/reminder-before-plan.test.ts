import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, textOf } from "../bot-harness.js";
import { REPS } from "./rep-world.js";

// Sunday 2026-12-06 08:10 in Shanghai; Saturday 19:10 in New York.
const SUNDAY = new Date("2026-12-06T00:10:00Z");

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function world(): Promise<Harness> {
  h = await createHarness(SUNDAY);
  await h.say(REPS.li, "帮助");
  await h.say(REPS.nick, "help");
  await h.say(REPS.nick, "tz America/New_York");
  await h.say(REPS.li, "客户 添加 华为");
  await h.say(REPS.li, "客户 添加 Globex");
  return h;
}

const local = (at: Date, timeZone: string) => at.toLocaleString("sv-SE", { timeZone }).slice(0, 16);

describe("a plan for this week's day, with a reminder ahead of it, typed on a Sunday", () => {
  it.each([
    ["华为这周五下午2点开会，提前半小时提醒我", REPS.li, "Asia/Shanghai", "2026-12-11 13:30", ["14:00", "提醒时间", "13:30"]],
    ["demo with Globex this Friday 3pm, remind me 30 min before", REPS.nick, "America/New_York", "2026-12-11 14:30", ["03:00 PM", "Reminder at", "02:30 PM"]],
  ] as const)("%s", async (text, who, zone, reminder, words) => {
    const bot = await world();
    const response = await bot.say(who, text);
    // nothing held last Friday, nor yet: no activity, only the reminder
    expect(await bot.t.db.activity.count()).toBe(0);
    const followUps = await bot.t.db.followUp.findMany();
    expect(followUps.map((f) => local(f.dueAt, zone))).toEqual([reminder]);
    const reply = textOf(response);
    for (const word of words) expect(reply).toContain(word);
  });
});
