import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";

// "Fabrikam history" asks for the customer's records (it was logged as a note and reset last-activity);
// a sentence that reports doing something with notes or details is not a question.
describe("a customer's name and a record noun ask for it", () => {
  it.each([
    ["Fabrikam history", "Fabrikam"],
    ["Globex timeline", "Globex"],
    ["Acme Corp activities", "Acme Corp"],
    ["Initech notes", "Initech"],
    ["Northwind Traders owner?", "Northwind Traders"],
    ["Contoso summary", "Contoso"],
    ["Globex latest", "Globex"],
  ])("%s", (text, subject) => {
    expect(detectQuestion(text)).toMatchObject({ kind: "about", subject });
  });

  it.each([
    "sent Initech notes",
    "Initech wants pricing details",
    "emailed Globex the summary",
    "took notes at Globex",
    "shared the Acme Corp overview",
    "Globex halved the deal",
    "Initech doubled the deal",
    "Acme cut the deal",
  ])("a report: %s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});

// "小米 下周三 报价" showed the customer's card and logged nothing: 报价 and 合同 are also things to do.
describe("报价 or 合同 after a day to come or a figure is a plan, not a request for the record", () => {
  it.each([
    "小米 下周三报价",
    "小米 50万 下周三 报价",
    "小米 五十万 下周三 报价",
    "腾讯周五前合同",
    "京东 明天 报价",
    "华为 下个月 合同",
    "美的 月底前报价",
    "顺丰 120万 报价单",
  ])("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });

  it.each([
    ["华为的报价", "华为"],
    ["华为的合同", "华为"],
    ["小米 报价", "小米"],
    ["我本周的拜访记录", ""],
    // earlier ones, or one named by its day or figure with 的
    ["华为之前的报价", "华为"],
    ["华为以前的合同", "华为"],
    ["华为以前的报价单", "华为"],
    ["华为3号的合同", "华为3号"],
    ["小米100万的合同", "小米100万"],
  ])("still a request: %s", (text, subject) => {
    expect(detectQuestion(text)).toMatchObject({ kind: "about", subject });
  });
});
