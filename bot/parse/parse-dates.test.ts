import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { NEW_YORK, NOW, SHANGHAI, localStamp } from "./test-support.js";

/** Render the first date found: local wall time, "*" when a clock time was given. */
function first(text: string, timezone = SHANGHAI, now = NOW): string | null {
  const d = parseDates(text, { now, timezone }).dates[0];
  return d ? `${localStamp(d.at, timezone)}${d.hasTime ? "*" : ""} ${d.text}` : null;
}

// NOW is Wednesday 2026-11-25 10:00 in Shanghai.
describe("parseDates: Chinese", () => {
  it.each([
    ["明天", "2026-11-26 09:00 明天"],
    ["后天", "2026-11-27 09:00 后天"],
    ["大后天", "2026-11-28 09:00 大后天"],
    ["下周二", "2026-12-01 09:00 下周二"],
    ["下星期三", "2026-12-02 09:00 下星期三"],
    ["下个礼拜五", "2026-12-04 09:00 下个礼拜五"],
    ["周五", "2026-11-27 09:00 周五"],
    ["周二", "2026-12-01 09:00 周二"],
    ["星期三", "2026-12-02 09:00 星期三"],
    ["本周五", "2026-11-27 09:00 本周五"],
    ["这周一", "2026-11-23 09:00 这周一"],
    ["下下周一", "2026-12-07 09:00 下下周一"],
    ["月底", "2026-11-30 09:00 月底"],
    ["下个月底", "2026-12-31 09:00 下个月底"],
    ["下个月初", "2026-12-01 09:00 下个月初"],
    ["月初", "2026-12-01 09:00 月初"],
    ["下个月", "2026-12-01 09:00 下个月"],
    ["年底", "2026-12-31 09:00 年底"],
    ["3月5号", "2027-03-05 09:00 3月5号"],
    ["三月五号", "2027-03-05 09:00 三月五号"],
    ["12月1日", "2026-12-01 09:00 12月1日"],
    ["11月20日", "2026-11-20 09:00 11月20日"],
    ["2027年1月3日", "2027-01-03 09:00 2027年1月3日"],
    ["5号", "2026-12-05 09:00 5号"],
    ["下个月5号", "2026-12-05 09:00 下个月5号"],
    ["下周", "2026-11-30 09:00 下周"],
    ["周末", "2026-11-28 09:00 周末"],
    ["下周末", "2026-12-05 09:00 下周末"],
    ["明天下午3点", "2026-11-26 15:00* 明天下午3点"],
    ["明天上午10点半", "2026-11-26 10:30* 明天上午10点半"],
    ["下午两点半", "2026-11-25 14:30* 下午两点半"],
    ["3点半", "2026-11-25 15:30* 3点半"],
    ["早上7点", "2026-11-25 07:00* 早上7点"],
    ["今晚8点", "2026-11-25 20:00* 今晚8点"],
    ["周二下午", "2026-12-01 14:00 周二下午"],
    ["周三下午4点", "2026-11-25 16:00* 周三下午4点"],
    ["下周五下午3点", "2026-12-04 15:00* 下周五下午3点"],
    ["明天 3pm", "2026-11-26 15:00* 明天 3pm"],
    ["3小时后", "2026-11-25 13:00* 3小时后"],
    ["3天后", "2026-11-28 09:00 3天后"],
    ["两周后", "2026-12-09 09:00 两周后"],
    ["3天内给报价", "2026-11-28 09:00 3天内"],
    ["昨天", "2026-11-24 09:00 昨天"],
    ["前天", "2026-11-23 09:00 前天"],
    ["上周五", "2026-11-20 09:00 上周五"],
    ["3天前", "2026-11-22 09:00 3天前"],
  ])("%s", (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});

describe("parseDates: English", () => {
  it.each([
    ["next Tuesday", "2026-12-01 09:00 next Tuesday"],
    ["tomorrow 3pm", "2026-11-26 15:00* tomorrow 3pm"],
    ["tomorrow at 3:30pm", "2026-11-26 15:30* tomorrow at 3:30pm"],
    ["Tuesday", "2026-12-01 09:00 Tuesday"],
    ["Wednesday", "2026-12-02 09:00 Wednesday"],
    ["Tuesday 10am", "2026-12-01 10:00* Tuesday 10am"],
    ["next friday 3pm", "2026-12-04 15:00* next friday 3pm"],
    ["this Friday", "2026-11-27 09:00 this Friday"],
    ["last Friday", "2026-11-20 09:00 last Friday"],
    ["yesterday", "2026-11-24 09:00 yesterday"],
    ["March 5", "2027-03-05 09:00 March 5"],
    ["Dec 5 at 2pm", "2026-12-05 14:00* Dec 5 at 2pm"],
    ["12/1", "2026-12-01 09:00 12/1"],
    ["end of month", "2026-11-30 09:00 end of month"],
    ["early next month", "2026-12-01 09:00 early next month"],
    ["end of the week", "2026-11-27 09:00 end of the week"],
    ["next week", "2026-11-30 09:00 next week"],
    ["this afternoon", "2026-11-25 14:00 this afternoon"],
    ["tomorrow morning", "2026-11-26 09:00 tomorrow morning"],
    ["in 2 hours", "2026-11-25 12:00* in 2 hours"],
    ["in 3 days", "2026-11-28 09:00 in 3 days"],
    ["at 3", "2026-11-25 15:00* at 3"],
  ])("%s", (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each(["sun is out", "they now want a quote", "I may call", "a second call", "asdfgh", ""])("finds no date in %j", (text) => {
    expect(parseDates(text, { now: NOW, timezone: SHANGHAI }).dates).toEqual([]);
  });
});

describe("parseDates: invalid dates are reported, never shifted", () => {
  it.each([
    ["32号给华为报价", "32号"],
    ["12月32号", "12月32号"],
    ["2月30日拜访", "2月30日"],
    ["4月31日", "4月31日"],
    ["2月29日", "2月29日"],
    ["13月", "13月"],
    ["0号", "0号"],
    ["Feb 30", "Feb 30"],
    ["February 30th", "February 30th"],
    ["30th of February", "30th of February"],
    ["on the 32nd", "the 32nd"],
    ["due 2/30", "2/30"],
    ["April 31, 2027", "April 31, 2027"],
    ["这个月31号", "这个月31号"],
  ])("%s", (text, bad) => {
    const result = parseDates(text, { now: NOW, timezone: SHANGHAI });
    expect(result.problems).toEqual([{ code: "invalid-date", text: bad }]);
    expect(result.dates).toEqual([]);
  });

  it("still reads the valid date next to an invalid one", () => {
    const result = parseDates("32号不行，改到下周二", { now: NOW, timezone: SHANGHAI });
    expect(result.problems).toEqual([{ code: "invalid-date", text: "32号" }]);
    expect(result.followUp && localStamp(result.followUp.at, SHANGHAI)).toBe("2026-12-01 09:00");
  });

  it("accepts Feb 29 with a leap year", () => {
    expect(first("2028年2月29日")).toBe("2028-02-29 09:00 2028年2月29日");
  });

  it("does not mistake addresses or yen for days", () => {
    expect(parseDates("去32号楼，带5000日元", { now: NOW, timezone: SHANGHAI }).problems).toEqual([]);
  });
});

describe("parseDates: follow-up versus occurred", () => {
  it("splits past and future dates", () => {
    const r = parseDates("昨天拜访了腾讯，下周二给报价", { now: NOW, timezone: SHANGHAI });
    expect(r.occurredAt && `${localStamp(r.occurredAt.at, SHANGHAI)} ${r.occurredAt.text}`).toBe("2026-11-24 09:00 昨天");
    expect(r.followUp && `${localStamp(r.followUp.at, SHANGHAI)} ${r.followUp.text}`).toBe("2026-12-01 09:00 下周二");
    expect(r.dates.map((d) => d.text)).toEqual(["昨天", "下周二"]);
  });

  it("joins a day and a clock time split by English words", () => {
    const r = parseDates("明天 call Acme at 3pm", { now: NOW, timezone: SHANGHAI });
    expect(r.dates.map((d) => `${localStamp(d.at, SHANGHAI)} ${d.text}`)).toEqual(["2026-11-26 15:00 明天 at 3pm"]);
  });

  it("keeps a day and a time in different clauses apart", () => {
    const r = parseDates("昨天拜访了腾讯，下午3点再打电话", { now: NOW, timezone: SHANGHAI });
    expect(r.occurredAt && localStamp(r.occurredAt.at, SHANGHAI)).toBe("2026-11-24 09:00");
    expect(r.followUp && localStamp(r.followUp.at, SHANGHAI)).toBe("2026-11-25 15:00");
  });

  it("prefers the date after a follow-up cue", () => {
    const r = parseDates("meeting this afternoon, follow up next Friday", { now: NOW, timezone: SHANGHAI });
    expect(r.followUp?.text).toBe("next Friday");
  });
});

describe("parseDates: time zones", () => {
  // Same instant: Tuesday 2026-11-24 21:00 in New York.
  it.each([
    ["tomorrow 3pm", "2026-11-25 15:00* tomorrow 3pm"],
    ["明天", "2026-11-25 09:00 明天"],
    ["昨天", "2026-11-23 09:00 昨天"],
    ["下午", "2026-11-24 14:00 下午"],
    ["周二", "2026-12-01 09:00 周二"],
    ["Wednesday", "2026-11-25 09:00 Wednesday"],
    ["next Tuesday", "2026-12-01 09:00 next Tuesday"],
    ["3小时后", "2026-11-25 00:00* 3小时后"],
  ])("New York: %s", (text, expected) => {
    expect(first(text, NEW_YORK)).toBe(expected);
  });

  it("keeps the wall-clock time across a DST change", () => {
    const d = parseDates("March 20 at 10am", { now: NOW, timezone: NEW_YORK }).dates[0];
    expect(d?.at.toISOString()).toBe("2027-03-20T14:00:00.000Z");
    const winter = parseDates("Dec 20 at 10am", { now: NOW, timezone: NEW_YORK }).dates[0];
    expect(winter?.at.toISOString()).toBe("2026-12-20T15:00:00.000Z");
  });

  it("uses the zone day, not the UTC day, late at night", () => {
    const late = new Date("2026-11-25T23:30:00+08:00"); // 15:30 UTC
    expect(first("明天", SHANGHAI, late)).toBe("2026-11-26 09:00 明天");
    expect(first("tomorrow", SHANGHAI, late)).toBe("2026-11-26 09:00 tomorrow");
  });

  it("returns the exact instant for a date-only phrase", () => {
    const d = parseDates("下周二", { now: NOW, timezone: SHANGHAI }).dates[0];
    expect(d).toEqual({ at: new Date("2026-12-01T01:00:00.000Z"), text: "下周二", hasTime: false });
  });
});
