import { describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.js";
import { renderWecomMarkdown, splitBytes, truncateBytes } from "./render-wecom-markdown.js";
import { WECOM_CARD_LIMITS, decodeButtonKey, encodeButtonKey, renderWecomCard, renderWecomCardMessages } from "./render-wecom-template-card.js";

const options = { taskId: "crm-task-1", cardUrl: "https://crm.example.com/" };

const dealCard: Card = {
  title: "#12 华为 数据中心项目",
  subtitle: "方案报价",
  blocks: [
    {
      type: "fields",
      fields: [
        { label: "客户", value: "华为" },
        { label: "金额", value: "¥200,000" },
      ],
    },
    { type: "text", text: "最近活动：电话" },
    {
      type: "actions",
      buttons: [
        { label: "推进到 商务谈判", actionId: "deal.move-stage", value: "d1:negotiation:3", style: "primary" },
        { label: "赢单", actionId: "deal.move-stage", value: "d1:won:3", style: "primary" },
        { label: "输单", actionId: "deal.move-stage", value: "d1:lost:3", style: "danger" },
      ],
    },
  ],
};

describe("renderWecomCard", () => {
  it("renders a card with buttons as button_interaction whose keys carry action id and value", () => {
    const out = renderWecomCard(dealCard, options);
    expect(out.msgtype).toBe("template_card");
    if (out.msgtype !== "template_card") return;
    const card = out.template_card;
    expect(card.card_type).toBe("button_interaction");
    expect(card.task_id).toBe("crm-task-1");
    expect(card.main_title).toEqual({ title: "#12 华为 数据中心项目", desc: "方案报价" });
    expect(card.horizontal_content_list).toEqual([
      { keyname: "客户", value: "华为" },
      { keyname: "金额", value: "¥200,000" },
    ]);
    expect(card.sub_title_text).toBe("最近活动：电话");
    expect(card.button_list?.map((b) => [b.text, b.style])).toEqual([
      ["推进到 商务谈判", 1],
      ["赢单", 1],
      ["输单", 3],
    ]);
    expect(card.button_list?.map((b) => decodeButtonKey(b.key))).toEqual([
      { actionId: "deal.move-stage", value: "d1:negotiation:3" },
      { actionId: "deal.move-stage", value: "d1:won:3" },
      { actionId: "deal.move-stage", value: "d1:lost:3" },
    ]);
    expect(card.card_action).toBeUndefined();
  });

  it("renders a card without buttons as text_notice with the required link", () => {
    const out = renderWecomCard({ title: "今日摘要", blocks: [{ type: "fields", fields: [{ label: "新商机", value: "3" }] }] }, options);
    expect(out).toMatchObject({ msgtype: "template_card", template_card: { card_type: "text_notice", card_action: { type: 1, url: options.cardUrl } } });
  });

  it("keeps WeCom's limits: six rows, six buttons, short titles, keys within 1,024 bytes", () => {
    const many: Card = {
      title: "这是一个非常非常长的问题标题，用来检查标题是否会被截断而且完整内容仍然保留在正文里",
      blocks: [
        { type: "fields", fields: Array.from({ length: 9 }, (_, i) => ({ label: `字段${i}`, value: `值${i}` })) },
        { type: "actions", buttons: Array.from({ length: 6 }, (_, i) => ({ label: `选项${i}`, actionId: "pending.choose", value: `p:${i}` })) },
        { type: "actions", buttons: [{ label: "多余", actionId: "pending.choose", value: "p:x" }] },
      ],
    };
    const out = renderWecomCard(many, options);
    if (out.msgtype !== "template_card") throw new Error("expected a template card");
    const card = out.template_card;
    expect([...card.main_title.title].length).toBeLessThanOrEqual(WECOM_CARD_LIMITS.title);
    expect(card.sub_title_text).toContain("这是一个非常非常长的问题标题");
    expect(card.horizontal_content_list).toHaveLength(6);
    expect(card.sub_title_text).toContain("字段6: 值6");
    expect(card.button_list).toHaveLength(6);
    for (const b of card.button_list ?? []) expect(Buffer.byteLength(b.key)).toBeLessThanOrEqual(WECOM_CARD_LIMITS.keyBytes);
  });

  it("drops a button whose key cannot be encoded or repeats another", () => {
    expect(encodeButtonKey({ actionId: "a|b", value: "1" })).toBeNull();
    expect(encodeButtonKey({ actionId: "x", value: "汉".repeat(400) })).toBeNull();
    expect(decodeButtonKey("no-separator")).toBeNull();
    expect(decodeButtonKey("deal.show|a|b")).toEqual({ actionId: "deal.show", value: "a|b" });
    const out = renderWecomCard(
      {
        title: "t",
        blocks: [
          {
            type: "actions",
            buttons: [
              { label: "a", actionId: "x", value: "1" },
              { label: "b", actionId: "x", value: "1" },
            ],
          },
        ],
      },
      options,
    );
    expect(out.msgtype === "template_card" && out.template_card.button_list).toHaveLength(1);
  });

  it("sends a digest too long for a template card as markdown instead of cutting it", () => {
    const long: Card = { title: "周报", blocks: [{ type: "text", text: Array.from({ length: 30 }, (_, i) => `• 商机 #${i} 推进到方案报价`).join("\n") }] };
    const out = renderWecomCard(long, options);
    expect(out.msgtype).toBe("markdown");
    if (out.msgtype === "markdown") expect(out.markdown.content).toContain("商机 #29");
  });
});

describe("renderWecomMarkdown", () => {
  it("renders fields, text and a hint of the buttons, neutralizing markdown marks", () => {
    const md = renderWecomMarkdown({ ...dealCard, title: "*bold* <b>" });
    expect(md.split("\n")[0]).toBe("**＊bold＊ ＜b＞**");
    expect(md).toContain('> 金额: <font color="info">¥200,000</font>');
    expect(md).toContain("[赢单]");
  });

  it("cuts by bytes on a character boundary", () => {
    const cut = truncateBytes("汉".repeat(100), 31);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(31);
    expect(cut.endsWith("…")).toBe(true);
    expect(truncateBytes("short", 10)).toBe("short");
  });
});

describe("splitBytes", () => {
  it("splits between lines within the byte budget and loses nothing", () => {
    const text = Array.from({ length: 60 }, (_, i) => `• #${i} 北辰物流 仓储系统 ¥1,200,000`).join("\n");
    const parts = splitBytes(text, 300);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(300);
    expect(parts.join("\n")).toBe(text);
  });
});

describe("renderWecomCardMessages", () => {
  const bytes = { ...options, markdownBytes: 2048 };

  it("sends a card that fits as one template card", () => {
    expect(renderWecomCardMessages(dealCard, bytes)).toEqual([renderWecomCard(dealCard, options)]);
  });

  it("sends a card with buttons and too much text as its markdown, then a card with the title and buttons", () => {
    const long: Card = { ...dealCard, blocks: [{ type: "text", text: "最近活动：".padEnd(400, "电话") }, ...dealCard.blocks] };
    const messages = renderWecomCardMessages(long, bytes);
    expect(messages.map((m) => m.msgtype)).toEqual(["markdown", "template_card"]);
    const [text, card] = messages;
    if (text?.msgtype !== "markdown" || card?.msgtype !== "template_card") throw new Error("unexpected shapes");
    expect(text.markdown.content).toContain("最近活动：".padEnd(400, "电话"));
    expect(text.markdown.content).not.toContain("[赢单]");
    expect(card.template_card.card_type).toBe("button_interaction");
    expect(card.template_card.sub_title_text).toBeUndefined();
    expect(card.template_card.button_list).toHaveLength(3);
  });
});
