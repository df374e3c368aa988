import type { types as Slack } from "@slack/bolt";
import { truncate } from "../../cards/limits.js";
import type { Card, CardBlock, CardButton, CardInput } from "../../cards/model.js";
import { renderPlainText } from "../../cards/render-plain-text.js";

/** Block Kit limits (docs.slack.dev/reference/block-kit): exceeding any makes Slack reject the whole message. */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextText: 2000,
  elementsPerActions: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  viewTitle: 24,
  inputLabel: 2000,
  placeholder: 150,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  fallbackText: 3000,
  privateMetadata: 3000,
} as const;

export interface SlackMessage {
  /** Notification and screen-reader text; Slack wants it next to blocks. */
  text: string;
  blocks: Slack.KnownBlock[];
}

/**
 * Several buttons of one card may share our action id (three stage buttons are all "deal.move-stage"),
 * but Slack wants action ids unique within a block: repeats get "#2", "#3"… which inbound strips again.
 */
export function toSlackActionId(actionId: string, occurrence: number): string {
  return occurrence <= 1 ? actionId : `${actionId}#${occurrence}`;
}

export function fromSlackActionId(actionId: string): string {
  return actionId.replace(/#\d+$/, "");
}

/** A card as a chat message: header, fields, text, buttons; inputs show as blanks (forms open as modals). */
export function renderSlackMessage(card: Card): SlackMessage {
  return { text: truncate(renderPlainText(card).text, SLACK_LIMITS.fallbackText), blocks: cardBlocks(card, SLACK_LIMITS.messageBlocks, false) };
}

/** The App Home tab (up to 100 blocks). */
export function renderSlackHome(card: Card): Slack.HomeView {
  return { type: "home", blocks: cardBlocks(card, SLACK_LIMITS.viewBlocks, false) };
}

export interface ModalOptions {
  callbackId: string;
  /** Round-trips to the submission (which form, where to answer); at most 3,000 characters. */
  privateMetadata: string;
  submit: string;
  close: string;
}

/** A form card as a modal: each input becomes an input block whose block_id is the input id. */
export function renderSlackModal(card: Card, options: ModalOptions): Slack.ModalView {
  if (options.privateMetadata.length > SLACK_LIMITS.privateMetadata) throw new Error("private_metadata over 3,000 characters");
  return {
    type: "modal",
    callback_id: options.callbackId,
    private_metadata: options.privateMetadata,
    title: plain(card.title, SLACK_LIMITS.viewTitle),
    submit: plain(options.submit, SLACK_LIMITS.viewTitle),
    close: plain(options.close, SLACK_LIMITS.viewTitle),
    blocks: cardBlocks({ ...card, title: "" }, SLACK_LIMITS.viewBlocks, true),
  };
}

function cardBlocks(card: Card, maxBlocks: number, inputsAsFields: boolean): Slack.KnownBlock[] {
  const blocks: Slack.KnownBlock[] = [];
  if (card.title) blocks.push({ type: "header", text: plain(card.title, SLACK_LIMITS.headerText) });
  if (card.subtitle) blocks.push({ type: "context", elements: [mrkdwn(truncate(escape(card.subtitle), SLACK_LIMITS.contextText))] });
  const seen = new Map<string, number>();
  for (const block of card.blocks) blocks.push(...renderBlock(block, inputsAsFields, seen));
  if (blocks.length <= maxBlocks) return blocks;
  // Keep room for a last line saying how much was left out rather than failing the whole message.
  const kept = blocks.slice(0, maxBlocks - 1);
  kept.push({ type: "context", elements: [{ type: "mrkdwn", text: `… +${blocks.length - kept.length}` }] });
  return kept;
}

function renderBlock(block: CardBlock, inputs: boolean, seen: Map<string, number>): Slack.KnownBlock[] {
  switch (block.type) {
    case "text":
      return [{ type: "section", text: mrkdwn(truncate(escape(block.text), SLACK_LIMITS.sectionText)) }];
    case "divider":
      return [{ type: "divider" }];
    case "fields":
      return chunk(block.fields, SLACK_LIMITS.fieldsPerSection).map((fields) => ({
        type: "section" as const,
        fields: fields.map((f) => mrkdwn(truncate(`*${escape(f.label)}*\n${escape(f.value)}`, SLACK_LIMITS.fieldText))),
      }));
    case "actions": {
      const buttons = block.buttons.filter((b) => b.value.length <= SLACK_LIMITS.buttonValue).map((b) => button(b, seen));
      return chunk(buttons, SLACK_LIMITS.elementsPerActions).map((elements) => ({ type: "actions" as const, elements }));
    }
    case "input":
      return inputs
        ? [inputBlock(block.input)]
        : [{ type: "section", text: mrkdwn(truncate(`*${escape(block.input.label)}*: ____`, SLACK_LIMITS.sectionText)) }];
  }
}

// A value cannot be shortened without breaking the action, so an oversized one drops its button (above).
function button(b: CardButton, seen: Map<string, number>): Slack.Button {
  const occurrence = (seen.get(b.actionId) ?? 0) + 1;
  seen.set(b.actionId, occurrence);
  return {
    type: "button",
    text: plain(b.label, SLACK_LIMITS.buttonText),
    action_id: toSlackActionId(b.actionId, occurrence).slice(0, SLACK_LIMITS.actionId),
    value: b.value,
    ...(b.style ? { style: b.style } : {}),
  };
}

function inputBlock(input: CardInput): Slack.InputBlock {
  const placeholder = input.placeholder ? { placeholder: plain(input.placeholder, SLACK_LIMITS.placeholder) } : {};
  return {
    type: "input",
    block_id: input.id,
    label: plain(input.label, SLACK_LIMITS.inputLabel),
    optional: input.required !== true,
    element: inputElement(input, placeholder),
  };
}

function inputElement(input: CardInput, placeholder: { placeholder?: Slack.PlainTextElement }): Slack.InputBlock["element"] {
  const initial = input.initial;
  switch (input.kind) {
    case "number":
      return { type: "number_input", action_id: "value", is_decimal_allowed: true, ...placeholder, ...(initial ? { initial_value: initial } : {}) };
    case "date":
      return { type: "datepicker", action_id: "value", ...placeholder, ...(initial && /^\d{4}-\d{2}-\d{2}$/.test(initial) ? { initial_date: initial } : {}) };
    case "select": {
      const options = (input.options ?? [])
        .slice(0, SLACK_LIMITS.selectOptions)
        .filter((o) => o.value.length <= SLACK_LIMITS.optionValue)
        .map((o) => ({ text: plain(o.label, SLACK_LIMITS.optionText), value: o.value }));
      const chosen = options.find((o) => o.value === initial);
      return { type: "static_select", action_id: "value", options, ...placeholder, ...(chosen ? { initial_option: chosen } : {}) };
    }
    default:
      return {
        type: "plain_text_input",
        action_id: "value",
        multiline: input.multiline === true,
        ...placeholder,
        ...(initial ? { initial_value: initial } : {}),
      };
  }
}

function plain(text: string, max: number): Slack.PlainTextElement {
  // Slack rejects empty plain_text; a blank label becomes a visible dash.
  return { type: "plain_text", text: truncate(text.trim() || "-", max), emoji: true };
}

/**
 * Card text as mrkdwn, verbatim: Slack's own formatting (*bold*) still applies, but nothing in the
 * text is turned into a link or a mention by Slack's automatic parsing (a URL, "#general", "@here"
 * typed into a web form); with escape() below, card text can hold no active markup at all.
 */
function mrkdwn(text: string): Slack.MrkdwnElement {
  return { type: "mrkdwn", text, verbatim: true };
}

/** mrkdwn treats &, < and > as control characters (links, mentions); user text must not trigger them. */
export function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
