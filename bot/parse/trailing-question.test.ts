import { describe, expect, it } from "vitest";
import { splitTrailingQuestion } from "./trailing-question.js";

describe("a report followed by a question of its own is both", () => {
  it.each([
    ["给顺丰发了邮件，另外顺丰之前是谁在跟？", "给顺丰发了邮件"],
    ["今天拜访了华为，王总的电话是多少？", "今天拜访了华为"],
    ["跟小米通了电话，他们的商机有哪些？", "跟小米通了电话"],
    ["打了电话给京东，对了，京东的合同签了吗", "打了电话给京东，对了"],
    ["上午去了比亚迪。比亚迪的联系人是谁？", "上午去了比亚迪"],
  ])("%s → logs %s", (text, report) => {
    expect(splitTrailingQuestion(text)?.report).toBe(report);
  });
});

describe("a question alone, a plan, or a question the customer asked is not split", () => {
  it.each([
    "华为的商机有哪些？",
    "华为上周拜访过了吗？",
    "明天去华为拜访，需要带什么资料？",
    "拜访了华为，客户问什么时候能交货？",
    "拜访了华为，客户很满意，明天下午3点再沟通",
    "华为进展如何，上周拜访过吗？",
  ])("%s", (text) => {
    expect(splitTrailingQuestion(text)).toBeNull();
  });
});
