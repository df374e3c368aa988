// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const MONDAY_AFTERNOON = new Date("2027-02-22T06:30:00Z"); // Monday 14:30 in Shanghai, a week after 春节
const read = (text: string, names: string[] = []) => {
  const parsed = parseSentence(text, { now: MONDAY_AFTERNOON, timezone: "Asia/Shanghai", names });
  return {
    kind: parsed.activity,
    due: parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai"),
    minor: parsed.amount?.minor ?? null,
    change: parsed.amount?.change ?? null,
  };
};

/** Probe 52: "…集团预算总盘子定了5000万，我们这块还是按原来的200万走，没变" asked to set deal #1 to ¥50,000,000. */
describe("a value said to stay is the figure that stays", () => {
  it.each([
    ["华为那个项目王经理电话里说节后集团预算总盘子定了5000万，我们这块还是按原来的200万走，没变", 200_000_000],
    ["华为 电话：赵总说预算不变，还是200万，月底前定供应商", 200_000_000],
    ["globex pricing stays at 80k even though their parent budget is 2M", 8_000_000],
    ["华为电话 他们去年采购了1000万的设备 我们这单200万不变", 200_000_000],
  ])("%s → %d", (text, minor) => {
    expect(read(text)).toMatchObject({ minor, change: null });
  });
  it("a value set outright beside an unchanged count still is one", () => {
    expect(read("华为数量不变，总价改成180万").minor).toBe(180_000_000);
  });
  it("unchanged with no figure changes nothing", () => {
    expect(read("华为说预算不变").minor).toBeNull();
  });
});

describe("kinds: going to a customer in English, money sent over", () => {
  it.each([
    ["Went to Pied Piper today, their CTO showed us the new data center", ["Pied Piper"], "visit"],
    ["headed over to Initech's office for the review", ["Initech"], "visit"],
    ["阿里巴巴的合同节前就签了，今天收到他们打过来的首付款，财务确认已经到账", ["阿里巴巴"], null],
    ["阿里巴巴打过来问价格", ["阿里巴巴"], "call"],
    ["Talked to someone from Stark Industries at the AmCham spring reception on Saturday, they asked for a brochure", ["Stark Industries"], "meeting"],
  ])("%s → %s", (text, names, kind) => {
    expect(read(text, names as string[]).kind).toBe(kind);
  });
});

describe("days: their maybe moved far off, no action asked, a booked time beside a quarter", () => {
  it.each([
    ["小米那边今天开会说今年预算比去年少了百分之十五，项目可能要延后到下半年，有点悬😓", null],
    ["Just got off a Teams call with Northwind Traders, they confirmed the pilot. Legal review starts next week, no action needed from me till then", null],
    ["visited Contoso's Shanghai office today, she's reviewing vendors for Q2 and is very open to a demo. demo booked for Thursday 3pm", "2027-02-25 15:00"],
  ])("%s → %s", (text, due) => {
    expect(read(text).due).toBe(due);
  });
});
