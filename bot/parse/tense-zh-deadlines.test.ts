import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const REFERENCES = [
  { label: "Thursday morning in Shanghai", now: new Date("2026-12-03T02:00:00Z"), timezone: "Asia/Shanghai" },
  { label: "Monday evening in Shanghai", now: new Date("2026-11-23T12:00:00Z"), timezone: "Asia/Shanghai" },
  { label: "Wednesday in Singapore", now: new Date("2026-11-25T03:00:00Z"), timezone: "Asia/Singapore" },
];

/** Sentences about later: their activity is planned and never logged as done; a deadline order is not news. */
const PLANNED: [string, "visit" | "call" | "meeting" | null][] = [
  ["月中去拜访阿里", "visit"],
  ["十二月二十号拜访美团", "visit"],
  ["12.20拜访滴滴", "visit"],
  ["两周后去拜访百度", "visit"],
  ["下个月初拜访京东", "visit"],
  ["年后拜访小米", "visit"],
  ["下旬和腾讯开会", "meeting"],
];

const NOT_DONE: string[] = ["春节前给小米发合同", "月底前把方案发给华为", "年前把合同签了，阿里", "国庆前要把合同签了"];

describe.each(REFERENCES)("plans and deadlines in Chinese ($label)", ({ now, timezone }) => {
  it.each(PLANNED)("%s is a planned %s", (text, kind) => {
    const parsed = parseSentence(text, { now, timezone });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
    expect(parsed.followUp).not.toBeNull();
  });

  it.each(NOT_DONE)("%s reports nothing done and wins no deal", (text) => {
    const parsed = parseSentence(text, { now, timezone });
    expect(parsed.planned || parsed.activity === null).toBe(true);
    expect(parsed.stageHint).not.toBe("won");
    expect(parsed.followUp).not.toBeNull();
  });

  it.each([
    ["三年前跟华为签了合同", "won"],
    ["昨天拜访了阿里，月中再去", "visit"],
    ["上周把合同签了，华为", "won"],
  ])("%s still reports the past", (text, what) => {
    const parsed = parseSentence(text, { now, timezone });
    if (what === "won") expect(parsed.stageHint).toBe("won");
    else expect({ activity: parsed.activity, planned: parsed.planned }).toEqual({ activity: what, planned: false });
  });
});

describe("an age before 前 is the past", () => {
  it.each(["三天前把合同签了，华为", "两个月前把合同签了，阿里"])("%s is won", (text) => {
    expect(parseSentence(text, { now: new Date("2026-12-03T02:00:00Z"), timezone: "Asia/Shanghai" }).stageHint).toBe("won");
  });
});

describe("more dates that point ahead: holidays, spoken clock times", () => {
  const now = new Date("2026-12-03T02:00:00Z");
  it.each([
    ["两点一刻给京东回电话", "call"],
    ["三点半给华为打电话", "call"],
    ["双十一前拜访京东", "visit"],
    ["五一后拜访阿里", "visit"],
    ["端午前和腾讯开会", "meeting"],
  ])("%s is a planned %s", (text, kind) => {
    const parsed = parseSentence(text, { now, timezone: "Asia/Shanghai" });
    expect({ activity: parsed.activity, planned: parsed.planned }).toEqual({ activity: kind, planned: true });
  });

  it.each([
    ["2025.5.13拜访过字节", "字节"],
    ["国庆后联系腾讯", "腾讯"],
    ["上周联系过美团", "美团"],
  ])("%s names %s", (text, company) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).companyHints).toEqual([company]);
  });
});
