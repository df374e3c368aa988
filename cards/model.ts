/**
 * The platform-neutral card: a small closed tree that every renderer (plain text, Slack
 * Block Kit, WeCom template card, DingTalk card) understands. Buttons carry an action id
 * and a value with record ids only; the bot re-checks permissions when a button is pressed.
 */
export interface Card {
  title: string;
  subtitle?: string;
  blocks: CardBlock[];
}

export type CardBlock =
  | { type: "fields"; fields: CardField[] }
  | { type: "text"; text: string }
  | { type: "divider" }
  | { type: "actions"; buttons: CardButton[] }
  | { type: "input"; input: CardInput };

export interface CardField {
  label: string;
  value: string;
}

export interface CardButton {
  label: string;
  /** Namespaced, e.g. "deal.move-stage". */
  actionId: string;
  value: string;
  style?: "primary" | "danger";
}

export interface CardInput {
  id: string;
  label: string;
  kind: "text" | "number" | "date" | "select";
  placeholder?: string;
  required?: boolean;
  /** Prefilled value (a form opened from a message starts with its text). */
  initial?: string;
  /** A text input that takes several lines. */
  multiline?: boolean;
  options?: { label: string; value: string }[];
}

export function buttonsOf(card: Card): CardButton[] {
  return card.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : []));
}
