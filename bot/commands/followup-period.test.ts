import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, type Person, createHarnessWithCompanies, textOf, userRow } from "../../test/bot-harness.js";
import { followUpPeriodEnd } from "./followup-period.js";

// NOW is Wednesday 2026-11-25 10:00 in Shanghai. "今天有哪些跟进？" lists what is due today and what is
// late, not every open follow-up; the numbers of `followup done <n>` follow the list shown.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  for (const who of [LI, AMY]) {
    const owner = await userRow(h, who.platformUserId);
    const due = (iso: string, title: string) => ({ title, dueAt: new Date(iso), ownerId: owner.id });
    await h.t.db.followUp.createMany({
      data: [
        due("2026-11-24T06:00:00Z", "late: yesterday 14:00"),
        due("2026-11-25T07:00:00Z", "today 15:00"),
        due("2026-11-26T02:00:00Z", "tomorrow 10:00"),
        due("2026-11-27T01:00:00Z", "Friday 09:00"),
        due("2026-12-01T01:00:00Z", "next Tuesday 09:00"),
      ],
    });
  }
});
afterEach(() => h.close());

const titles = (text: string) => ["late", "today", "tomorrow", "Friday", "next Tuesday"].filter((t) => text.includes(`${t} `) || text.includes(`${t}:`));

describe("a list asked for a period shows what is due by its end, late ones included", () => {
  it.each([
    [LI, "今天有哪些跟进？", ["late", "today"]],
    [LI, "今天的待办", ["late", "today"]],
    [LI, "我明天的跟进", ["late", "today", "tomorrow"]],
    [LI, "这周的跟进", ["late", "today", "tomorrow", "Friday"]],
    [LI, "有哪些逾期的跟进", ["late"]],
    [LI, "我的待办", ["late", "today", "tomorrow", "Friday", "next Tuesday"]],
    [AMY, "what's on my plate today?", ["late", "today"]],
    [AMY, "what's on my plate this week?", ["late", "today", "tomorrow", "Friday"]],
    [AMY, "any follow-ups for tomorrow?", ["late", "today", "tomorrow"]],
    [AMY, "what's overdue?", ["late"]],
    [AMY, "show my follow-ups", ["late", "today", "tomorrow", "Friday", "next Tuesday"]],
    [AMY, "followup list week", ["late", "today", "tomorrow", "Friday"]],
  ] as [Person, string, string[]][])("%s: %s", async (who, asked, shown) => {
    const reply = textOf(await h.say(who, asked));
    expect(titles(reply)).toEqual(shown);
    expect(await h.t.db.activity.count()).toBe(0);
  });

  it("`followup done 2` after today's list completes line 2 of that list", async () => {
    await h.say(LI, "今天有哪些跟进？");
    await h.say(LI, "跟进 完成 2");
    const done = await h.t.db.followUp.findMany({ where: { done: true } });
    expect(done.map((f) => f.title)).toEqual(["today 15:00"]);
  });

  it("nothing due in the period says so, in the user's language", async () => {
    await h.t.db.followUp.deleteMany({ where: { title: { startsWith: "late" } } });
    expect(textOf(await h.say(LI, "有哪些逾期的跟进"))).toContain("没有逾期的跟进");
    expect(textOf(await h.say(AMY, "what's overdue?"))).toContain("Nothing overdue");
  });
});

describe("the end of a period, in the user's zone", () => {
  const now = new Date("2026-11-29T15:00:00Z"); // Sunday 23:00 in Shanghai, Sunday 10:00 in New York
  it.each([
    ["today", "Asia/Shanghai", "2026-11-29T16:00:00.000Z"],
    ["week", "Asia/Shanghai", "2026-11-29T16:00:00.000Z"],
    ["tomorrow", "Asia/Shanghai", "2026-11-30T16:00:00.000Z"],
    ["week", "America/New_York", "2026-11-30T05:00:00.000Z"],
    ["overdue", "America/New_York", "2026-11-29T15:00:00.000Z"],
  ] as const)("%s in %s", (period, zone, end) => {
    expect(followUpPeriodEnd(period, now, zone).toISOString()).toBe(end);
  });
});
