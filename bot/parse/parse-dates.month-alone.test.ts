import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

/**
 * A month without a day or year: waited for or due by ("until July", "7月之前", "到7月份") it is the
 * coming one (this month included); in a report ("signed in March") the latest one.
 * [text, month, ahead?]
 */
const CASES: [string, number, boolean][] = [
  ["Umbrella renewal at risk, they mentioned a budget freeze until July", 7, true],
  ["they are on hold till March", 3, true],
  ["decision by June", 6, true],
  ["no budget before September", 9, true],
  ["到7月份都没有预算", 7, true],
  ["7月之前不会采购", 7, true],
  ["七月前不会采购", 7, true],
  ["6月以前签约", 6, true],
  ["预算冻结到十月", 10, true],
  ["they signed in March", 3, false],
  ["we met in July at the expo", 7, false],
  ["Visited Globex in February", 2, false],
  ["三月份拜访过华为", 3, false],
];

// Reference days in months none of the cases names (a month under way is a period, read elsewhere).
const LOCAL_NOWS = ["2026-11-25T10:00", "2027-04-10T10:00", "2026-08-15T10:00", "2027-01-05T10:00"];
const ZONE = "Asia/Shanghai";

function instantAt(local: string): Date {
  return new Date(`${local}:00+08:00`);
}

describe.each(LOCAL_NOWS)("a month alone at %s", (local) => {
  const now = instantAt(local);
  const year = Number(local.slice(0, 4));
  const month = Number(local.slice(5, 7));
  it.each(CASES)("%s", (text, m, ahead) => {
    const parsed = parseSentence(text, { now, timezone: ZONE });
    const expectedYear = ahead ? (m >= month ? year : year + 1) : m <= month ? year : year - 1;
    const yearMonth = `${expectedYear}-${String(m).padStart(2, "0")}`;
    const found = ahead ? parsed.followUp : parsed.occurredAt;
    // a follow-up is on the month's first working day (十月: after 国庆), a report on its first day
    expect(found && localStamp(found.at, ZONE).slice(0, 7)).toBe(yearMonth);
    if (!ahead) expect(found && localStamp(found.at, ZONE).slice(8, 10)).toBe("01");
  });
});

describe("a month or year ahead is followed up on its first working day", () => {
  it.each([
    ["下个月再联系", "2026-12-02T10:00", "2027-01-04 09:00"],
    ["1月份再联系", "2026-12-02T10:00", "2027-01-04 09:00"],
    ["明年再说", "2026-12-02T10:00", "2027-01-04 09:00"],
    ["follow up next month", "2026-12-02T10:00", "2027-01-04 09:00"],
    ["下个月再联系", "2026-09-25T10:00", "2026-10-08 09:00"],
    ["预算冻结到十月", "2026-08-15T10:00", "2026-10-08 09:00"],
    // in English the Chinese holidays are no days off
    ["follow up next month", "2026-09-25T10:00", "2026-10-01 09:00"],
    // a working first day, or the day itself said, stays
    ["下个月再联系", "2026-10-20T10:00", "2026-11-02 09:00"],
    ["元旦再联系", "2026-12-02T10:00", "2027-01-01 09:00"],
    ["下个月1号再联系", "2026-10-20T10:00", "2026-11-01 09:00"],
  ])("%s at %s → %s", (text, local, expected) => {
    const parsed = parseSentence(text, { now: instantAt(local), timezone: ZONE });
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE)).toBe(expected);
  });
});
