import { fitCard, truncate } from "../../cards/limits.js";
import { type Card, type CardButton, buttonsOf } from "../../cards/model.js";
import { renderWecomMarkdown, splitBytes } from "./render-wecom-markdown.js";

/**
 * WeCom template card limits (developer.work.weixin.qq.com/document/path/90236): at most 6
 * buttons and 6 horizontal_content rows, button keys up to 1,024 bytes, task_id up to 128 bytes
 * of [A-Za-z0-9_-@]. Text lengths are WeCom's display recommendations; longer text is cut by the
 * client, so we cut it ourselves with an ellipsis.
 */
export const WECOM_CARD_LIMITS = {
  title: 36,
  desc: 44,
  subTitle: 160,
  rows: 6,
  keyname: 10,
  value: 30,
  buttons: 6,
  buttonText: 20,
  keyBytes: 1024,
  taskIdBytes: 128,
} as const;

export interface WecomTemplateCard {
  card_type: "button_interaction" | "text_notice";
  task_id: string;
  main_title: { title: string; desc?: string };
  sub_title_text?: string;
  horizontal_content_list?: { keyname: string; value: string }[];
  button_list?: { text: string; style: number; key: string }[];
  card_action?: { type: 1; url: string };
  replace_text?: string;
}

export type WecomCardMessage = { msgtype: "template_card"; template_card: WecomTemplateCard } | { msgtype: "markdown"; markdown: { content: string } };

export interface RenderWecomOptions {
  /** Unique per post; WeCom refuses a task_id it has seen from this app. */
  taskId: string;
  /** text_notice cards must open a link when tapped. */
  cardUrl: string;
  /** Overflowing digests become markdown unless a template card is required (updating a card in place). */
  allowMarkdown?: boolean;
}

const KEY_SEPARATOR = "|";

/** A button key carries our action id and value, so a click needs no server-side lookup. */
export function encodeButtonKey(button: Pick<CardButton, "actionId" | "value">): string | null {
  if (button.actionId.length === 0 || button.actionId.includes(KEY_SEPARATOR)) return null;
  const key = `${button.actionId}${KEY_SEPARATOR}${button.value}`;
  return Buffer.byteLength(key, "utf8") <= WECOM_CARD_LIMITS.keyBytes ? key : null;
}

export function decodeButtonKey(key: string): { actionId: string; value: string } | null {
  const at = key.indexOf(KEY_SEPARATOR);
  if (at <= 0) return null;
  return { actionId: key.slice(0, at), value: key.slice(at + 1) };
}

/**
 * Renders a neutral card for WeCom: `button_interaction` when it has buttons, `text_notice` for
 * digests and alerts. A card without buttons whose content does not fit a template card is sent
 * as markdown instead, so nothing is cut from a digest.
 */
export function renderWecomCard(card: Card, options: RenderWecomOptions): WecomCardMessage {
  const fitted = fitCard(card);
  const buttons = wecomButtons(buttonsOf(fitted));
  // A long title (a question, say) is kept whole in the text below its shortened headline.
  const content = cardContent(withLongTitle(fitted));
  if (buttons.length === 0 && content.overflow && options.allowMarkdown !== false)
    return { msgtype: "markdown", markdown: { content: renderWecomMarkdown(card) } };
  const base = {
    task_id: options.taskId,
    main_title: {
      title: truncate(fitted.title, WECOM_CARD_LIMITS.title),
      ...(fitted.subtitle ? { desc: truncate(fitted.subtitle, WECOM_CARD_LIMITS.desc) } : {}),
    },
    ...(content.subTitle ? { sub_title_text: content.subTitle } : {}),
    ...(content.rows.length > 0 ? { horizontal_content_list: content.rows } : {}),
  };
  const template_card: WecomTemplateCard =
    buttons.length > 0
      ? { card_type: "button_interaction", ...base, button_list: buttons }
      : { card_type: "text_notice", ...base, card_action: { type: 1, url: options.cardUrl } };
  return { msgtype: "template_card", template_card };
}

/**
 * The messages that carry a card to a member whole. A card that fits is one message. Markdown
 * too long for one message is split between lines. A card with buttons whose text does not fit a
 * template card (a digest with "Open deal" buttons) becomes its full text as markdown, then a
 * template card holding the title and the buttons: the last message is the one that can be pressed.
 */
export function renderWecomCardMessages(card: Card, options: RenderWecomOptions & { markdownBytes: number }): WecomCardMessage[] {
  const rendered = renderWecomCard(card, options);
  const markdown = (text: string): WecomCardMessage[] =>
    splitBytes(text, options.markdownBytes).map((content) => ({ msgtype: "markdown", markdown: { content } }));
  if (rendered.msgtype === "markdown") return markdown(renderWecomMarkdown(card, Number.POSITIVE_INFINITY));
  const fitted = fitCard(card);
  if (!rendered.template_card.button_list || !cardContent(withLongTitle(fitted)).overflow) return [rendered];
  const buttonsOnly: Card = {
    title: fitted.title,
    ...(fitted.subtitle ? { subtitle: fitted.subtitle } : {}),
    blocks: fitted.blocks.filter((b) => b.type === "actions"),
  };
  return [...markdown(renderWecomMarkdown(card, Number.POSITIVE_INFINITY, { buttonHint: false })), renderWecomCard(buttonsOnly, options)];
}

function withLongTitle(card: Card): Card {
  return [...card.title].length > WECOM_CARD_LIMITS.title ? { ...card, blocks: [{ type: "text", text: card.title }, ...card.blocks] } : card;
}

function wecomButtons(buttons: CardButton[]): NonNullable<WecomTemplateCard["button_list"]> {
  const seen = new Set<string>();
  const list: NonNullable<WecomTemplateCard["button_list"]> = [];
  for (const button of buttons) {
    const key = encodeButtonKey(button);
    // WeCom refuses a card whose keys repeat; a key that cannot be encoded cannot work when pressed.
    if (!key || seen.has(key) || list.length >= WECOM_CARD_LIMITS.buttons) continue;
    seen.add(key);
    // Styles 1–4: 1 is the highlighted (blue) button, 3 the red one, 2 plain.
    const style = button.style === "primary" ? 1 : button.style === "danger" ? 3 : 2;
    list.push({ text: truncate(button.label, WECOM_CARD_LIMITS.buttonText), style, key });
  }
  return list;
}

/** Up to six label/value rows; further fields and text blocks go to the sub-title text. */
function cardContent(card: Card): { rows: { keyname: string; value: string }[]; subTitle?: string; overflow: boolean } {
  const rows: { keyname: string; value: string }[] = [];
  const lines: string[] = [];
  let overflow = false;
  for (const block of card.blocks) {
    if (block.type === "fields") {
      for (const field of block.fields) {
        if (rows.length < WECOM_CARD_LIMITS.rows) {
          // A shortened label is cosmetic; a shortened value loses information.
          overflow ||= [...field.value].length > WECOM_CARD_LIMITS.value;
          rows.push({ keyname: truncate(field.label, WECOM_CARD_LIMITS.keyname), value: truncate(field.value, WECOM_CARD_LIMITS.value) });
        } else {
          lines.push(`${field.label}: ${field.value}`);
        }
      }
    }
    if (block.type === "text") lines.push(block.text);
    if (block.type === "input") lines.push(`${block.input.label}: ____`);
  }
  const text = lines.join("\n");
  overflow ||= [...text].length > WECOM_CARD_LIMITS.subTitle;
  return { rows, ...(text ? { subTitle: truncate(text, WECOM_CARD_LIMITS.subTitle) } : {}), overflow };
}
