import { describe, expect, it } from "vitest";
import { CARD_LIMITS, fitCard, splitLines, truncate } from "./limits.js";
import { type Card, type CardButton, buttonsOf } from "./model.js";
import { renderPlainText } from "./render-plain-text.js";

const btn = (i: number, extra: Partial<CardButton> = {}): CardButton => ({ label: `B${i}`, actionId: "deal.show", value: `id${i}`, ...extra });
const card = (blocks: Card["blocks"], title = "T"): Card => ({ title, blocks });

describe("truncate", () => {
  it("keeps short text and cuts long text to max characters ending with …", () => {
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("abcd", 3)).toBe("ab…");
    // Counts code points, so an emoji or a Han character is never split.
    expect(truncate("😀😀😀😀", 3)).toBe("😀😀…");
    expect(truncate("华为技术有限公司", 4)).toBe("华为技…");
  });
});

describe("splitLines", () => {
  const lines = Array.from({ length: 30 }, (_, i) => `• #${i + 1} 华为数据中心项目 ¥1,234,567`);

  it("keeps a short text as it is, and breaks a long one between lines only", () => {
    expect(splitLines("a\nb", 10)).toEqual(["a\nb"]);
    const pieces = splitLines(lines.join("\n"), 100);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect([...piece].length).toBeLessThanOrEqual(100);
    expect(pieces.join("\n")).toBe(lines.join("\n"));
  });

  it("shortens only a single line longer than a piece", () => {
    const pieces = splitLines(`short\n${"长".repeat(50)}\nend`, 20);
    expect(pieces).toEqual(["short", `${"长".repeat(19)}…`, "end"]);
  });
});

describe("fitCard", () => {
  it("turns a text longer than a block into several blocks, never cutting a line", () => {
    const text = Array.from({ length: 100 }, (_, i) => `• #${i + 1} Globex Corporation expansion US$500,000 (Amy Chen)`).join("\n");
    const fitted = fitCard({ title: "digest", blocks: [{ type: "text", text }] });
    const texts = fitted.blocks.map((b) => (b.type === "text" ? b.text : ""));
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect([...t].length).toBeLessThanOrEqual(CARD_LIMITS.text);
    expect(texts.join("\n")).toBe(text);
  });

  it("truncates a long title and subtitle with …", () => {
    const fitted = fitCard({ title: "x".repeat(200), subtitle: "s".repeat(3500), blocks: [] });
    expect([...fitted.title]).toHaveLength(CARD_LIMITS.title);
    expect(fitted.title).toBe(`${"x".repeat(127)}…`);
    expect(fitted.subtitle).toBe(`${"s".repeat(2999)}…`);
    const han = fitCard(card([], "华".repeat(300)));
    expect(han.title).toBe(`${"华".repeat(127)}…`);
  });

  it("keeps a title of exactly the limit untouched", () => {
    expect(fitCard(card([], "y".repeat(128))).title).toBe("y".repeat(128));
  });

  it("truncates long text blocks and field labels/values, and drops fields past 10", () => {
    const fitted = fitCard(
      card([
        { type: "text", text: "t".repeat(5000) },
        { type: "fields", fields: Array.from({ length: 12 }, (_, i) => ({ label: `L${i}${"l".repeat(100)}`, value: "v".repeat(1200) })) },
      ]),
    );
    const [text, fields] = fitted.blocks;
    expect(text).toEqual({ type: "text", text: `${"t".repeat(2999)}…` });
    if (fields?.type !== "fields") throw new Error("expected fields");
    expect(fields.fields).toHaveLength(10);
    expect([...fields.fields[0]!.label]).toHaveLength(64);
    expect(fields.fields[0]!.label.endsWith("…")).toBe(true);
    expect(fields.fields[0]!.value).toBe(`${"v".repeat(999)}…`);
  });

  it("keeps at most 6 buttons across all action blocks and drops emptied blocks", () => {
    const fitted = fitCard(
      card([
        { type: "actions", buttons: [1, 2, 3, 4].map((i) => btn(i)) },
        { type: "text", text: "between" },
        { type: "actions", buttons: [5, 6, 7, 8].map((i) => btn(i)) },
        { type: "actions", buttons: [btn(9)] },
      ]),
    );
    expect(buttonsOf(fitted).map((b) => b.label)).toEqual(["B1", "B2", "B3", "B4", "B5", "B6"]);
    expect(fitted.blocks.map((b) => b.type)).toEqual(["actions", "text", "actions"]);
  });

  it("drops a button whose actionId + value is over 1,000 bytes instead of cutting it", () => {
    const fits = "v".repeat(CARD_LIMITS.buttonValue - "deal.show".length);
    const tooBig = `${fits}x`;
    // 3-byte characters: 331 × 3 + 9 = 1002 bytes though only 331 characters.
    const hanTooBig = "华".repeat(331);
    const fitted = fitCard(card([{ type: "actions", buttons: [btn(1, { value: tooBig }), btn(2, { value: fits }), btn(3, { value: hanTooBig }), btn(4)] }]));
    expect(buttonsOf(fitted).map((b) => b.label)).toEqual(["B2", "B4"]);
    expect(buttonsOf(fitted)[0]?.value).toBe(fits);
  });

  it("dropped buttons do not use up the 6-button budget", () => {
    const big = btn(0, { value: "v".repeat(2000) });
    const fitted = fitCard(card([{ type: "actions", buttons: [big, big, ...[1, 2, 3, 4, 5, 6, 7].map((i) => btn(i))] }]));
    expect(buttonsOf(fitted).map((b) => b.label)).toEqual(["B1", "B2", "B3", "B4", "B5", "B6"]);
  });

  it("truncates a long button label but keeps its action and value", () => {
    const fitted = fitCard(card([{ type: "actions", buttons: [btn(1, { label: "L".repeat(50), style: "danger" })] }]));
    expect(buttonsOf(fitted)).toEqual([{ label: `${"L".repeat(39)}…`, actionId: "deal.show", value: "id1", style: "danger" }]);
  });

  it("keeps at most 40 blocks and never mutates its input", () => {
    const input = card(
      Array.from({ length: 45 }, (_, i) => ({ type: "text" as const, text: `b${i}` })),
      "z".repeat(200),
    );
    const copy = structuredClone(input);
    const fitted = fitCard(input);
    expect(fitted.blocks).toHaveLength(40);
    expect(fitted.blocks.at(-1)).toEqual({ type: "text", text: "b39" });
    expect(input).toEqual(copy);
  });
});

describe("renderPlainText", () => {
  it("renders title, fields, text, divider and input, then numbers the buttons across blocks", () => {
    const out = renderPlainText({
      title: "#1 华为",
      subtitle: "sub",
      blocks: [
        { type: "fields", fields: [{ label: "金额", value: "¥200,000" }] },
        { type: "actions", buttons: [btn(1), btn(2)] },
        { type: "divider" },
        { type: "text", text: "line" },
        { type: "input", input: { id: "note", label: "备注", kind: "text" } },
        { type: "actions", buttons: [btn(3)] },
      ],
    });
    expect(out.text).toBe(["【#1 华为】", "sub", "金额: ¥200,000", "──────────", "line", "备注: ____", "[1] B1", "[2] B2", "[3] B3"].join("\n"));
    expect(out.choices.map((c) => c.value)).toEqual(["id1", "id2", "id3"]);
  });

  it("numbers only the buttons that survive the limits, choice N = choices[N-1]", () => {
    const out = renderPlainText(card([{ type: "actions", buttons: [btn(0, { value: "v".repeat(1200) }), ...[1, 2, 3, 4, 5, 6, 7].map((i) => btn(i))] }]));
    expect(out.choices).toHaveLength(6);
    expect(out.text.split("\n").slice(1)).toEqual(["[1] B1", "[2] B2", "[3] B3", "[4] B4", "[5] B5", "[6] B6"]);
    expect(out.choices[5]?.value).toBe("id6");
  });

  it("a card without buttons has no choices", () => {
    expect(renderPlainText(card([{ type: "text", text: "hi" }], "Only"))).toEqual({ text: "【Only】\nhi", choices: [] });
  });
});
