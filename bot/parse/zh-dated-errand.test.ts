// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const NOW = new Date("2026-12-09T08:30:00Z"); // Wednesday 16:30 in Shanghai
const ZONE = "Asia/Shanghai";

/**
 * Probe: "元旦后第一个工作日打电话问问" logged a call held, due tomorrow ("第一个工作日" counted from today, and
 * 问 read as what the call said); "…29号上午打电话问结果" a call held. A Chinese clause with no word of a thing
 * done, dated ahead before its activity, plans it; a meeting that decides, with no one meeting us, is the customer's.
 */
describe("dated ahead, nothing reported: planned", () => {
  it.each([
    ["阿里巴巴的项目预计1月中旬立项，元旦后第一个工作日打电话问问", "call", "2027-01-04"],
    ["元旦后打电话问问", "call", "2027-01-04"],
    ["节后第一个工作日拜访华为", "visit", "2027-01-04"],
    ["京东的年度采购在12月28号开会定，29号上午打电话问结果", "call", "2026-12-29"],
    ["12月20号拜访华为", "visit", "2026-12-20"],
  ])("%s", (text, kind, due) => {
    const parsed = parseSentence(text, { now: NOW, timezone: ZONE });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
    expect(parsed.followUp && localStamp(parsed.followUp.at, ZONE).slice(0, 10)).toBe(due);
  });
  it.each([
    ["今天拜访京东，客户对方案比较满意", "visit"],
    ["下午拜访了京东", "visit"],
    ["给华为打电话问价格", "call"],
    ["跟京东开会定方案", "meeting"],
  ])("%s is a report", (text, kind) => {
    const parsed = parseSentence(text, { now: NOW, timezone: ZONE });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(false);
  });
});
