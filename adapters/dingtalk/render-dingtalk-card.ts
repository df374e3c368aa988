import { fitCard } from "../../cards/limits.js";
import { type Card, type CardButton, buttonsOf } from "../../cards/model.js";

/**
 * DingTalk renderings of a neutral card:
 * - `standardCardData`: the robot interactive card (cardTemplateId "StandardCard"). Its buttons use
 *   actionType "request", so a press is called back to us (HTTP card callback or Stream card topic)
 *   with the button id in cardPrivateData.actionIds; the id carries our action id and value.
 * - `cardMarkdown`: markdown for channels that cannot call back (custom group robot webhook).
 */

const BUTTON_PREFIX = "crm_";

/** A button id that carries the neutral action: "crm_" + base64url(JSON [actionId, value]). */
export function encodeButtonId(button: Pick<CardButton, "actionId" | "value">): string {
  return BUTTON_PREFIX + Buffer.from(JSON.stringify([button.actionId, button.value]), "utf8").toString("base64url");
}

/** The action a pressed button stands for; undefined for ids we did not make. */
export function decodeButtonId(id: string): { actionId: string; value: string } | undefined {
  if (!id.startsWith(BUTTON_PREFIX)) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(id.slice(BUTTON_PREFIX.length), "base64url").toString("utf8"));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === "string" && typeof decoded[1] === "string") {
      return { actionId: decoded[0], value: decoded[1] };
    }
  } catch {
    // Not JSON: not one of ours.
  }
  return undefined;
}

type Content = Record<string, unknown>;

/** The cardData JSON object of a StandardCard (sent as a JSON string). */
export function standardCardData(card: Card, leadText?: string): Record<string, unknown> {
  const fitted = fitCard(card);
  const contents: Content[] = [];
  let n = 0;
  const id = (kind: string) => `${kind}_${n++}`;
  if (leadText) contents.push({ type: "markdown", text: escapeMarkdown(leadText), id: id("lead") });
  if (fitted.subtitle) contents.push({ type: "text", text: fitted.subtitle, id: id("subtitle") });
  for (const block of fitted.blocks) {
    switch (block.type) {
      case "fields":
        contents.push({
          type: "markdown",
          text: block.fields.map((f) => `**${escapeMarkdown(f.label)}**: ${escapeMarkdown(f.value)}`).join("  \n"),
          id: id("fields"),
        });
        break;
      case "text":
        contents.push({ type: "markdown", text: escapeMarkdown(block.text), id: id("text") });
        break;
      case "divider":
        contents.push({ type: "divider", id: id("divider") });
        break;
      case "input":
        // StandardCard has no form inputs; show the field so the person knows what to type instead.
        contents.push({ type: "text", text: `${block.input.label}: ____`, id: id("input") });
        break;
      case "actions":
        contents.push({
          type: "action",
          id: id("actions"),
          actions: block.buttons.map((button) => ({
            type: "button",
            id: encodeButtonId(button),
            label: { type: "text", text: button.label, id: id("label") },
            actionType: "request",
            status: button.style === "danger" ? "warning" : button.style === "primary" ? "primary" : "normal",
          })),
        });
        break;
    }
  }
  return {
    config: { autoLayout: true, enableForward: false },
    header: { title: { type: "text", text: fitted.title } },
    contents,
  };
}

/** Markdown for the custom robot webhook: buttons cannot call back there, so they are listed as text. */
export function cardMarkdown(card: Card, leadText?: string): { title: string; text: string } {
  const fitted = fitCard(card);
  const lines: string[] = [];
  if (leadText) lines.push(escapeMarkdown(leadText), "");
  lines.push(`### ${escapeMarkdown(fitted.title)}`);
  if (fitted.subtitle) lines.push(escapeMarkdown(fitted.subtitle));
  for (const block of fitted.blocks) {
    if (block.type === "fields") lines.push(...block.fields.map((f) => `- **${escapeMarkdown(f.label)}**: ${escapeMarkdown(f.value)}`));
    if (block.type === "text") lines.push("", escapeMarkdown(block.text));
    if (block.type === "divider") lines.push("", "---");
    if (block.type === "input") lines.push(`- ${escapeMarkdown(block.input.label)}: ____`);
  }
  const buttons = buttonsOf(fitted);
  if (buttons.length > 0) lines.push("", buttons.map((b) => `【${escapeMarkdown(b.label)}】`).join(" "));
  return { title: fitted.title, text: lines.join("\n") };
}

// DingTalk markdown treats a leading "#", "-" or ">" as structure and "*" / "_" as emphasis, and it
// renders some HTML (<font>, <a>): angle brackets become full-width ones, as in WeCom markdown, so
// user text (a lead posted from a web form) can open neither a tag nor a quote.
function escapeMarkdown(text: string): string {
  return text
    .replace(/[<>]/g, (c) => (c === "<" ? "＜" : "＞"))
    .replace(/([\\*_`[\]])/g, "\\$1")
    .replace(/^(#|-)/gm, "\\$1");
}
