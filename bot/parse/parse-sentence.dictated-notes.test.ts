// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { detectCountQuestion } from "./detect-count-question.js";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";

const NOW = instantAt("2027-06-17T09:05", "Asia/Shanghai"); // a Thursday morning
const read = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
const followUp = (text: string) => {
  const f = read(text).followUp;
  return f ? localStamp(f.at, "Asia/Shanghai") : null;
};

/**
 * Probes 32 and 34 (notes typed between meetings, and dictated): "after the 2.5% discount" followed up on the 2nd,
 * "他们想先试用一个月 下周一开通试用账号" in a month, "总价降到180w 周五签合同" read last Friday, "今天之内必须回复" had no
 * follow-up, "下周三…下午都可以 我定了三点" followed up this afternoon.
 */
describe("the follow-up of notes typed on the go", () => {
  it.each([
    ["Globex final number 78k after the 2.5% discount we agreed", null],
    ["Acme margin is 12.5% after the 3.5% rebate", null],
    ["和阿里的王总视频了半小时 他们想先试用一个月 下周一开通试用账号", "2027-06-21 09:00"],
    ["腾讯想试用两周 周五部署测试环境", "2027-06-18 09:00"],
    ["华为那边谈下来了 总价降到180w 周五签合同", "2027-06-18 09:00"],
    ["美的谈妥了 价格120w 周一盖章", "2027-06-21 09:00"],
    ["顺丰那边打电话来投诉 说系统上周宕机了两次 要我们给个说法 今天之内必须回复", "2027-06-17 18:00"],
    ["小米明天内要答复", "2027-06-18 18:00"],
    ["京东的刘总给我发了封邮件 说下周三想约个时间过来聊聊 下午都可以 我定了三点", "2027-06-23 15:00"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });

  it("今天内容很多 has no deadline", () => {
    expect(followUp("今天内容很多")).toBeNull();
  });
});

/** "小米刘总说他们老板对价格有意见 我明早打给他": what the customer said is news beside our plan, logged too. */
describe("news beside a plan", () => {
  it.each([
    ["小米刘总说他们老板对价格有意见 我明早打给他", true],
    ["京东说下个月15号之前要定供应商 我下周四再去一趟", true],
    ["客户反馈系统太慢，明天上午去现场看看", true],
    ["约了华为明天见面", false],
    ["明天下午给腾讯打电话", false],
  ])("%s", (text, reports) => {
    const parsed = read(text);
    expect(parsed.planned).toBe(true);
    expect(parsed.alsoReports).toBe(reports);
  });
});

/** "globex procurement came to our office for the demo went well": the demo going well is no going out to them. */
describe("the customer at our office is a meeting", () => {
  it.each([
    "globex procurement came to our office for the demo went well",
    "Initech came by our office yesterday, the workshop went great",
  ])("%s", (text) => {
    expect(read(text).activity).toBe("meeting");
  });

  it("went to Globex HQ stays a visit", () => {
    expect(read("went to Globex HQ, demo went well").activity).toBe("visit");
  });
});

/** "昨天…跟京东的几个人开了个会 然后 他们…" was answered "昨天你共有 0 次会面": a few people is no count asked for. */
describe("a few people is no question", () => {
  it.each(["昨天下午在我们公司跟京东的几个人开了个会 然后 他们对价格比较敏感", "和小米的几位领导吃了饭"])("%s", (text) => {
    expect(detectCountQuestion(text)).toBeNull();
  });

  it("这周拜访了几次华为 still asks", () => {
    expect(detectCountQuestion("这周拜访了几次华为")?.kind).toBe("visit");
  });
});

/** "拜访了一家新客户 宁德时代", "接待了中建三局的几个人", "阿里的那个小姑娘…": who the customer is. */
describe("customers named in dictated notes", () => {
  it.each([
    ["刚去拜访了一家新客户 宁德时代 对储能项目感兴趣", ["宁德时代"]],
    ["昨天在我们展厅接待了中建三局的几个人 对我们的智能楼宇方案很感兴趣", ["中建三局"]],
    ["阿里的那个小姑娘 叫什么来着 陈什么 发微信问我们有没有案例可以参考", ["阿里"]],
    ["今天见了个新客户，挺靠谱", []],
  ] as const)("%s → %j", (text, companies) => {
    expect(read(text).companyHints).toEqual(companies);
  });
});

/**
 * Probe 35 (end-of-day reports): "11月15号左右再问问" lost to 明年 said before it, "问一下：美的集团有没有商机？" logged a
 * note, "they're asking for a 15% discount … Call with their CFO Thursday 4pm" logged only the call planned,
 * "Haven't agreed to anything" was offered as a customer, "价格120w 周一盖章" read last Monday.
 */
describe("end-of-day reports", () => {
  const at = instantAt("2027-09-27T18:30", "Asia/Shanghai");
  const readAt = (text: string) => parseSentence(text, { now: at, timezone: "Asia/Shanghai" });

  it.each([
    ["阿里那边说预算砍了，项目可能要推迟到明年，先放一放，11月15号左右再问问", "2027-11-15 09:00"],
    ["比亚迪说年底再定，下周三前后再跟进一下", "2027-10-06 09:00"],
    ["美的谈妥了 价格120w 周一盖章", "2027-10-04 09:00"],
  ])("%s → %s", (text, expected) => {
    const f = readAt(text).followUp;
    expect(f && localStamp(f.at, "Asia/Shanghai")).toBe(expected);
  });

  it("what they ask for is news beside the call planned", () => {
    const parsed = readAt("Globex – they're asking for a 15% discount. Haven't agreed to anything. Call with their CFO Thursday 4pm");
    expect(parsed.planned).toBe(true);
    expect(parsed.alsoReports).toBe(true);
    expect(parsed.companyHints).toEqual(["Globex"]);
  });
});
