import { describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.js";
import { cardMarkdown, decodeButtonId, encodeButtonId, standardCardData } from "./render-dingtalk-card.js";

const card: Card = {
  title: "商机 #12 · 华为",
  subtitle: "方案报价",
  blocks: [
    {
      type: "fields",
      fields: [
        { label: "金额", value: "¥200,000" },
        { label: "负责人", value: "李_雷*" },
      ],
    },
    { type: "divider" },
    { type: "text", text: "# not a heading" },
    {
      type: "actions",
      buttons: [
        { label: "商务谈判", actionId: "deal.move-stage", value: "d1:negotiation:3", style: "primary" },
        { label: "输单", actionId: "deal.move-stage", value: "d1:lost:3", style: "danger" },
      ],
    },
  ],
};

describe("DingTalk card rendering", () => {
  it("round-trips an action through a button id made of safe characters", () => {
    const id = encodeButtonId({ actionId: "pending.choose", value: "q1:公司|2" });
    expect(id).toMatch(/^crm_[A-Za-z0-9_-]+$/);
    expect(decodeButtonId(id)).toEqual({ actionId: "pending.choose", value: "q1:公司|2" });
    expect(decodeButtonId("button_1646816888257")).toBeUndefined();
    expect(decodeButtonId("crm_!!!")).toBeUndefined();
    expect(decodeButtonId(`crm_${Buffer.from('{"a":1}').toString("base64url")}`)).toBeUndefined();
  });

  it("renders a StandardCard with request buttons that carry the action", () => {
    const data = standardCardData(card, "已推进");
    expect(data.header).toEqual({ title: { type: "text", text: "商机 #12 · 华为" } });
    const contents = data.contents as {
      type: string;
      text?: string;
      actions?: { id: string; actionType: string; status: string; label: { text: string } }[];
    }[];
    expect(contents[0]).toMatchObject({ type: "markdown", text: "已推进" });
    expect(contents.some((c) => c.type === "divider")).toBe(true);
    expect(contents.find((c) => c.text?.includes("金额"))?.text).toContain("李\\_雷\\*");
    const buttons = contents.flatMap((c) => c.actions ?? []);
    expect(buttons.map((b) => b.label.text)).toEqual(["商务谈判", "输单"]);
    expect(buttons.every((b) => b.actionType === "request")).toBe(true);
    expect(buttons.map((b) => b.status)).toEqual(["primary", "warning"]);
    expect(decodeButtonId(buttons[1]!.id)).toEqual({ actionId: "deal.move-stage", value: "d1:lost:3" });
    // Every content id is unique (DingTalk keys components by id).
    const ids = JSON.stringify(data).match(/"id":"[^"]+"/g) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("renders markdown for the custom robot with the buttons as labels only", () => {
    const md = cardMarkdown(card);
    expect(md.title).toBe("商机 #12 · 华为");
    expect(md.text).toContain("### 商机 #12 · 华为");
    expect(md.text).toContain("- **金额**: ¥200,000");
    expect(md.text).toContain("\\# not a heading");
    expect(md.text).toContain("【商务谈判】 【输单】");
  });

  it("keeps user text from opening a tag, a link or a quote", () => {
    const hostile: Card = {
      title: "线索 #3 <a href=x>",
      blocks: [
        { type: "fields", fields: [{ label: "公司", value: '<font color="red">*bold*</font>' }] },
        { type: "text", text: "> quoted\n[link](http://x) <a href=x>y</a>" },
      ],
    };
    // The StandardCard header is plain text, shown as typed; its markdown components are checked here.
    const contents = (standardCardData(hostile).contents as { type: string; text?: string }[]).filter((c) => c.type === "markdown");
    for (const text of [contents.map((c) => c.text).join("\n"), cardMarkdown(hostile).text]) {
      expect(text).not.toMatch(/<a |<font|(?<!\\)\]\(http/);
      expect(text).toContain("＜a href=x＞");
      expect(text).toContain("\\*bold\\*");
    }
    expect(cardMarkdown(hostile).text).toContain("\n＞ quoted");
  });
});
