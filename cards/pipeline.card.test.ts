import { describe, expect, it } from "vitest";
import { pipelineCard, type PipelineCardData } from "./pipeline.card.js";
import { renderPlainText } from "./render-plain-text.js";

const summary: PipelineCardData = {
  stages: [
    { nameZh: "线索", nameEn: "Lead", count: 0, amounts: {} },
    { nameZh: "方案报价", nameEn: "Proposal", count: 2, amounts: { CNY: 20_000_000, USD: 5_000_000 } },
    { nameZh: "赢单", nameEn: "Won", count: 1, amounts: { CNY: 100_000 } },
  ],
  openCount: 2,
  openAmounts: { CNY: 20_000_000, USD: 5_000_000 },
};

describe("pipelineCard", () => {
  it("has one field per stage, a divider and the open total, in Chinese", () => {
    const card = pipelineCard(summary, { locale: "zh" });
    expect(card.title).toBe("销售漏斗");
    expect(card.blocks).toEqual([
      {
        type: "fields",
        fields: [
          { label: "线索", value: "0个 · ¥0" },
          { label: "方案报价", value: "2个 · ¥200,000 + US$50,000" },
          { label: "赢单", value: "1个 · ¥1,000" },
        ],
      },
      { type: "divider" },
      { type: "fields", fields: [{ label: "进行中合计", value: "2个 · ¥200,000 + US$50,000" }] },
    ]);
  });

  it("uses English names and 'deals' in English", () => {
    const card = pipelineCard(summary, { locale: "en" });
    expect(renderPlainText(card).text).toBe(
      [
        "【Pipeline】",
        "Lead: 0 deals · $0",
        "Proposal: 2 deals · CN¥200,000 + $50,000",
        "Won: 1 deal · CN¥1,000",
        "──────────",
        "Open total: 2 deals · CN¥200,000 + $50,000",
      ].join("\n"),
    );
  });

  it("takes a title when given and has no buttons", () => {
    const card = pipelineCard({ ...summary, title: "East team" }, { locale: "en" });
    expect(card.title).toBe("East team");
    expect(renderPlainText(card).choices).toEqual([]);
  });
});
