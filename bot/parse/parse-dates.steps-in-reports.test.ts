import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

// Monday 2026-12-07 10:00 in Shanghai. Found by the third probe: each had no follow-up, or a made-up one.
const MONDAY = new Date("2026-12-07T02:00:00Z");
const followUp = (text: string) => {
  const parsed = parseDates(text, { now: MONDAY, timezone: SHANGHAI });
  return parsed.followUp && localStamp(parsed.followUp.at, SHANGHAI);
};

describe("a next step after a finished one ('看完给反馈', '改完发过去') or a run-through ('过一遍') is ahead", () => {
  it.each([
    ["他说这周内看完给反馈", "2026-12-11 09:00"],
    ["周三前改完发过去", "2026-12-09 09:00"],
    ["测试环境装好了，周五远程过一遍", "2026-12-11 09:00"],
    ["下周一之前把合同过一下", "2026-12-14 09:00"],
    // a weekday before 前 is a deadline, whatever the clause before reports (a space is no clause end here)
    ["今天上午电话沟通 对方要求周五前发报价", "2026-12-11 09:00"],
  ])("%s → %s", (text, due) => {
    expect(followUp(text)).toBe(due);
  });

  it.each(["周五看过一遍了", "上周五改完了", "周一前已经发了报价"])("%s is still a report", (text) => {
    expect(followUp(text)).toBeNull();
  });
});

describe("the time something still needs is when to follow up", () => {
  it.each([
    ["比亚迪王经理说采购流程大概要走一个月", "2027-01-07 09:00"],
    ["采购流程要走两周", "2026-12-21 09:00"],
    ["they need legal review, ~2 weeks", "2026-12-21 09:00"],
    ["waiting on procurement - ~3 weeks", "2026-12-28 09:00"],
  ])("%s → %s", (text, due) => {
    expect(followUp(text)).toBe(due);
  });
});

describe("our next step outranks someone else's plan said ahead of it", () => {
  it.each([
    ["京东的刘姐说他们老板下周出差 下下周再约", "2026-12-21 09:00"],
    ["对方下周在外地，下下周再联系", "2026-12-21 09:00"],
  ])("%s → %s", (text, due) => {
    expect(followUp(text)).toBe(due);
  });
});

describe("no follow-up from when a conversation ended, or from the year a budget is for", () => {
  it.each([
    "昨天下午跟比亚迪开了个视频会，聊到6点多，对方还是觉得贵",
    "talked until 6, they still think it's pricey",
    "跟华为张总喝了个咖啡 聊了聊明年的规划，他透露明年IT预算会增加30%",
    "明年规划里有这个项目",
    // 再 belongs to the price, not to today: today's call is reported
    "小米李总今天来电说价格能再降5个点就签",
  ])("%s", (text) => {
    expect(followUp(text)).toBeNull();
  });

  it("a year named and then our step is still followed up", () => {
    expect(followUp("明年预算下来再说")).toBe("2027-01-04 09:00");
  });

  it("with its day, when the conversation ended is when it happened", () => {
    const parsed = parseDates("昨晚跟腾讯李总喝茶聊到十点，基本敲定了", { now: MONDAY, timezone: SHANGHAI });
    expect(parsed.occurredAt && localStamp(parsed.occurredAt.at, SHANGHAI)).toBe("2026-12-06 22:00");
  });
});

describe("a past date telling something else after the activity does not date it", () => {
  const occurred = (text: string) => {
    const p = parseSentence(text, { now: MONDAY, timezone: SHANGHAI });
    return p.occurredAt && localStamp(p.occurredAt.at, SHANGHAI);
  };
  it.each(["比亚迪打电话来投诉，系统上周五宕机了", "比亚迪打电话来投诉 系统上周五宕机了", "called Globex, their old system crashed last Friday"])(
    "%s: now",
    (text) => {
      expect(occurred(text)).toBeNull();
    },
  );
  it.each(["拜访了华为，上周五", "met Globex, last Friday", "called Globex - it was last Friday"])("%s: that day", (text) => {
    expect(occurred(text)).toBe("2026-12-04 09:00");
  });
});

describe("found by the regression review", () => {
  const wednesday = new Date("2026-12-09T02:00:00Z");
  const read = (text: string) => {
    const p = parseSentence(text, { now: wednesday, timezone: SHANGHAI });
    return { followUp: p.followUp && localStamp(p.followUp.at, SHANGHAI), occurred: p.occurredAt && localStamp(p.occurredAt.at, SHANGHAI) };
  };
  it("a step asked for and then taken ('asked me to reach out Monday, I did') is last Monday's", () => {
    expect(read("Contoso asked me to reach out Monday, I did and got no answer")).toEqual({ followUp: null, occurred: "2026-12-07 09:00" });
  });
  it("how a meeting was held after its day ('昨天下午3点 线上') keeps the day", () => {
    expect(read("阿里巴巴 会议 昨天下午3点 线上")).toEqual({ followUp: null, occurred: "2026-12-08 15:00" });
  });
});

describe("a lead time with nothing it counts back from is no date", () => {
  it.each(["提前两周跟顺丰确认年会场地", "Globex asked us to remind them a day before the workshop"])("%s", (text) => {
    const parsed = parseDates(text, { now: MONDAY, timezone: SHANGHAI });
    expect([parsed.followUp, parsed.occurredAt]).toEqual([null, null]);
  });
  it("two weeks ago is still a date", () => {
    const parsed = parseDates("两周前拜访了华为", { now: MONDAY, timezone: SHANGHAI });
    expect(parsed.occurredAt && localStamp(parsed.occurredAt.at, SHANGHAI)).toBe("2026-11-23 09:00");
  });
});

// "…下周二有空 约了下午去他们公司" set a follow-up this afternoon (found by the fresh probe).
describe("a part of day alone after a day ahead is that day's", () => {
  const friday = new Date("2026-12-11T09:00:00Z"); // 17:00 in Shanghai
  const dates = (text: string) => parseDates(text, { now: friday, timezone: SHANGHAI }).dates.map((d) => localStamp(d.at, SHANGHAI));
  it.each([
    // (the day takes that part of it too: "明天跟小米 下午 电话" followed up at 09:00)
    ["京东的赵总微信说下周二有空 约了下午去他们公司", ["2026-12-15 14:00", "2026-12-15 14:00"]],
    ["明天交报告 下午开会", ["2026-12-12 14:00", "2026-12-12 14:00"]],
    ["明天跟小米 下午 电话", ["2026-12-12 14:00", "2026-12-12 14:00"]],
    // after a day gone, or another sentence, the afternoon is today's
    ["昨天拜访了华为 下午开会", ["2026-12-10 09:00", "2026-12-11 14:00"]],
    ["下周二有空。下午开会", ["2026-12-15 09:00", "2026-12-11 14:00"]],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  // Probe 25: "后天元旦他们也值班 上午十点再给京东打个电话跟进" was followed up at 09:00 (the 10:00 read as today's)
  it.each([
    ["后天他们也值班 上午十点再给京东打个电话跟进", "2026-12-13 10:00"],
    ["下周一客户在 下午3点过去", "2026-12-14 15:00"],
    ["明天交报告 三点开会", "2026-12-12 15:00"],
  ])("a clock time alone after a day ahead is that day's: %s", (text, followUp) => {
    const parsed = parseDates(text, { now: friday, timezone: SHANGHAI });
    expect(parsed.followUp && localStamp(parsed.followUp.at, SHANGHAI)).toBe(followUp);
  });
});
