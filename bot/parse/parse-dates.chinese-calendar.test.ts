import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { firstDate } from "./test-support.js";

const first = (text: string, now: Date, timezone = "Asia/Shanghai") => firstDate(text, now, timezone);

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T10:00:00+08:00");

describe("Chinese years, months and weeks (Wed 2026-11-25)", () => {
  it.each([
    ["明年九月", "2027-09-01 09:00"],
    ["明年9月15号", "2027-09-15 09:00"],
    ["今年12月", "2026-12-01 09:00"],
    ["去年3月", "2025-03-01 09:00"],
    ["后年1月", "2028-01-01 09:00"],
    ["26年3月", "2026-03-01 09:00"],
    ["27年3月5日", "2027-03-05 09:00"],
    ["2027年3月", "2027-03-01 09:00"],
    ["2027年3月底", "2027-03-31 09:00"],
    ["明年3月初", "2027-03-01 09:00"],
    ["年底", "2026-12-31 09:00"],
    ["明年年底", "2027-12-31 09:00"],
    ["明年底", "2027-12-31 09:00"],
    ["明年初", "2027-01-01 09:00"],
    ["明年", "2027-01-01 09:00"],
    ["两千零四年八月十五", "2004-08-15 09:00"],
    ["二零二七年三月五日", "2027-03-05 09:00"],
    ["二〇二六年十二月", "2026-12-01 09:00"],
    ["两千零二十七年一月", "2027-01-01 09:00"],
    ["后年", "2028-01-01 09:00"],
    ["2008年", "2008-01-01 09:00"],
    ["2010年之后", "2011-01-01 09:00"],
    ["18年10月1日", "2018-10-01 09:00"],
    ["89年5月", "1989-05-01 09:00"],
    ["3年后", "2029-11-25 09:00"],
    ["月底", "2026-11-30 09:00"],
    ["月初", "2026-12-01 09:00"],
    ["下月初", "2026-12-01 09:00"],
    ["下个月中旬", "2026-12-15 09:00"],
    ["3月底", "2027-03-31 09:00"],
    ["2月底", "2027-02-28 09:00"],
    ["12月中", "2026-12-15 09:00"],
    ["本月15号", "2026-11-15 09:00"],
    ["这个月28号", "2026-11-28 09:00"],
    ["下个月20号", "2026-12-20 09:00"],
    ["下下个月1号", "2027-01-01 09:00"],
    ["上个月10号", "2026-10-10 09:00"],
    ["15号", "2026-12-15 09:00"],
    ["28号", "2026-11-28 09:00"],
    ["5月13日", "2027-05-13 09:00"],
    ["11月20日", "2026-11-20 09:00"],
    ["上周", "2026-11-16 09:00"],
    ["上上周", "2026-11-09 09:00"],
    ["下周", "2026-11-30 09:00"],
    ["下下周", "2026-12-07 09:00"],
    ["下周周六", "2026-12-05 09:00"],
    ["下周的周三", "2026-12-02 09:00"],
    ["下个星期的星期五", "2026-12-04 09:00"],
    ["上上周三", "2026-11-11 09:00"],
    ["下下周一", "2026-12-07 09:00"],
    ["这周五", "2026-11-27 09:00"],
    ["本周日", "2026-11-29 09:00"],
    ["周末", "2026-11-28 09:00"],
    ["这周末", "2026-11-28 09:00"],
    ["下周末", "2026-12-05 09:00"],
    ["禮拜一", "2026-11-30 09:00"],
    ["下個週三", "2026-12-02 09:00"],
    ["後天", "2026-11-27 09:00"],
  ])("%s", (text, expected) => {
    expect(first(text, NOW)).toBe(expected);
  });
});

describe("numeric dates inside Chinese text", () => {
  it.each([
    ["2025.5.13签的合同", "2025-05-13 09:00"],
    ["合同2025/5/13到期", "2025-05-13 09:00"],
    ["2025-05-13签约", "2025-05-13 09:00"],
    ["订单号之外，20240307发货", "2024-03-07 09:00"],
    ["5.13再约", "2027-05-13 09:00"],
    ["12.1前给报价", "2026-12-01 09:00"],
    ["2010-01-29早上七点", "2010-01-29 07:00*"],
    ["2010.01.29晚上六点", "2010-01-29 18:00*"],
    ["3月5日下午3点", "2027-03-05 15:00*"],
  ])("%s", (text, expected) => {
    expect(first(text, NOW)).toBe(expected);
  });

  it.each(["康熙二十年9月的事", "雍正二十三年十二月"])("%j never yields a year chrono made up", (text) => {
    for (const d of parseDates(text, { now: NOW, timezone: "Asia/Shanghai" }).dates) {
      expect(d.at.getUTCFullYear()).toBeGreaterThanOrEqual(1000);
    }
  });

  it.each(["预算5.5万", "打8.5折", "增长2.5倍", "1.5小时", "版本3.2.1", "单价3.8元"])("%j is not a date", (text) => {
    expect(parseDates(text, { now: NOW, timezone: "Asia/Shanghai" }).dates).toEqual([]);
  });
});

describe("Chinese clock times and parts of day (Wed 2026-11-25 10:00)", () => {
  it.each([
    ["昨晚", "2026-11-24 19:00"],
    ["昨天晚上", "2026-11-24 19:00"],
    ["今晚", "2026-11-25 19:00"],
    ["明早", "2026-11-26 09:00"],
    ["今晨5点", "2026-11-25 05:00*"],
    ["今天早上6点", "2026-11-25 06:00*"],
    ["晚上19:30", "2026-11-25 19:30*"],
    ["晚上7点半", "2026-11-25 19:30*"],
    ["下午3点", "2026-11-25 15:00*"],
    ["下午三点一刻", "2026-11-25 15:15*"],
    ["中午12点半", "2026-11-25 12:30*"],
    ["中午1点", "2026-11-25 13:00*"],
    ["凌晨2点", "2026-11-25 02:00*"],
    ["傍晚", "2026-11-25 18:00"],
    ["傍晚6点", "2026-11-25 18:00*"],
    ["两点一刻", "2026-11-25 14:15*"],
    ["三点半", "2026-11-25 15:30*"],
    ["3点45", "2026-11-25 15:45*"],
    ["3点45分", "2026-11-25 15:45*"],
    // a colon typed after 点 is the minutes, not the seconds
    ["两点:30", "2026-11-25 14:30*"],
    ["下午3点：15开会", "2026-11-25 15:15*"],
    ["差五分三点", "2026-11-25 14:55*"],
    ["差一刻", null],
    ["十点", "2026-11-25 10:00*"],
    ["上午十点", "2026-11-25 10:00*"],
    ["早上8点", "2026-11-25 08:00*"],
    ["晚上十点", "2026-11-25 22:00*"],
    ["明天下午3点", "2026-11-26 15:00*"],
    ["明天上午10点半", "2026-11-26 10:30*"],
    ["后天晚上8点", "2026-11-27 20:00*"],
    ["昨晚8点", "2026-11-24 20:00*"],
    ["周五下午两点", "2026-11-27 14:00*"],
    ["下周一上午9点", "2026-11-30 09:00*"],
    ["14:30", "2026-11-25 14:30*"],
    ["16时40分", "2026-11-25 16:40*"],
  ])("%s", (text, expected) => {
    expect(first(text, NOW)).toBe(expected);
  });
});

describe("Chinese holidays and 调休", () => {
  // 2026 official days off: 国庆 10/1-10/7 (10/10 a make-up working Saturday), 春节 2/15-2/23, 五一 5/1-5/5
  const SPRING_2026 = new Date("2026-03-10T10:00:00+08:00");
  const SEPT_2026 = new Date("2026-09-10T10:00:00+08:00");
  const JAN_2026 = new Date("2026-01-20T10:00:00+08:00");
  it.each([
    [SEPT_2026, "国庆后", "2026-10-08 09:00"],
    [SEPT_2026, "国庆节后", "2026-10-08 09:00"],
    [SEPT_2026, "十一后", "2026-10-08 09:00"],
    [SEPT_2026, "国庆前", "2026-09-30 09:00"],
    [SEPT_2026, "国庆", "2026-10-01 09:00"],
    [SEPT_2026, "中秋", "2026-09-25 09:00"],
    [SEPT_2026, "中秋节后", "2026-09-28 09:00"],
    [SEPT_2026, "节后", "2026-09-28 09:00"],
    [SEPT_2026, "元旦", "2027-01-01 09:00"],
    [SEPT_2026, "双十一", "2026-11-11 09:00"],
    [SEPT_2026, "圣诞节", "2026-12-25 09:00"],
    [SEPT_2026, "感恩节", "2026-11-26 09:00"],
    [SPRING_2026, "五一", "2026-05-01 09:00"],
    [SPRING_2026, "五一前", "2026-04-30 09:00"],
    [SPRING_2026, "五一后", "2026-05-06 09:00"],
    [SPRING_2026, "劳动节", "2026-05-01 09:00"],
    [SPRING_2026, "端午", "2026-06-19 09:00"],
    [SPRING_2026, "清明", "2026-04-05 09:00"],
    [SPRING_2026, "中秋节", "2026-09-25 09:00"],
    [SPRING_2026, "七夕", "2026-08-19 09:00"],
    [JAN_2026, "春节前", "2026-02-14 09:00"],
    [JAN_2026, "春节后", "2026-02-24 09:00"],
    [JAN_2026, "年后", "2026-02-24 09:00"],
    [JAN_2026, "年前", "2026-02-14 09:00"],
    [JAN_2026, "春节", "2026-02-17 09:00"],
    [JAN_2026, "除夕", "2026-02-16 09:00"],
    [JAN_2026, "元宵节", "2026-03-03 09:00"],
    [JAN_2026, "情人节", "2026-02-14 09:00"],
    [NOW, "明年春节", "2027-02-06 09:00"],
    // lunar dates: 2027 Spring Festival is 2027-02-06
    [NOW, "正月初八", "2027-02-13 09:00"],
    [NOW, "农历正月十五", "2027-02-20 09:00"],
    [NOW, "腊月二十三", "2027-01-30 09:00"],
    [JAN_2026, "农历八月十五", "2026-09-25 09:00"],
    [JAN_2026, "五月初五", "2026-06-19 09:00"],
    // 2027 is not published yet: the usual week-long 国庆 break and 除夕 to 初七 (over the weekend) for 春节, as 2025 and 2026 were
    [NOW, "国庆后", "2027-10-08 09:00"],
    [NOW, "春节前", "2027-02-04 09:00"],
    [NOW, "春节后", "2027-02-15 09:00"],
    [NOW, "五一后", "2027-05-06 09:00"],
    [NOW, "今年双十一", "2026-11-11 09:00"],
  ])("%s %s", (now, text, expected) => {
    expect(first(text, now)).toBe(expected);
  });

  it("国庆后 lands on the first working day even when that is a 调休 Saturday", () => {
    // 2025: days off 10/1-10/8, and 10/11 (Saturday) is a make-up working day; 10/9 is a Thursday
    expect(first("国庆后", new Date("2025-09-20T10:00:00+08:00"))).toBe("2025-10-09 09:00");
    // 2026 Spring Festival: days off 2/15-2/23; 2/14 (Saturday) is a make-up working day
    expect(first("春节前", new Date("2026-02-01T10:00:00+08:00"))).toBe("2026-02-14 09:00");
  });
});

/** 节后 with no holiday named is the one the sentence already named (年前 / 过年 name the Spring Festival), else the next one. */
describe("节后 after a named festival", () => {
  // the expected day is read from the holiday calendar ("春节后"), not typed here
  const followUp = (text: string, now: Date) => parseDates(text, { now, timezone: "Asia/Shanghai" }).dates.find((d) => d.text === "节后")?.at;
  const after = (text: string, now: Date) => parseDates(text, { now, timezone: "Asia/Shanghai" }).dates.find((d) => d.text.startsWith(text))?.at;
  it.each([
    ["年前跟阿里巴巴确认需求，节后再约", "春节后"],
    ["过年前后客户都放假，节后再说", "春节后"],
    ["年前把合同签了，节后安排实施", "春节后"],
    ["国庆前签了，节后跟进", "国庆后"],
    ["端午前发方案，节后再聊", "端午后"],
  ])("%s is %s", (text, named) => {
    expect(followUp(text, NOW)).toEqual(after(named, NOW));
  });
  it("节后 alone is after the next holiday", () => {
    expect(followUp("节后再约", NOW)).toEqual(after("元旦后", NOW));
  });
});

/** month/day with a slash inside Chinese text where a date can start; a fraction (完成了1/3) is none. */
describe("slashed month/day in Chinese text", () => {
  const found = (text: string) => parseDates(text, { now: NOW, timezone: "Asia/Shanghai" }).dates.map((d) => d.text);
  it.each([
    ["11/30 拜访小米科技", ["11/30"]],
    ["约在12/3开会", ["12/3"]],
    ["12/3号跟阿里巴巴开会", ["12/3"]],
    ["截止12/20，华为投标", ["12/20"]],
    // probe: "跟比亚迪约了12/22" set no follow-up
    ["跟比亚迪约了12/22", ["12/22"]],
    ["和小米约好12/18见面", ["12/18"]],
    ["完成了1/3", []],
    ["只谈成了1/3", []],
    ["进度 1/3 的样子", []],
    ["3/5的客户没回复", []],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("多年前 / 几年后 are spans of years, not the new year's eve or the break after it", () => {
  it.each(["多年前签约的老客户", "几年前合作过", "数年后再说", "十几年前的老关系", "上百年前的老字号"])("%s", (text) => {
    const parsed = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(parsed.followUp).toBeNull();
  });
});

describe("a weekday listed after one whose week is named is in that week; the first choice is the follow-up", () => {
  it.each([
    ["下周三或周四去阿里巴巴", "2026-12-02 09:00"],
    ["下周三或者周五都可以", "2026-12-02 09:00"],
    ["下周二、周三都行", "2026-12-01 09:00"],
    ["下下周一或周二再约", "2026-12-07 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(first(text, NOW)).toBe(expected);
    const parsed = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(parsed.followUp && parsed.dates.map((d) => d.at.getTime())).toEqual([parsed.followUp?.at.getTime()]);
  });
});

describe("by the weekend is its Friday", () => {
  it.each([
    ["周末前给答复", "2026-11-27 09:00"],
    ["下周末之前回复", "2026-12-04 09:00"],
    ["周末去拜访", "2026-11-28 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(first(text, NOW)).toBe(expected);
  });
});

// "24号拜访了华为" set a follow-up on 24 December; "跟华为开过会了" was a meeting planned (开过会 read as 过会, "in a while").
describe("a day of the month in a report is the latest such day", () => {
  it.each([
    ["24号拜访了华为", "2026-11-24"],
    ["华为 23号 开过会了", "2026-11-23"],
    ["20号见过面", "2026-11-20"],
    ["30号拜访了华为", "2026-10-30"],
  ])("%s → %s", (text, day) => {
    const parsed = parseDates(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(parsed.followUp).toBeNull();
    expect(first(text, NOW)?.slice(0, 10)).toBe(day);
  });

  it("30号拜访华为 (no report) is the coming 30th", () => {
    expect(first("30号拜访华为", NOW)).toBe("2026-11-30 09:00");
  });
});
