import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";
import { detectDealCountQuestion } from "./detect-count-question.js";

const SEARCHES: Array<[string, string]> = [
  ["search 华为", "华为"],
  ["search for Globex", "Globex"],
  ["find Globex", "Globex"],
  ["look up Acme Robotics", "Acme Robotics"],
  ["查一下腾讯", "腾讯"],
  ["查查京东", "京东"],
  ["搜一下阿里巴巴", "阿里巴巴"],
  ["帮我查一下美团", "美团"],
  ["找一下张伟", "张伟"],
];

const ABOUT: Array<[string, "deals" | "contacts" | "status", string]> = [
  ["华为的商机有哪些？", "deals", "华为"],
  // how far a deal has got
  ["华为的单子现在到哪一步了", "deals", "华为"],
  ["华为的项目到什么阶段了", "deals", "华为"],
  ["华为的单子推进到什么程度了", "deals", "华为"],
  ["华为那单到哪了", "status", "华为"],
  ["华为进展到哪一步了？", "status", "华为"],
  ["华为有哪些商机", "deals", "华为"],
  ["腾讯现在有几个订单？", "deals", "腾讯"],
  ["what is the status of Globex?", "status", "Globex"],
  ["what's the status of Initech", "status", "Initech"],
  ["how is the Acme deal going", "deals", "Acme"],
  ["how are things with Hooli?", "status", "Hooli"],
  ["Acme 进展如何", "status", "Acme"],
  ["京东进展怎么样了？", "status", "京东"],
  ["阿里巴巴怎么样了", "status", "阿里巴巴"],
  ["华为现在什么情况", "status", "华为"],
  ["who is the contact at Acme?", "contacts", "Acme"],
  ["腾讯的联系人是谁", "contacts", "腾讯"],
  ["美团的对接人是谁？", "contacts", "美团"],
  ["any update on Umbrella?", "status", "Umbrella"],
  ["show me Stark deals", "deals", "Stark"],
  ["which deals do we have with Vandelay?", "deals", "Vandelay"],
  ["list the opportunities at Initech", "deals", "Initech"],
  ["Globex status?", "status", "Globex"],
  ["小米的商机呢？", "deals", "小米"],
  ["帮我查一下美的的联系人", "contacts", "美的"],
  ["查一下华为的商机", "deals", "华为"],
  ["look up Acme's deals", "deals", "Acme"],
  ["find Globex contacts", "contacts", "Globex"],
  ["搜索腾讯的进展", "status", "腾讯"],
];

/** Reports that contain a question word, plans, and plain logs: all are logged, not answered. */
const NOT_QUESTIONS = [
  "客户问有没有折扣",
  "跟华为通了电话，他们问什么时候能交付？",
  "called Acme, they asked if we can discount?",
  "拜访了华为，客户很满意，明天下午3点再沟通",
  "how about lunch with Acme next week",
  "when we met Acme they liked it",
  "meeting with Acme tomorrow 3pm",
  "华为项目进展顺利，下周签约",
  "华为没说什么，下周再聊",
  "Acme said the deal is going well",
  "京东来电咨询价格",
  "find a time to meet Globex next week",
  "张总想知道多少钱",
  "met Hooli, they wanted to know the price?",
  "跟腾讯吃了饭，问了预算多少",
  "deal new Acme 200000",
];

describe("questions and searches are recognised", () => {
  it.each(SEARCHES)("%s searches for %s", (text, query) => {
    expect(detectQuestion(text)).toEqual({ kind: "search", query });
  });
  it.each(ABOUT)("%s asks about %s of %s", (text, topic, subject) => {
    expect(detectQuestion(text)).toEqual({ kind: "about", topic, subject });
  });
});

describe("reports and plans are not questions", () => {
  it.each(NOT_QUESTIONS)("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});

describe("a record asked for by name and noun", () => {
  it.each<[string, "deals" | "contacts" | "status", string]>([
    ["查看华为", "status", "华为"],
    ["show Acme", "status", "Acme"],
    ["Acme的商机", "deals", "Acme"],
    ["Globex deals", "deals", "Globex"],
    ["华为进展", "status", "华为"],
    ["Acme status", "status", "Acme"],
    ["有没有华为的联系方式", "contacts", "华为"],
    ["腾讯的对接人", "contacts", "腾讯"],
  ])("%s", (text, topic, subject) => {
    expect(detectQuestion(text)).toEqual({ kind: "about", topic, subject });
  });

  it.each(["华为签约了，更新一下商机", "跟华为通了电话，聊了进展", "update status of Acme deal to won", "拜访了腾讯，了解了项目情况"])(
    "%s is not a question",
    (text) => {
      expect(detectQuestion(text)).toBeNull();
    },
  );
});

// "要不要给华为打个电话？" logged a note; "华为那单 几号签来着？" answered "0 deals won this month".
describe("a yes-no or which-day question about a customer is a question", () => {
  it.each(["要不要给华为打个电话？", "华为那单 几号签来着？", "需不需要再去一趟腾讯？", "能不能给小米再降点价？"])("%s", (text) => {
    expect(detectQuestion(text)).not.toBeNull();
    expect(detectDealCountQuestion(text)).toBeNull();
  });

  it.each(["张总问要不要加个功能，下周回复他", "华为要不要再降点价，明天跟张总聊"])("%s is a log", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });

  it("这个月签了几单 still counts deals", () => {
    expect(detectDealCountQuestion("这个月签了几单？")?.outcome).toBe("won");
  });
});

// Found by review: a yes-no word inside a report made it a question, and nothing was logged.
describe("a report that mentions a yes-no or which-day matter is a log", () => {
  it.each([
    "华为来电，看看能不能下周演示",
    "拜访了华为，他们在考虑要不要上二期",
    "今天去华为演示了，客户在评估要不要采购",
    "华为电话里讨论了能不能分期付款",
    "跟华为通了电话，交付几号还没定",
    "拜访了京东，合同几号签待定",
    "给小米打了电话，确认几号上门安装",
  ])("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});

describe("帮我看下 asks for the record", () => {
  it.each([
    ["帮我看下腾讯", "腾讯"],
    ["看下华为", "华为"],
  ])("%s", (text, subject) => {
    expect(detectQuestion(text)).toMatchObject({ kind: "about", subject });
  });
});

// "华为那个单子签了没" marked the deal won (found by the fresh probe): …了没 asks, and so does a request to see a record.
describe("yes-no questions ending in 了没 and requests to be shown", () => {
  it.each([
    ["华为那个单子签了没", "华为"],
    ["华为签了没", "华为"],
    ["报价发了没有", ""],
    ["阿里巴巴上周的会议纪要发给我看下", null],
  ])("%s asks", (text, subject) => {
    const q = detectQuestion(text);
    expect(q?.kind).toBe("about");
    if (subject !== null && q?.kind === "about") expect(q.subject).toBe(subject);
  });

  it.each(["华为电话还没打通", "华为 合同还没签", "把华为的合同发给客户看下", "拜访了华为，客户说把方案发给他们看看"])("%s is no question", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});
