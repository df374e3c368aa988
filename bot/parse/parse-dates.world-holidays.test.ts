import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { localStamp } from "./test-support.js";

/** Published 2026 dates (Umm al-Qura for Islamic days; Jewish days from the evening they begin). */
describe.each(["Asia/Shanghai", "America/New_York", "Asia/Dubai"])("world holidays by their Chinese names (%s)", (timezone) => {
  const now = new Date("2026-01-10T12:00:00Z");
  const day = (text: string) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    return d ? localStamp(d.at, timezone).slice(0, 10) : null;
  };

  it.each([
    ["斋月开始前拜访", "2026-02-18"],
    ["開齋節放假", "2026-03-20"],
    ["古尔邦节后", "2026-05-27"],
    ["赎罪日", "2026-09-20"],
    ["猶太新年", "2026-09-11"],
    ["逾越节期间", "2026-04-01"],
    ["光明節", "2026-12-04"],
    ["圣灰日", "2026-02-18"],
    ["耶穌受難日", "2026-04-03"],
    ["复活节星期一", "2026-04-06"],
    ["五旬节", "2026-05-24"],
    ["東正教復活節", "2026-04-12"],
    ["澳門回歸紀念日", "2026-12-20"],
    ["消费者权益日", "2026-03-15"],
    ["农历新年", "2026-02-17"],
  ])("%s is %s", (text, want) => {
    expect(day(text)).toBe(want);
  });

  it("a year in front picks that year", () => {
    expect(day("2027年复活节")).toBe("2027-03-28");
    expect(day("明年光明节")).toBe("2027-12-24");
  });

  it("a holiday already past this year is next year's", () => {
    const later = new Date("2026-06-01T12:00:00Z");
    const d = parseDates("开斋节", { now: later, timezone }).dates[0];
    expect(d && localStamp(d.at, timezone).slice(0, 4)).toBe("2027");
  });

  it.each(["灰色的日子", "复活了", "新春快乐"])("%s", (text) => {
    const d = parseDates(text, { now, timezone }).dates[0];
    if (text === "新春快乐") expect(d && localStamp(d.at, timezone).slice(0, 10)).toBe("2026-02-17");
    else expect(d).toBeUndefined();
  });
});
