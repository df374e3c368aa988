import type { Card, CardButton } from "../../cards/model.js";
import { renderPlainText } from "../../cards/render-plain-text.js";

const HAN = /\p{Script=Han}/u;

export interface ChatText {
  text: string;
  /** Choice `firstNumber + i` is `choices[i]`; empty when the card has no buttons. */
  choices: CardButton[];
}

/**
 * One chat message for channels that only carry text (Wechaty): the reply's text, then the card
 * as plain text with numbered choices and a hint on how to pick one.
 */
export function renderChatText(reply: { text?: string; card?: Card }, firstNumber = 1): ChatText {
  const parts: string[] = [];
  if (reply.text) parts.push(reply.text);
  if (!reply.card) return { text: parts.join("\n\n"), choices: [] };
  const rendered = renderPlainText(reply.card, firstNumber);
  parts.push(rendered.text);
  if (rendered.choices.length > 0) parts.push(cardIsChinese(reply.card) ? "（回复数字即可选择）" : "(Reply with a number to choose.)");
  return { text: parts.join("\n\n"), choices: rendered.choices };
}

// Field labels are in the reader's language while values (company names) may not be;
// a card without fields (a question) has its question as the title.
function cardIsChinese(card: Card): boolean {
  const labels = card.blocks.flatMap((b) => (b.type === "fields" ? b.fields.map((f) => f.label) : []));
  return HAN.test(labels.length > 0 ? labels.join(" ") : card.title);
}
