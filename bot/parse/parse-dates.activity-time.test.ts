import { afterAll, describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

// Wednesday 2026-11-25 10:51 in Shanghai; 21:51 the day before in New York.
const NOW = new Date("2026-11-25T10:51:00+08:00");

describe('a reported activity "today" is the time the message arrived', () => {
  it.each([
    ["今天通了电话", "Asia/Shanghai"],
    ["今天拜访了华为", "Asia/Shanghai"],
    ["今天和小米开了个会", "Asia/Shanghai"],
    ["今天见了张总", "Asia/Shanghai"],
    ["met Acme today", "America/New_York"],
    ["called them today", "Europe/London"],
    ["today we had a demo with Globex", "UTC"],
  ])("%s (%s)", (text, timezone) => {
    const r = parseSentence(text, { now: NOW, timezone });
    expect(r.occurredAt?.at.toISOString()).toBe(NOW.toISOString());
    expect(r.occurredAt?.hasTime).toBe(false);
    expect(r.followUp).toBeNull();
  });

  it.each(["今天给华为打了三次电话都没人接", "今天给腾讯发了报价", "今天跟小米已经签了合同", "今天给张总回了电话，他说再考虑"])(
    '"给" after today does not make a report a plan: %s',
    (text) => {
      const r = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
      expect(r.occurredAt?.at.toISOString()).toBe(NOW.toISOString());
      expect(r.followUp).toBeNull();
    },
  );

  it.each([
    ["今天给华为发报价", "2026-11-25 11:51"],
    ["今天要给腾讯回电话", "2026-11-25 11:51"],
  ])("a plan for today stays a plan: %s", (text, due) => {
    const r = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.followUp && localStamp(r.followUp.at, "Asia/Shanghai")).toBe(due);
  });

  it.each([
    ["called Globex 3 times this week, no luck", "America/New_York"],
    ["met Acme twice this month", "Asia/Shanghai"],
    ["这周给华为打了三次电话", "Asia/Shanghai"],
    ["本月拜访了两次小米", "Asia/Shanghai"],
  ])("a report of a period under way happened up to now, not on its first morning: %s (%s)", (text, timezone) => {
    const r = parseSentence(text, { now: NOW, timezone });
    expect(r.occurredAt?.at.toISOString()).toBe(NOW.toISOString());
    expect(r.followUp).toBeNull();
  });

  it("a day already over keeps the working-day default", () => {
    const r = parseDates("昨天通了电话", { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.occurredAt && localStamp(r.occurredAt.at, "Asia/Shanghai")).toBe("2026-11-24 09:00");
  });

  it('a part of day keeps its hour ("昨晚" is the evening)', () => {
    const r = parseDates("昨晚和王总吃饭", { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.occurredAt && localStamp(r.occurredAt.at, "Asia/Shanghai")).toBe("2026-11-24 19:00");
  });

  // A bare clock later in the clause is read in the evening or afternoon named with the day.
  it.each([
    ["昨晚跟腾讯李总喝茶聊到十点，基本敲定了", "2026-11-24 22:00"],
    ["昨天下午跟华为开会到5点", "2026-11-24 17:00"],
    ["昨晚和京东吃饭 8:30 才散", "2026-11-24 20:30"],
    ["昨天上午 10点拜访了华为", "2026-11-24 10:00"],
  ])("%s", (text, expected) => {
    const r = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.occurredAt && localStamp(r.occurredAt.at, "Asia/Shanghai")).toBe(expected);
  });
});

describe("follow-ups without a time keep the 09:00 working-day default", () => {
  it.each([
    ["明天跟进", "Asia/Shanghai", "2026-11-26 09:00"],
    ["下周二回访", "Asia/Shanghai", "2026-12-01 09:00"],
    ["follow up tomorrow", "America/New_York", "2026-11-25 09:00"],
    ["follow up next Monday", "Europe/London", "2026-11-30 09:00"],
    ["3天后再联系", "Asia/Shanghai", "2026-11-28 09:00"],
  ])("%s (%s)", (text, timezone, expected) => {
    const r = parseDates(text, { now: NOW, timezone });
    expect(r.followUp && localStamp(r.followUp.at, timezone)).toBe(expected);
    expect(r.followUp?.hasTime).toBe(false);
  });

  it("a plan for later today is ahead of now, not behind it", () => {
    const r = parseDates("今天要给张总回电话", { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.followUp).not.toBeNull();
    expect(r.followUp && r.followUp.at.getTime()).toBeGreaterThan(NOW.getTime());
    expect(r.occurredAt).toBeNull();
  });
});

describe("results do not depend on the machine time zone", () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  const phrases = [
    "明天下午3点",
    "下周二",
    "春节后",
    "国庆前",
    "中秋",
    "年后",
    "3天前",
    "in 3 months",
    "last Friday",
    "Christmas",
    "Thanksgiving",
    "next month",
    "月底",
    "明年九月",
    "2025.5.13",
    "EOD",
    "两点一刻",
  ];
  const render = (): string[] =>
    ["Asia/Shanghai", "America/New_York", "Europe/London"].flatMap((timezone) =>
      phrases.map((p) =>
        parseDates(p, { now: NOW, timezone })
          .dates.map((d) => d.at.toISOString())
          .join(","),
      ),
    );
  it.each(["UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago"])("same answers with TZ=%s", (machineZone) => {
    process.env.TZ = "UTC";
    const baseline = render();
    process.env.TZ = machineZone;
    expect(render()).toEqual(baseline);
  });
});

// "Globex might sign this quarter" was a note dated 1 October; "华为 电话 报价已发 周五跟进" a call dated last Friday.
describe("a period under way with nothing done in it, and a weekday before a next step", () => {
  it.each(["Globex might sign this quarter", "If Globex signs this quarter it's worth $200k", "华为本季度可能签", "腾讯今年有预算"])(
    "%s is news today",
    (text) => {
      expect(parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" }).occurredAt).toBeNull();
    },
  );

  it.each([
    ["华为 电话 报价已发 周五跟进", "2026-11-27 09:00"],
    ["腾讯 拜访 方案已讲 周一再联系", "2026-11-30 09:00"],
  ])("%s: the weekday is the follow-up", (text, follow) => {
    const r = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.occurredAt).toBeNull();
    expect(r.followUp ? localStamp(r.followUp.at, "Asia/Shanghai") : null).toBe(follow);
  });

  it.each([
    ["周五跟进了华为", "2026-11-20"],
    ["华为周二回复说同意报价了", "2026-11-24"],
    ["华为周二确认收货了", "2026-11-24"],
  ])("%s: a weekday followed up already is the day it happened", (text, day) => {
    const r = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(r.occurredAt ? localStamp(r.occurredAt.at, "Asia/Shanghai").slice(0, 10) : null).toBe(day);
    expect(r.followUp).toBeNull();
  });

  it.each(["周一联系上了华为王总，今天发了报价", "周五联系的小米今天回复了"])("%s sets no follow-up", (text) => {
    expect(parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" }).followUp).toBeNull();
  });
});
