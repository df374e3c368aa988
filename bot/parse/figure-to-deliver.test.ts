import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const now = new Date("2027-06-25T13:00:00Z"); // Friday 21:00 in Shanghai, 09:00 in New York

describe("a figure the rep will hand over belongs to the step planned", () => {
  it.each([
    ["need to send Hooli the revised quote (78k) before 5pm today", "America/New_York"],
    ["send Globex the new pricing, 95k, tomorrow morning", "America/New_York"],
    ["will email Initech the 120k proposal on Monday", "America/New_York"],
    ["明天下午两点半去小米清河拜访，顺便把新报价75万带过去", "Asia/Shanghai"],
    ["下周一把80万的报价发给华为", "Asia/Shanghai"],
    ["周一前把新报价65万提交给腾讯", "Asia/Shanghai"],
  ])("%s", (text, zone) => {
    const parsed = parseSentence(text, { now, timezone: zone });
    expect(parsed.amount).not.toBeNull();
    expect(parsed.followUp).not.toBeNull();
    expect(parsed.amountToDeliver).toBe(true);
  });
});

describe("a figure said as news or already sent is not", () => {
  it.each([
    ["华为项目预算上调到260万，明天电话确认细节", "Asia/Shanghai"],
    ["报价80万已经发给华为了，下周一跟进", "Asia/Shanghai"],
    ["sent Globex the 95k quote, follow up Monday", "America/New_York"],
    ["Hooli budget is now 200k, call them Tuesday", "America/New_York"],
  ])("%s", (text, zone) => {
    expect(parseSentence(text, { now, timezone: zone }).amountToDeliver).not.toBe(true);
  });
});
