import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";

// "美的那边估计要两周才能定下来" set no follow-up: the time still needed is when to follow up.
const ctx = { now: new Date("2026-12-02T02:00:00Z"), timezone: "Asia/Shanghai" };
const day = (text: string) => parseDates(text, ctx).followUp?.at.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10);

describe("the time something still needs", () => {
  it.each([
    ["美的那边估计要两周才能定下来", "2026-12-16"],
    ["需要一周时间准备方案", "2026-12-09"],
    ["还要三天", "2026-12-05"],
    ["需要3个月交付", "2027-03-02"],
  ])("%s → %s", (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  // A hedged span that is a clause of its own: "比亚迪…对方说要内部走流程，大概两周" set nothing.
  it.each([
    ["比亚迪报价已发，对方说要内部走流程，大概两周", "2026-12-16"],
    ["腾讯说审批大概一周", "2026-12-09"],
    ["华为说流程估计两周吧", "2026-12-16"],
    ["京东说大概三天左右", "2026-12-05"],
    ["美的的法务审合同，差不多一个月", "2027-01-02"],
    ["they need about two weeks for legal review", "2026-12-16"],
    ["Globex legal review takes ~2 weeks", "2026-12-16"],
    ["it'll take Initech 2 weeks to decide", "2026-12-16"],
    ["Contoso needs a couple of weeks to think it over", "2026-12-16"],
    ["called Globex, they need 3 days to get budget approved", "2026-12-05"],
    // the second review found these without a follow-up
    ["Initech needs two weeks to sort things out internally", "2026-12-16"],
    ["Globex will take 2 weeks to run it by their CFO", "2026-12-16"],
    ["called Globex, they need 2 weeks to review the project scope", "2026-12-16"],
    ["Globex needs a couple of weeks to get approval for the trial", "2026-12-16"],
    ["华为那边审批大概两周", "2026-12-16"],
  ])("%s → %s", (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it.each([
    "花了两周时间",
    "要三天的量",
    "他们要7天无理由退货",
    "跟进了大概两周，华为还没回复",
    "华为上次见面大概两周前",
    "the rollout took 3 weeks",
    "we need 2 days of onsite work",
    "needs 5 days notice",
    "they need 2 weeks' notice",
    // a project's length, a trip, the gap since a visit, terms and work are no wait (the review found these)
    "华为项目实施周期大概3个月",
    "拜访了华为，项目周期大概两个月",
    "离上次拜访大概一个月，今天又去了华为",
    "去深圳出差拜访华为，大概一周",
    "Called Globex, implementation takes 3 months",
    "Globex needs 2 days training on site",
    "Globex takes 30 days to pay invoices",
    "Globex needs 3 months free trial",
  ])("no follow-up: %s", (text) => {
    expect(parseDates(text, ctx).followUp).toBeNull();
  });
});

describe("a hedge word is no customer", () => {
  it.each(["客户希望再便宜一点，估计要两周才能定下来", "估计要两周", "可能下周定"])("%s", async (text) => {
    const { extractNames } = await import("./extract-names.js");
    expect(extractNames(text).companyHints).toEqual([]);
  });
});
