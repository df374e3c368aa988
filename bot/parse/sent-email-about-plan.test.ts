// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const THURSDAY = new Date("2027-04-29T02:00:00Z"); // Thursday 10:00 in Shanghai, before the May Day break
const read = (text: string) => {
  const parsed = parseSentence(text, { now: THURSDAY, timezone: "Asia/Shanghai" });
  return { kind: parsed.activity, planned: parsed.planned, due: parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai") };
};

/** Probe 50: "Sent Initech + Contoso the holiday schedule email" logged notes; "schedule" / 安排 planned the e-mail. */
describe("an e-mail sent about a plan is an e-mail, and the plan's period no follow-up", () => {
  it.each([
    "Sent Initech the schedule email",
    "sent the schedule email to Initech",
    "sent Globex the Q3 schedule email",
    "给腾讯发了节后安排的邮件",
    "腾讯和京东两边都发了节日祝福+节后安排的邮件",
    "已经给京东发了下月排期的邮件",
  ])("%s", (text) => {
    expect(read(text)).toEqual({ kind: "email", planned: false, due: null });
  });
  it("a step said after it still is one", () => {
    expect(read("给腾讯发了节后安排的邮件，节后第一天再电话确认").due).toBe("2027-05-06 09:00");
  });
  it.each(["need to send Initech the schedule email", "明天给腾讯发安排的邮件"])("%s: not sent yet, no e-mail logged", (text) => {
    expect(read(text).kind).toBeNull();
  });
});
