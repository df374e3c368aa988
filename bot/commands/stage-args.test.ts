import { describe, expect, it } from "vitest";
import { readPercent, readStageAdd, readStageMove, readStageRename } from "./stage-args.js";

const words = (line: string) => line.split(/\s+/u);

describe("stage command arguments", () => {
  it("reads the names, probability and place of a new stage in both languages", () => {
    expect(readStageAdd("Technical review / 技术评估 40% after qualified")).toEqual({
      nameEn: "Technical review",
      nameZh: "技术评估",
      probability: 40,
      after: "qualified",
    });
    expect(readStageAdd("技术评估 / Technical review")).toEqual({ nameEn: "Technical review", nameZh: "技术评估" });
    expect(readStageAdd("技术评估 ４０％ 在 需求确认 之后")).toEqual({ nameEn: "技术评估", nameZh: "技术评估", probability: 40, after: "需求确认" });
    // A name ending in 后 is a name, not a place, without 在 before it.
    expect(readStageAdd("售后")).toEqual({ nameEn: "售后", nameZh: "售后" });
    expect(readStageAdd(" / 技术评估")).toBeNull();
    expect(readStageAdd("a / b / c")).toBeNull();
  });

  it("reads a rename: the stage, then one language's name or both", () => {
    expect(readStageRename(words("proposal to Quote sent"))).toEqual({ ref: "proposal", nameEn: "Quote sent" });
    expect(readStageRename(words("方案报价 为 已报价"))).toEqual({ ref: "方案报价", nameZh: "已报价" });
    expect(readStageRename(words("Technical review to Tech check / 技术检查"))).toEqual({ ref: "Technical review", nameEn: "Tech check", nameZh: "技术检查" });
    expect(readStageRename(words("proposal Offer"))).toEqual({ ref: "proposal", nameEn: "Offer" });
    expect(readStageRename(words("proposal"))).toBeNull();
  });

  it("reads where a stage moves", () => {
    expect(readStageMove(words("negotiation before proposal"))).toEqual({ ref: "negotiation", place: { before: "proposal" } });
    expect(readStageMove(words("Technical review after Qualified"))).toEqual({ ref: "Technical review", place: { after: "Qualified" } });
    expect(readStageMove(words("商务谈判 到 方案报价 之前"))).toEqual({ ref: "商务谈判", place: { before: "方案报价" } });
    expect(readStageMove(words("商务谈判 方案报价 后"))).toEqual({ ref: "商务谈判", place: { after: "方案报价" } });
    expect(readStageMove(words("negotiation proposal"))).toBeNull();
  });

  it("reads a percentage or refuses it", () => {
    expect(readPercent("50%")).toBe(50);
    expect(readPercent("５０％")).toBe(50);
    expect(readPercent("0")).toBe(0);
    expect(readPercent("half")).toBeNull();
    expect(readPercent("-5%")).toBeNull();
  });
});
