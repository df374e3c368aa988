import { describe, expect, it } from "vitest";
import { inferStage } from "./infer-stage.js";
import { parseSentence } from "./parse-sentence.js";
import type { StageKey } from "./types.js";

// A day said before a signing: ahead it plans the signing (negotiation); told as done it only dates the deed (won).
describe("a signing with a day before it", () => {
  it.each<[string, StageKey]>([
    ["12月中旬跟腾讯签约", "negotiation"],
    ["腾讯 下旬签约", "negotiation"],
    ["客户说月初签合同", "negotiation"],

    ["顺丰15号签约", "negotiation"],
    ["下周三签合同", "negotiation"],
    ["周五签约", "negotiation"],
    ["15号快签了", "negotiation"],
    ["15号签约了", "won"],
    ["12月3日跟腾讯签了约", "won"],
    ["上个月15号签的合同", "won"],
    ["周三签了合同", "won"],
    ["上周五签了合同", "won"],
    ["小米8号签了", "won"],
  ])("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

// "等法务审完合同就签" was a win (合同…签 read as signed): a signing after something still to finish is ahead.
describe("a signing waiting on something", () => {
  it.each<[string, StageKey]>([
    ["阿里巴巴那单基本确定了，等法务审完合同就签，大概下周", "negotiation"],
    ["等法务审完合同就签", "negotiation"],
    ["等了很久终于签了", "won"],
    ["合同今天就签了", "won"],
    ["腾讯下单了！150万，首付款下周到", "won"],
  ])("%s → %s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

// The review: "华为15号签约了" typed on the 9th was a win with a follow-up on the 15th; "Globex signed on the 3rd"
// followed up on 3 January.
describe("a signing with its day of the month, through the whole sentence", () => {
  const wednesday = { now: new Date("2026-12-09T02:00:00Z"), timezone: "Asia/Shanghai" };
  const read = (text: string) => {
    const p = parseSentence(text, wednesday);
    const day = (d: Date | undefined) => d?.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 10) ?? null;
    return { stage: p.stageHint, followUp: day(p.followUp?.at), occurred: day(p.occurredAt?.at) };
  };
  it.each([
    ["华为15号签约了", { stage: "negotiation", followUp: "2026-12-15", occurred: null }],
    ["华为5号签约了，合同额210万", { stage: "won", followUp: null, occurred: "2026-12-05" }],
    ["Globex signed on the 3rd, $85k", { stage: "won", followUp: null, occurred: "2026-12-03" }],
    ["they sign on the 15th", { stage: "negotiation", followUp: "2026-12-15", occurred: null }],
    ["下周一签合同", { stage: "negotiation", followUp: "2026-12-14", occurred: null }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

// "王总刚打电话说合同下周一盖章" won the deal: a stamp dated ahead is the signing still to come.
describe("a contract stamped on a day ahead is no win yet", () => {
  const now = new Date("2026-12-10T01:15:00Z");
  it.each<[string, StageKey]>([
    ["王总刚打电话说合同下周一盖章", "negotiation"],
    ["合同下周一盖章", "negotiation"],
    ["华为合同周五来盖章", "negotiation"],
    ["合同昨天盖章了", "won"],
    ["华为合同今天盖章了", "won"],
    // who goes to sign stands between the day and the signing
    ["刚跟华为通完电话 九号上午十点 我过去签合同", "negotiation"],
    ["打了电话，周五我们过去签约", "negotiation"],
    ["下周二对方过来签合同", "negotiation"],
  ])("%s → %s", (text, stage) => {
    expect(parseSentence(text, { now, timezone: "Asia/Shanghai" }).stageHint).toBe(stage);
  });
});
