import { describe, expect, it } from "vitest";
import { type DealCardData, dealCard } from "./deal.card.js";
import { buttonsOf } from "./model.js";
import { renderPlainText } from "./render-plain-text.js";

const STAGES = [
  { key: "lead", nameZh: "线索", nameEn: "Lead", kind: "open", position: 1 },
  { key: "qualified", nameZh: "需求确认", nameEn: "Qualified", kind: "open", position: 2 },
  { key: "proposal", nameZh: "方案报价", nameEn: "Proposal", kind: "open", position: 3 },
  { key: "negotiation", nameZh: "商务谈判", nameEn: "Negotiation", kind: "open", position: 4 },
  { key: "won", nameZh: "赢单", nameEn: "Won", kind: "won", position: 5 },
  { key: "lost", nameZh: "输单", nameEn: "Lost", kind: "lost", position: 6 },
];
const stage = (key: string) => STAGES.find((s) => s.key === key)!;

function deal(stageKey: string, extra: Partial<DealCardData> = {}): DealCardData {
  return {
    id: "d1",
    number: 12,
    title: "华为",
    amountMinor: 20_000_000n,
    currency: "CNY",
    version: 3,
    atRisk: false,
    expectedCloseAt: null,
    lastActivityAt: new Date("2026-11-25T02:00:00Z"),
    stage: stage(stageKey),
    company: { name: "华为" },
    owner: { name: "李雷" },
    ...extra,
  };
}
const zh = { locale: "zh" as const, timeZone: "Asia/Shanghai" };
const en = { locale: "en" as const, timeZone: "Asia/Shanghai" };

describe("dealCard buttons", () => {
  it("an open deal offers the next open stage, won and lost, each carrying id:stage:version", () => {
    const buttons = buttonsOf(dealCard(deal("proposal"), STAGES, zh));
    expect(buttons).toEqual([
      { label: "推进到 商务谈判", actionId: "deal.move-stage", value: "d1:negotiation:3", style: "primary" },
      { label: "赢单", actionId: "deal.move-stage", value: "d1:won:3", style: "primary" },
      { label: "输单", actionId: "deal.move-stage", value: "d1:lost:3", style: "danger" },
      { label: "编辑", actionId: "form.open", value: "edit-deal:d1:3" },
    ]);
  });

  it("a lead moves to the stage right after it, in English", () => {
    expect(buttonsOf(dealCard(deal("lead"), STAGES, en))[0]).toEqual({
      label: "Move to Qualified",
      actionId: "deal.move-stage",
      value: "d1:qualified:3",
      style: "primary",
    });
  });

  it("the last open stage offers only won and lost", () => {
    expect(buttonsOf(dealCard(deal("negotiation"), STAGES, en)).map((b) => b.label)).toEqual(["Mark won", "Mark lost", "Edit"]);
  });

  it.each(["won", "lost"])("a %s deal offers only reopening at the first open stage", (key) => {
    expect(buttonsOf(dealCard(deal(key), STAGES, en))).toEqual([
      { label: "Reopen: Lead", actionId: "deal.move-stage", value: "d1:lead:3" },
      { label: "Edit", actionId: "form.open", value: "edit-deal:d1:3" },
    ]);
    expect(buttonsOf(dealCard(deal(key), STAGES, zh))[0]?.label).toBe("重新打开: 线索");
  });
});

describe("dealCard fields", () => {
  it("shows company, amount, stage, owner and last activity in Chinese", () => {
    const card = dealCard(deal("proposal"), STAGES, zh);
    expect(card.title).toBe("#12 华为");
    expect(card.blocks[0]).toEqual({
      type: "fields",
      fields: [
        { label: "客户", value: "华为" },
        { label: "金额", value: "¥200,000" },
        { label: "阶段", value: "方案报价" },
        { label: "负责人", value: "李雷" },
        { label: "最近跟进", value: "11月25日周三 10:00" },
      ],
    });
  });

  it("adds the at-risk marker, expected close, recent activities and follow-ups in English", () => {
    const card = dealCard(
      deal("qualified", {
        currency: "USD",
        amountMinor: 5_000_000n,
        atRisk: true,
        expectedCloseAt: new Date("2026-12-31T00:00:00Z"),
        activities: [{ kind: "call", summary: "called Bob", occurredAt: new Date("2026-11-24T06:00:00Z") }],
        followUps: [{ title: "send quote", dueAt: new Date("2026-11-27T01:00:00Z") }],
      }),
      STAGES,
      en,
    );
    const text = renderPlainText(card).text;
    expect(text).toContain("Amount: $50,000");
    expect(text).toContain("Stage: Qualified ⚠️ At risk");
    expect(text).toContain("Expected close: Dec 31, 2026");
    expect(text).toContain("Recent activities\n• Tue, Nov 24, 02:00 PM called Bob");
    expect(text).toContain("Open follow-ups\n• Fri, Nov 27, 09:00 AM send quote");
    expect(text.endsWith("[1] Move to Proposal\n[2] Mark won\n[3] Mark lost\n[4] Edit")).toBe(true);
  });

  it("leaves out empty activity and follow-up sections", () => {
    const card = dealCard(deal("lead", { activities: [], followUps: [] }), STAGES, en);
    expect(card.blocks.map((b) => b.type)).toEqual(["fields", "actions"]);
  });
});
