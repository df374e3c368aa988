import { describe, expect, it } from "vitest";
import { detectListRequest, type ListRequest } from "./detect-list-request.js";

const cases: [string, ListRequest | null][] = [
  // found by the seventh probe: read as customer names ("no customer called plate tmrw")
  ["明天我有什么安排", "followups"],
  ["今天有啥安排？", "followups"],
  ["whats on my plate tmrw", "followups"],
  ["is there anything due this week?", "followups"],
  ["show my follow-ups", "followups"],
  // probe 8: asked politely, "follow-ups" was taken for a customer's name
  ["can you show me my follow-ups", "followups"],
  // probe 10: an English word in a Chinese ask
  ["帮我看看我这周还有哪些follow up", "followups"],
  ["我今天有哪些todo", "followups"],
  ["could you please list my open deals?", "deals"],
  ["can I see my tasks for tomorrow", "followups"],
  ["hey, can you pull up my deals", "deals"],
  ["let me see my reminders", "followups"],
  ["Show my followups", "followups"],
  ["my follow ups", "followups"],
  ["list my todos", "followups"],
  ["what are my follow-ups for today?", "followups"],
  ["any follow-ups today?", "followups"],
  ["Do I have any overdue tasks?", "followups"],
  ["show me my tasks", "followups"],
  ["what's on my plate today?", "followups"],
  ["What do I need to do today?", "followups"],
  ["my reminders please", "followups"],
  ["我的跟进", "followups"],
  ["看看我的待办", "followups"],
  ["我的待办事项有哪些？", "followups"],
  ["今天有什么待办", "followups"],
  // "我这周有哪些待跟进的" was answered "no customer called 待跟进"
  ["我这周有哪些待跟进的", "followups"],
  ["本周待跟进", "followups"],
  ["我有哪些跟进任务", "followups"],
  ["下周有什么待办", "followups"],
  ["华为待跟进", null],
  ["我的跟进任务", "followups"],
  ["查看待办", "followups"],
  ["待跟进的客户有哪些", "followups"],
  ["今天要跟进的客户", "followups"],
  ["今天有哪些要跟进的？", "followups"],
  ["查看我的任务", "followups"],
  ["今天的待办", "followups"],
  ["我这周的跟进", "followups"],
  ["明天的任务有哪些？", "followups"],
  ["看看最近的提醒", "followups"],
  // what is due or overdue, and who to chase (found in a new-user run: read as a customer called "overdue")
  ["what's overdue for me?", "followups"],
  ["anything overdue?", "followups"],
  ["what's due today?", "followups"],
  ["overdue follow-ups", "followups"],
  ["show me the overdue tasks", "followups"],
  ["who do I need to call today?", "followups"],
  ["who should I follow up with this week?", "followups"],
  ["我今天要跟进哪些客户？", "followups"],
  ["这周要回访哪些客户", "followups"],
  ["明天该联系谁？", "followups"],
  ["有哪些逾期的跟进", "followups"],
  ["有没有逾期的待办？", "followups"],
  ["哪些跟进过期了", "followups"],
  ["我的任务逾期了吗", "followups"],
  ["show my deals", "deals"],
  ["list my open deals", "deals"],
  ["what are my deals?", "deals"],
  ["我的商机", "deals"],
  // the rep's plan or schedule asked for (probe: read as a customer called "跟进计划")
  ["帮我看看本周的跟进计划", "followups"],
  ["看看我这周的日程", "followups"],
  ["我明天有哪些跟进计划", "followups"],
  ["明天的行程", "followups"],
  ["华为的安排", null],
  ["看看我的商机有哪些", "deals"],
  ["我的单子", "deals"],
  // how many deals the rep has: the list counts them (was read as a customer called "手上")
  ["我有几个商机", "deals"],
  ["我手上有几个商机？", "deals"],
  // probe: "我手上有哪些商机" was a customer called "手上"; "how many customers do I have?" one called "customers"
  ["我手上有哪些商机", "deals"],
  ["what deals do I have open?", "deals"],
  ["which opportunities do I have", "deals"],
  ["我手里在跟的商机", "deals"],
  ["我的客户有哪些", "customers"],
  ["我手上有几个客户？", "customers"],
  ["我有多少客户", "customers"],
  ["how many customers do I have?", "customers"],
  ["show me my accounts", "customers"],
  ["my clients", "customers"],
  ["华为的客户有哪些", null],
  ["my customer wants a quote", null],
  ["我手里一共有多少个在跟的单子", "deals"],
  ["how many deals do i have", "deals"],
  ["how many open deals do I have?", "deals"],
  ["how many opportunities have I got in my pipeline", "deals"],
  ["华为有几个商机", null],
  ["这个月赢了几单", null],
  // Sentences that only mention such words are logged as before
  ["followed up with Acme about my deals", null],
  ["sent Acme my follow-up email", null],
  ["跟进华为，我的任务是下周报价", null],
  ["华为的商机有哪些？", null],
  ["show Acme's deals", null],
  ["今天拜访了华为", null],
  ["the invoice for Acme is overdue", null],
  ["Globex payment is late again", null],
  ["今天要跟进华为的报价", null],
  ["华为的回款逾期了", null],
  ["who do I call at Acme?", null],
];

describe("a request for one's own list in words", () => {
  it.each(cases)("%s → %s", (text, expected) => {
    expect(detectListRequest(text)).toBe(expected);
  });
});

// "what's on my plate tomorrow" and "any follow ups due this week?" were read as customers called "plate tomorrow", "follow ups due".
describe("the rep's list asked for with a day", () => {
  it.each([
    "what's on my plate tomorrow",
    "any follow ups due this week?",
    "what do I have today",
    "what's on my calendar for tomorrow?",
    "what do I have on monday?",
    "what have I got for friday",
  ])("%s", (text) => {
    expect(detectListRequest(text)).toBe("followups");
  });
});

// Probe: "下周要拜访哪些客户" answered "客户列表里没有“下周要”"; "do i have anything due tmrw" a customer called "anything due tmrw".
describe("the rep's list asked after with next week, a visit or chat shorthand", () => {
  it.each(["下周要拜访哪些客户", "明天要见哪些客户", "后天要联系谁", "do i have anything due tmrw", "anything on my plate tmrw?"])("%s", (text) => {
    expect(detectListRequest(text)).toBe("followups");
  });
  it.each(["下周拜访华为", "明天要见华为的王总", "anything due from Globex?"])("not a list: %s", (text) => {
    expect(detectListRequest(text)).toBeNull();
  });
});

// Probe 3: "what follow-ups do I have next week?" answered 'no customer called "follow-ups next"'.
describe("the rep's list asked for a coming day or week", () => {
  it.each([
    "what follow-ups do I have next week?",
    "show my follow-ups for next week",
    "what's on my plate Monday?",
    "which tasks are due friday",
    "list my reminders for thursday",
  ])("%s", (text) => {
    expect(detectListRequest(text)).toBe("followups");
  });
  it.each(["what follow-ups did we do with Globex", "follow up Monday with Globex"])("not a list: %s", (text) => {
    expect(detectListRequest(text)).toBeNull();
  });
});
