import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";

/**
 * Questions to the bot, with and without a question mark, including ones that name an activity
 * ("这个月拜访了几次华为"): they are answered and never logged. The subject keeps the company.
 */
const QUESTIONS: Array<[string, "deals" | "contacts" | "status", string]> = [
  ["这个月拜访了几次华为", "status", "华为"],
  ["华为这个月拜访了几次？", "status", "华为"],
  ["上次拜访华为是什么时候", "status", "华为"],
  ["最后一次给腾讯打电话是什么时候？", "status", "腾讯"],
  ["我们跟京东开过几次会", "status", "京东"],
  ["小米拜访过吗", "status", "小米"],
  ["给百度发过邮件没有", "status", "百度"],
  ["腾讯那单签了吗", "status", "腾讯"],
  ["华为的合同呢", "status", "华为"],
  ["京东有哪些商机", "deals", "京东"],
  ["美团现在有多少商机？", "deals", "美团"],
  ["华为的联系人是谁", "contacts", "华为"],
  ["华为最近情况怎么样", "status", "华为"],
  ["京东的情况", "status", "京东"],
  ["阿里的对接人是哪位", "contacts", "阿里"],
  // probe: the subject kept "最新" ("阿里 最新" is no customer)
  ["阿里 最新的报价是多少", "status", "阿里"],
  ["华为当前的报价多少", "status", "华为"],
  // the asking words last (probe round 2: "比亚迪的跟进提醒帮我看一下" logged a note)
  ["比亚迪的跟进提醒帮我看一下", "status", "比亚迪跟进提醒"],
  ["华为的商机帮我查一下", "deals", "华为"],
  // a record asked for by name: the contract, the quote, the latest activities
  ["腾讯的合同", "status", "腾讯"],
  ["华为最近的活动", "status", "华为"],
  ["比亚迪的报价单", "status", "比亚迪"],
  ["华为的跟进记录", "status", "华为"],
  ["查下腾讯的合同", "status", "腾讯"],
  ["when did we last visit Acme", "status", "Acme"],
  ["When did we last call Globex?", "status", "Globex"],
  ["how many times did we visit Acme this month", "status", "Acme"],
  ["how many deals do we have with Globex", "deals", "Globex"],
  ["did we send Initech the quote", "status", "Initech"],
  ["did we call Hooli", "status", "Hooli"],
  ["have we met Umbrella yet?", "status", "Umbrella"],
  ["who is the contact at Stark", "contacts", "Stark"],
  ["which deals do we have with Vandelay", "deals", "Vandelay"],
  ["when was the last meeting with Acme?", "status", "Acme"],
  // records or details asked to be shown or sent (probe: "给我看看比亚迪的拜访记录" logged a visit)
  ["给我看看比亚迪的拜访记录", "status", "比亚迪"],
  ["给我看看京东的跟进记录", "status", "京东跟进记录"],
  ["腾讯的联系人电话发我一下", "contacts", "腾讯"],
  ["把小米的联系方式发我", "contacts", "小米"],
  // "when's" asks too (probe: each was logged as a meeting or a note)
  ["when's my next mtg with Fabrikam", "status", "Fabrikam"],
  ["when's the Contoso demo?", "status", "Contoso"],
  ["whens the next call with Contoso", "status", "Contoso"],
];

describe("questions are answered, never logged", () => {
  it.each(QUESTIONS)("%s asks about %s of %s", (text, topic, subject) => {
    const q = detectQuestion(text);
    expect(q?.kind).toBe("about");
    if (q?.kind !== "about") return;
    expect(q.topic).toBe(topic);
    expect(q.subject.split(/\s+/u)).toContain(subject);
  });
});

/** Reports that carry a question someone else asked, or an open point: they are logged. */
const REPORTS = [
  "客户问什么时候能交付",
  "拜访了华为，客户问什么时候能交付",
  "跟腾讯通了电话，他们问多少钱",
  "京东来电，问有没有现货",
  "张总问是不是可以先试用",
  "拜访了小米，他们有没有预算还不确定",
  "华为电话里问了几次交期",
  "they asked when we can deliver",
  "called Acme, they asked when we can deliver",
  "Acme asked how many units we can ship",
  "visited Globex, they wanted to know which plan fits",
  "met Initech, not sure who signs",
  "did a demo for Hooli, went well",
  "when we met Acme they liked it",
  "whens good for them is tuesday, called Acme",
  // 情况 as what a task looks at, not a question
  "小米科技的样机已经寄出，下周三跟进使用情况",
  "样机已经寄出，下周了解一下使用情况",
  "华为试用了一周，明天回访使用情况",
  "给腾讯发了报价，周五确认情况",
  // what the customer wants, named with a record noun
  "腾讯要报价",
  "华为催合同",
  "京东等合同",
  "给美团发合同",
  "腾讯集团的法务在看合同",
  "京东在审合同",
  // a day still to settle is no question to the bot (probe: "跟阿里约了下周 具体哪天再定" was answered, nothing logged)
  "跟阿里约了下周 具体哪天再定",
  "跟京东约了下周 具体几号再定",
];

describe("a report containing a question is still a report", () => {
  it.each(REPORTS)("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});

it("我本周的拜访记录 asks about no customer: the answer asks which one", () => {
  expect(detectQuestion("我本周的拜访记录")).toEqual({ kind: "about", topic: "status", subject: "" });
});
