import { describe, expect, it } from "vitest";
import { reminderTask } from "./detect-reminder.js";
import { parseSentence } from "./parse-sentence.js";

// "pls set a reminder to email Pied Piper the SOW on the 15th" logged an email as sent: a request for a
// reminder, however it is worded, is a task ahead; nothing in it is done.
const now = new Date("2026-12-09T07:00:00Z");
const parse = (text: string) => parseSentence(text, { now, timezone: "America/New_York" });
const task = (text: string) => reminderTask(text, parse(text).followUp?.text ?? null);

const reminders: [string, string][] = [
  ["pls set a reminder to email Pied Piper the SOW on the 15th", "Email Pied Piper the SOW"],
  ["set a reminder to call Globex next tuesday", "Call Globex"],
  ["can you set a reminder to send Initech the contract on friday", "Send Initech the contract"],
  ["add a reminder to follow up with Contoso next week", "Follow up with Contoso"],
  ["set reminder for friday to call Fabrikam", "Call Fabrikam"],
  ["reminder: email Globex the quote tomorrow", "Email Globex the quote"],
  ["reminder to email Globex the quote tomorrow", "Email Globex the quote"],
  ["pls remind me to email Initech the deck friday", "Email Initech the deck"],
  ["could you remind me to call Acme on monday", "Call Acme"],
  ["帮我设个提醒，周五给腾讯打电话", "给腾讯打电话"],
  ["设置提醒：明天给小米发报价", "给小米发报价"],
  ["加个提醒 下周三拜访京东", "拜访京东"],
  ["提醒我下周一给华为发合同", "给华为发合同"],
];

describe("set a reminder: the task, and nothing done", () => {
  it.each(reminders)("%s → %s", (text, expected) => {
    expect(task(text)).toBe(expected);
    const parsed = parse(text);
    // an activity read in it is the task ahead, never one held
    if (parsed.activity) expect(parsed.planned).toBe(true);
  });

  // Something done, with a reminder after it: the activity stays logged and the sentence is no bare reminder.
  it.each([
    ["emailed Pied Piper the SOW, remind me to follow up on the 15th", "email"],
    ["called Globex, set a reminder to send the deck friday", "call"],
  ])("%s logs the %s", (text, kind) => {
    const parsed = parse(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(false);
    expect(task(text)).toBeNull();
  });

  it.each(["the reminder email went out to Acme", "set up a call with Globex, went well", "客户说记得我们上次的报价"])("%s is no reminder", (text) => {
    expect(task(text)).toBeNull();
  });
});
