import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { isOwnTask } from "./own-task.js";

const NOW = new Date("2026-12-07T01:05:00Z");
const NAMES = ["Pied Piper", "京东", "阿里巴巴", "Northwind", "Fabrikam"];

// Probe 15: each of these logged a note as if something had happened; the testers expected only the follow-up.
const TASKS = [
  "双十二之后找美的的何总聊聊续约的事",
  "大后天跟腾讯法务过合同 别忘了",
  "下周找腾讯聊一下",
  "明天给华为发合同",
  "周四提醒我跟进京东",
  "记得周五给小米回个消息",
  "下周一前把方案发给比亚迪",
  "need to send Acme the updated pricing this afternoon, 4pm latest",
  "schedule a check-in with Huawei in 3 weeks",
  "Going to see Contoso tmrw morning",
  "remember to email Globex friday",
  "send Globex the contract tomorrow",
  "Globex: send contract tmrw",
  "don't forget to chase Initech on monday",
  "I'll ping Fabrikam next week",
  // probe 16
  "Northwind: in 10 days check if they got board approval",
  "Fabrikam is stuck, nudge them after Christmas",
  "Heading to Pied Piper's office tomorrow morning",
  "月底前要把京东的投标文件交了",
  "12/28 去阿里巴巴杭州园区",
  // probes 18 and 19
  "following up with Fabrikam next thurs",
  "f/u w/ Fabrikam mon 9am PT",
  "f/u with Pied Piper in 2 wks",
  "京东的事情下下周再说吧",
  "京东的合同月底前一定要签下来",
  // probe 20
  "帮我记一下：京东的技术问答下周五之前要回复",
  "周五跟京东签约",
  "need to get Fabrikam the SOW before xmas",
  // probe 25: a document the rep has to hand in
  "美的集团 1月15号之前要交投标书",
  "明天 加班 整理京东的标书 周一交",
  "下周三前得出阿里巴巴的方案",
  // probe 26: 讲标 is ours to do, not someone speaking
  "京东下周五上午开招标会 我们要去讲标",
];

// News from or about the customer, or something done: kept as a note beside the follow-up.
const NOT_TASKS = [
  "腾讯说下个月5号之前定供应商",
  "阿里巴巴那边说下周再谈",
  "京东的张经理说他们下个月初招标",
  "客户下周出差",
  "腾讯月底前要报价，提醒我下周五下午3点",
  "小米那边下周定",
  "华为下周来公司",
  "Initech said revisit in jan",
  "Globex will decide next week",
  "Globex decision next week",
  "Globex needs the quote friday",
  "called Globex, f/u friday",
  "Acme, they want a quote next Tuesday",
  "sent Globex the contract, chase friday",
  // found by the flow tests: 约 inside 签约, and an expectation
  "北辰物流的项目预计下个月15号签约",
  "Globex, they went quiet, chase monday",
  // probe 17: news of a postponement with the day to check back
  "Pied Piper pushed to January, they're on holiday. Check back Jan 6",
  "过去的合同下周续",
  // probes 18 and 19: the customer's own "再说"; a follow-up email sent
  "京东说下周再说",
  "sent Fabrikam a f/u email yesterday, check back monday",
  "京东回复了，下周五见",
  "客户周五跟我们签约",
  "京东说下周要交方案",
  "京东讲了下周定",
  "今天整理了京东的标书，周一交",
  // probe 24: someone away is news, kept beside the step
  "Northwind's procurement lead is out till after CNY, circle back on the 15th",
  "Fabrikam CFO is on leave, ping them next week",
  "got a referral to Wayne Enterprises from the Fabrikam guys, reach out this week",
];

describe("a thing the rep means to do is a task for later", () => {
  it.each(TASKS)("%s", (text) => {
    const parsed = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai", names: NAMES });
    expect(isOwnTask(text, text.replace(/Pied Piper/gu, "xxxx xxxxx"))).toBe(true);
    expect([parsed.taskOnly, parsed.followUp !== null]).toEqual([parsed.activity === null, true]);
  });

  it.each(NOT_TASKS)("%s is not", (text) => {
    expect(parseSentence(text, { now: NOW, timezone: "Asia/Shanghai", names: NAMES }).taskOnly).toBe(false);
  });

  it("a figure said is news about the deal: not a task only", () => {
    expect(parseSentence("下周给华为发报价，80万", { now: NOW, timezone: "Asia/Shanghai" }).taskOnly).toBe(false);
  });
});
