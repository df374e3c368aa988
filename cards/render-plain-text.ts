import { fitCard } from "./limits.js";
import { type Card, type CardButton, buttonsOf } from "./model.js";

export interface PlainTextCard {
  text: string;
  /** The card's buttons in display order; choice `firstNumber + i` is `choices[i]`. */
  choices: CardButton[];
}

/**
 * Renders a card for channels without cards (terminal, Wechaty): buttons become numbered choices,
 * from `firstNumber` on (a second card of one answer goes on from the first's numbers).
 */
export function renderPlainText(card: Card, firstNumber = 1): PlainTextCard {
  const fitted = fitCard(card);
  const lines: string[] = [`【${fitted.title}】`];
  if (fitted.subtitle) lines.push(fitted.subtitle);
  const choices = buttonsOf(fitted);
  for (const block of fitted.blocks) {
    if (block.type === "fields") lines.push(...block.fields.map((f) => `${f.label}: ${f.value}`));
    if (block.type === "text") lines.push(block.text);
    if (block.type === "divider") lines.push("──────────");
    if (block.type === "input") lines.push(`${block.input.label}: ____`);
  }
  choices.forEach((button, index) => lines.push(`[${index + firstNumber}] ${button.label}`));
  return { text: lines.join("\n"), choices };
}
