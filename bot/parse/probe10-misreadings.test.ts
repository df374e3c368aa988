// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";
import { inferStage } from "./infer-stage.js";
import { parseDates } from "./parse-dates.js";
import { parseSentence } from "./parse-sentence.js";
import { SHANGHAI } from "./test-support.js";

/**
 * Probe 10 (140 longer, mixed-language messages written by a tester before seeing the bot): "他们选了我们 verbal
 * award 正式合同下周发过来" marked the deal won; "赢单了！合同今天签的" was read as a signing still to come today
 * (negotiation, and a follow-up at 11:00); our own quote ("我们报的是58万", "我们口头报了75万", "I quoted $6k/mo")
 * and a contract going out ("对方基本同意了 下周一发合同", "contract goes out tomorrow") moved no stage.
 */
const NOW = new Date("2026-11-25T02:00:00Z");
const parse = (text: string) => parseSentence(text, { now: NOW, timezone: SHANGHAI });

describe("the stage said in words", () => {
  it.each([
    ["华为 刚收到邮件 他们选了我们 verbal award 正式合同下周发过来", "negotiation"],
    ["they picked us, contract to follow next week", "negotiation"],
    ["他们选了我们", "won"],
    ["他们选了我们，合同签了", "won"],
    ["美的集团 预算不到50万 我们报的是58万 周五前给答复", "proposal"],
    ["比亚迪 demo很成功 对方当场问了价格 我们口头报了75万", "proposal"],
    ["coffee with Northwind's ops lead, they're at $5k/mo budget, I quoted $6k/mo", "proposal"],
    ["小米 每月2万 签两年 对方基本同意了 下周一发合同", "negotiation"],
    ["emailed Initech the MSA and the order form, $48,000 total, waiting on their signature", "negotiation"],
    ["they accepted our counter of $66k. contract goes out tomorrow", "negotiation"],
    ["called Initech's CTO, agreed on a 6 month pilot at $4k/month. drafting terms, send by Fri", "negotiation"],
    // not ours, or not about the deal
    ["they quoted us 50k", null],
    ["对方同意了下周见面", null],
    ["对方案基本认可，让我们下周一之前把正式报价发过去", "proposal"],
  ])("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

describe("a signing told as done today is won, with no follow-up made up", () => {
  it.each(["华为那边赢单了！合同今天签的 最终金额180万", "华为今天签的合同"])("%s", (text) => {
    const read = parse(text);
    expect(read.stageHint).toBe("won");
    expect(read.followUp).toBeNull();
    expect(read.companyHints).toEqual(["华为"]);
  });

  it("a signing set for today is still ahead", () => {
    expect(parse("华为今天签合同").stageHint).not.toBe("won");
  });
});

describe("beside a later phase's figure, this phase's is the deal's value", () => {
  it("京东 一期合同总额90万 二期预算300万明年再说", () => {
    const read = parse("京东 一期合同总额90万 二期预算300万明年再说");
    expect(read.amount?.minor).toBe(90_000_000);
    expect(read.companyHints).toEqual(["京东"]);
  });

  it("a later phase's figure alone is none", () => {
    expect(parse("跟华为开会讨论了二期，二期预算100万").amount).toBeNull();
  });
});

describe("our own step, or the customer's wait, is the follow-up", () => {
  it.each([
    ["Globex verbal yes!! They want to sign before EOY, paperwork goes out Monday", "Monday"],
    ["Pied Piper - contract's with their legal, expect signature by month end", "month end"],
    ["send the SOW by month-end", "month-end"],
    // the day of a trip that turned out badly is gone: the step is tomorrow's
    ["今天去小米 结果对方临时取消了 白跑一趟 明天电话再约", "明天"],
  ])("%s → %s", (text, said) => {
    expect(parseDates(text, { now: NOW, timezone: SHANGHAI }).followUp?.text).toBe(said);
  });

  it("a month-end close is no date", () => {
    expect(parseDates("month end close is busy", { now: NOW, timezone: SHANGHAI }).dates).toEqual([]);
  });
});

describe("the kind of a mixed-language or spaced note", () => {
  it.each([
    ["今天在阿里巴巴西溪园区待了一下午 跟他们的架构师过了一遍技术方案 对方反馈不错", "visit"],
    ["在华为待了一上午", "visit"],
    ["美的集团 今天电话follow up了一下 他们说内部还在走审批", "call"],
  ])("%s → %s", (text, kind) => {
    const read = inferActivityIntent(text);
    expect([read.activity, read.planned]).toEqual([kind, false]);
  });

  it.each(["在公司待了一下午", "在家待了一天"])("%s is no visit", (text) => {
    expect(inferActivityIntent(text).activity).toBeNull();
  });
});
