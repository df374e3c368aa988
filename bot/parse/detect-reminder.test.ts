import { describe, expect, it } from "vitest";
import { reminderTask } from "./detect-reminder.js";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2026-11-25T02:00:00Z");
const task = (text: string) => reminderTask(text, parseSentence(text, { now, timezone: "Asia/Shanghai" }).followUp?.text ?? null);

const reminders: [string, string][] = [
  ["下周一提醒我给华为发合同", "给华为发合同"],
  ["提醒我周五跟进阿里的报价", "跟进阿里的报价"],
  ["明天记得给腾讯回电话", "给腾讯回电话"],
  ["别忘了周三给小米寄样品", "给小米寄样品"],
  ["请提醒我下周二跟美的确认交期", "跟美的确认交期"],
  ["remind me to call Globex in two weeks", "Call Globex"],
  ["Remind me on Friday to send Acme the deck", "Send Acme the deck"],
  ["don't forget to send Initech the contract tomorrow", "Send Initech the contract"],
  ["note to self: chase Hooli for the PO next Monday", "Chase Hooli for the PO"],
  ["pls remind me to call Globex on the 1st", "Call Globex"],
  ["plz remind me to send Acme the quote tmrw", "Send Acme the quote"],
  // probe 8: the date's preposition stayed behind ("Email Northwind the SOW on")
  ["remind me to email Northwind the SOW on Dec 10", "Email Northwind the SOW"],
  ["remind me on Dec 10 to email Northwind the SOW", "Email Northwind the SOW"],
  ["remind me to send Initech the contract by next Tuesday", "Send Initech the contract"],
  ["remind me to call Globex at 3pm tomorrow", "Call Globex"],
];
const notReminders = ["拜访了华为，下周一发合同", "called Globex, they want a quote", "客户说记得我们上次的报价", "the reminder email went out to Acme"];

describe("a reminder request and its task", () => {
  it.each(reminders)("%s → %s", (text, expected) => {
    expect(task(text)).toBe(expected);
  });
  it.each(notReminders)("%s is not one", (text) => {
    expect(task(text)).toBeNull();
  });
});
