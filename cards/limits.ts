import type { Card, CardBlock, CardButton, CardField } from "./model.js";

/**
 * The strictest limits across the platforms we render to, so a card that passes here
 * renders everywhere: WeCom button keys are 1,024 bytes and at most 6 buttons;
 * Slack sections hold 3,000 characters and buttons 75; DingTalk titles stay short.
 */
export const CARD_LIMITS = {
  title: 128,
  text: 3000,
  fieldLabel: 64,
  fieldValue: 1000,
  fieldsPerBlock: 10,
  buttonLabel: 40,
  buttonValue: 1000,
  buttonsPerCard: 6,
  blocks: 40,
} as const;

/** Fields as as many blocks as they need: a fields block holds at most CARD_LIMITS.fieldsPerBlock (fitCard drops the rest). */
export function fieldBlocks(fields: CardField[]): CardBlock[] {
  return Array.from({ length: Math.ceil(fields.length / CARD_LIMITS.fieldsPerBlock) }, (_, i) => ({
    type: "fields" as const,
    fields: fields.slice(i * CARD_LIMITS.fieldsPerBlock, (i + 1) * CARD_LIMITS.fieldsPerBlock),
  }));
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** Trims a card to the limits instead of failing: long texts get an ellipsis, extra buttons are dropped. */
export function fitCard(card: Card): Card {
  let buttonsLeft: number = CARD_LIMITS.buttonsPerCard;
  const blocks: CardBlock[] = [];
  // A long text becomes several blocks split between lines, so no line is cut mid-number.
  const split = card.blocks.flatMap((block): CardBlock[] =>
    block.type === "text" ? splitLines(block.text, CARD_LIMITS.text).map((text) => ({ type: "text" as const, text })) : [block],
  );
  for (const block of split.slice(0, CARD_LIMITS.blocks)) {
    const fitted = fitBlock(block, buttonsLeft);
    if (!fitted) continue;
    if (fitted.type === "actions") buttonsLeft -= fitted.buttons.length;
    blocks.push(fitted);
  }
  return {
    title: truncate(card.title, CARD_LIMITS.title),
    ...(card.subtitle ? { subtitle: truncate(card.subtitle, CARD_LIMITS.text) } : {}),
    blocks,
  };
}

/** Pieces of at most `max` characters, broken between lines; only a single longer line is shortened. */
export function splitLines(text: string, max: number): string[] {
  if ([...text].length <= max) return [text];
  const pieces: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const raw of text.split("\n")) {
    const line = truncate(raw, max);
    const length = [...line].length;
    if (current.length > 0 && size + 1 + length > max) {
      pieces.push(current.join("\n"));
      current = [];
      size = 0;
    }
    size += (current.length > 0 ? 1 : 0) + length;
    current.push(line);
  }
  if (current.length > 0) pieces.push(current.join("\n"));
  return pieces;
}

function fitBlock(block: CardBlock, buttonsLeft: number): CardBlock | null {
  switch (block.type) {
    case "text":
      return { type: "text", text: truncate(block.text, CARD_LIMITS.text) };
    case "fields":
      return {
        type: "fields",
        fields: block.fields.slice(0, CARD_LIMITS.fieldsPerBlock).map((f) => ({
          label: truncate(f.label, CARD_LIMITS.fieldLabel),
          value: truncate(f.value, CARD_LIMITS.fieldValue),
        })),
      };
    case "actions": {
      const buttons = block.buttons.filter(valueFits).slice(0, buttonsLeft).map(fitButton);
      return buttons.length > 0 ? { type: "actions", buttons } : null;
    }
    default:
      return block;
  }
}

// A value cannot be shortened without breaking the action, so an oversized one drops the button.
function valueFits(button: CardButton): boolean {
  return Buffer.byteLength(button.actionId + button.value, "utf8") <= CARD_LIMITS.buttonValue;
}

function fitButton(button: CardButton): CardButton {
  return { ...button, label: truncate(button.label, CARD_LIMITS.buttonLabel) };
}
