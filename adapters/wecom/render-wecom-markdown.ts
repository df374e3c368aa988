import { fitCard } from "../../cards/limits.js";
import { type Card, buttonsOf } from "../../cards/model.js";

/** WeCom markdown messages (app and group robot) hold at most 4,096 bytes; the app's text 2,048. */
export const WECOM_MARKDOWN_BYTES = 4096;

/** Cuts a string to a byte budget on a character boundary, with an ellipsis when cut. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength("…", "utf8");
  let used = 0;
  let out = "";
  for (const char of text) {
    const size = Buffer.byteLength(char, "utf8");
    if (used + size > budget) break;
    used += size;
    out += char;
  }
  return `${out}…`;
}

/**
 * Splits text into messages of at most `maxBytes`, between lines, so a long digest arrives whole in
 * a few messages instead of cut mid-number; a single line longer than a message is broken between
 * characters.
 */
export function splitBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n").flatMap((l) => chunkLine(l, maxBytes))) {
    const joined = current ? `${current}\n${line}` : line;
    if (Buffer.byteLength(joined, "utf8") <= maxBytes) {
      current = joined;
      continue;
    }
    if (current) parts.push(current);
    current = line;
  }
  if (current) parts.push(current);
  return parts;
}

function chunkLine(line: string, maxBytes: number): string[] {
  if (Buffer.byteLength(line, "utf8") <= maxBytes) return [line];
  const chunks: string[] = [];
  let chunk = "";
  for (const char of line) {
    if (Buffer.byteLength(chunk + char, "utf8") > maxBytes) {
      chunks.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

// WeCom markdown has no escape character; neutralize the few marks that would restyle user text.
function plain(text: string): string {
  return text.replace(/[*`<>[\]]/g, (c) => ({ "*": "＊", "`": "'", "<": "＜", ">": "＞", "[": "［", "]": "］" })[c] ?? c);
}

/**
 * Renders a card as WeCom markdown (group robot, app chats, and digests too long for a template
 * card). Buttons cannot be pressed there, so they are listed as a hint of what the app offers.
 */
export function renderWecomMarkdown(card: Card, maxBytes: number = WECOM_MARKDOWN_BYTES, options: { buttonHint?: boolean } = {}): string {
  const fitted = fitCard(card);
  const lines: string[] = [`**${plain(fitted.title)}**`];
  if (fitted.subtitle) lines.push(`<font color="comment">${plain(fitted.subtitle)}</font>`);
  for (const block of fitted.blocks) {
    if (block.type === "fields") lines.push(...block.fields.map((f) => `> ${plain(f.label)}: <font color="info">${plain(f.value)}</font>`));
    if (block.type === "text") lines.push(plain(block.text));
    if (block.type === "divider") lines.push("---");
    if (block.type === "input") lines.push(`${plain(block.input.label)}: ____`);
  }
  const buttons = buttonsOf(fitted);
  if (buttons.length > 0 && options.buttonHint !== false) lines.push(`<font color="comment">${buttons.map((b) => `[${plain(b.label)}]`).join(" ")}</font>`);
  const text = lines.join("\n");
  return Number.isFinite(maxBytes) ? truncateBytes(text, maxBytes) : text;
}
