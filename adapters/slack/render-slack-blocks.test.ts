import { describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.js";
import { SLACK_LIMITS, fromSlackActionId, renderSlackHome, renderSlackMessage, renderSlackModal } from "./render-slack-blocks.js";

type AnyBlock = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { text: { text: string }; action_id: string; value: string }[];
};
const blocksOf = (card: Card) => renderSlackMessage(card).blocks as unknown as AnyBlock[];
const len = (s: string) => [...s].length;

describe("renderSlackMessage", () => {
  it("renders header, fields, text, divider and buttons with a plain-text fallback", () => {
    const card: Card = {
      title: "#12 Acme",
      subtitle: "Proposal",
      blocks: [
        { type: "fields", fields: [{ label: "Amount", value: "$200,000" }] },
        { type: "text", text: "Called <Acme> & co" },
        { type: "divider" },
        { type: "actions", buttons: [{ label: "Mark won", actionId: "deal.move-stage", value: "d1:won:3", style: "primary" }] },
      ],
    };
    const { text, blocks } = renderSlackMessage(card);
    expect(text).toContain("#12 Acme");
    expect(blocks.map((b) => b.type)).toEqual(["header", "context", "section", "section", "divider", "actions"]);
    // mrkdwn control characters in user text are escaped, not turned into links.
    expect(JSON.stringify(blocks)).toContain("Called &lt;Acme&gt; &amp; co");
    expect((blocks[5] as unknown as AnyBlock).elements?.[0]).toMatchObject({ action_id: "deal.move-stage", value: "d1:won:3", style: "primary" });
  });

  it("leaves user text inert: no mention, link or tag, and no automatic link parsing", () => {
    const card: Card = {
      title: "<@U123> *bold*",
      subtitle: "<!channel>",
      blocks: [
        { type: "fields", fields: [{ label: "Company", value: "<@U123> <a href=x>" }] },
        { type: "text", text: "[link](http://x) <http://evil|click> @here #general" },
        { type: "input", input: { id: "n", label: "<!here>", kind: "text" } },
      ],
    };
    const blocks = JSON.stringify(renderSlackMessage(card).blocks);
    // The header is plain_text (shown as typed); everything Slack parses is a mrkdwn text object.
    const mrkdwn = blocks.match(/\{"type":"mrkdwn"[^}]*\}/g) ?? [];
    expect(mrkdwn).toHaveLength(4);
    for (const text of mrkdwn) {
      for (const active of ["<@", "<!", "<a ", "<http"]) expect(text).not.toContain(active);
      // Verbatim: Slack does not turn http://x, @here or #general into links or mentions either.
      expect(text).toContain('"verbatim":true');
    }
    expect(blocks).toContain("&lt;@U123&gt; &lt;a href=x&gt;");
    expect(blocks).toContain('{"type":"header","text":{"type":"plain_text","text":"<@U123> *bold*"');
  });

  it("keeps at most 50 blocks, ending with a note of what was left out", () => {
    const card: Card = { title: "Long", blocks: Array.from({ length: 80 }, (_, i) => ({ type: "text" as const, text: `line ${i}` })) };
    const blocks = blocksOf(card);
    expect(blocks).toHaveLength(SLACK_LIMITS.messageBlocks);
    expect(blocks.at(-1)?.type).toBe("context");
    // App Home allows 100 blocks: the header and all 80 lines fit.
    expect(renderSlackHome(card).blocks).toHaveLength(81);
  });

  it("truncates section text to 3,000 and field text to 2,000 characters with an ellipsis", () => {
    const card: Card = {
      title: "x".repeat(500),
      blocks: [
        { type: "text", text: "字".repeat(5000) },
        { type: "fields", fields: Array.from({ length: 14 }, (_, i) => ({ label: `f${i}`, value: "v".repeat(4000) })) },
      ],
    };
    const blocks = blocksOf(card);
    expect(len(blocks[0]!.text!.text)).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    const section = blocks[1]!.text!.text;
    expect(len(section)).toBe(SLACK_LIMITS.sectionText);
    expect(section.endsWith("…")).toBe(true);
    // 14 fields become two sections (at most 10 fields each), every field within its limit.
    const fieldSections = blocks.filter((b) => b.fields);
    expect(fieldSections.map((b) => b.fields!.length)).toEqual([10, 4]);
    for (const f of fieldSections.flatMap((b) => b.fields!)) expect(len(f.text)).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
    expect(len(renderSlackMessage(card).text)).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });

  it("limits buttons: 75-character labels, 25 per actions block, unique action ids, oversized values dropped", () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({
      label: `${"Move to a very long stage name ".repeat(4)}${i}`,
      actionId: "deal.move-stage",
      value: `d:${i}`,
    }));
    buttons.push({ label: "too big", actionId: "deal.move-stage", value: "x".repeat(2001) });
    const blocks = blocksOf({ title: "Buttons", blocks: [{ type: "actions", buttons }] });
    const actions = blocks.filter((b) => b.type === "actions");
    expect(actions.map((b) => b.elements!.length)).toEqual([25, 5]);
    const elements = actions.flatMap((b) => b.elements!);
    expect(elements.every((e) => len(e.text.text) <= SLACK_LIMITS.buttonText)).toBe(true);
    expect(elements.some((e) => e.value.length > SLACK_LIMITS.buttonValue)).toBe(false);
    const ids = elements.map((e) => e.action_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map(fromSlackActionId))).toEqual(new Set(["deal.move-stage"]));
  });
});

describe("renderSlackModal", () => {
  it("turns a form card into a modal with one input block per input, titles cut to 24 characters", () => {
    const card: Card = {
      title: "A form title far longer than Slack allows",
      blocks: [
        { type: "input", input: { id: "company", label: "Company", kind: "text", required: true, initial: "Acme" } },
        { type: "input", input: { id: "summary", label: "Notes", kind: "text", multiline: true } },
        { type: "input", input: { id: "stage", label: "Stage", kind: "select", options: [{ label: "Lead", value: "lead" }], initial: "lead" } },
        { type: "input", input: { id: "when", label: "When", kind: "date" } },
      ],
    };
    const view = renderSlackModal(card, { callbackId: "crm_form", privateMetadata: '{"formId":"x"}', submit: "Submit", close: "Cancel" });
    expect([...view.title.text].length).toBeLessThanOrEqual(24);
    expect(view.blocks.map((b) => [b.type, "block_id" in b ? b.block_id : undefined])).toEqual([
      ["input", "company"],
      ["input", "summary"],
      ["input", "stage"],
      ["input", "when"],
    ]);
    expect(JSON.stringify(view.blocks)).toContain('"initial_value":"Acme"');
    expect(JSON.stringify(view.blocks)).toContain('"multiline":true');
    expect(JSON.stringify(view.blocks)).toContain('"initial_option"');
    expect(JSON.stringify(view.blocks)).toContain('"datepicker"');
    expect(() => renderSlackModal(card, { callbackId: "c", privateMetadata: "x".repeat(3001), submit: "s", close: "c" })).toThrow();
  });
});
