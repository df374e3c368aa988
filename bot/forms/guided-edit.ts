import type { Card, CardButton, CardInput } from "../../cards/model.js";
import type { TurnContext } from "../context.js";
import { AWAIT_TEXT_KIND, type AwaitedText, awaitText } from "../flows/await-text.js";
import { F, GuidedM } from "../i18n/form-messages.js";
import { calendarDayOf, calendarDayText, momentMeant } from "../parse/calendar-day.js";
import { parseSentence } from "../parse/parse-sentence.js";
import type { Reply } from "../types.js";
import type { FormValues } from "./form.js";
import { findForm, readFormRef, submitForm } from "./registry.js";

/** Pressing a field's button on a guided-edit card; value "<form ref>|<input id>[|<option value>]". */
export const FORM_FIELD_ACTION = "form.field";

/** The card's buttons stop here (the card limit); the other fields are picked by typing their number or name. */
const FIELD_BUTTONS = 6;
/** Typing a field's number or name answers the card for a short while only: later, "2 calls today" is a new message. */
const PICK_MS = 10 * 60_000;
const CLEAR = new Set(["-", "—", "无", "清空", "none", "clear"]);

/**
 * The Edit button on a channel without modals (WeCom, DingTalk, Wechaty, the terminal): the same
 * form as Slack's modal, asked one field at a time. The card shows the current values; a field's
 * button (or its number or name typed, with or without the new value) asks for the value; the
 * answer is saved through the form's own submit, so validation, the version check against the card
 * the editor pressed and the audit are the modal's.
 */
export async function guidedEditCard(ctx: TurnContext, ref: string): Promise<Reply[]> {
  const inputs = await formInputs(ctx, ref);
  if (!inputs) return [{ text: F.unknownForm[ctx.locale] }];
  const { title } = inputs;
  const card: Card = {
    title,
    blocks: [
      { type: "fields", fields: inputs.list.map((input, i) => ({ label: `${i + 1}. ${input.label}`, value: shown(input) })) },
      { type: "text", text: GuidedM.pickField[ctx.locale](inputs.list[1]?.label ?? inputs.list[0]!.label) },
      {
        type: "actions",
        buttons: inputs.list
          .slice(0, FIELD_BUTTONS)
          .map((input): CardButton => ({ label: input.label, actionId: FORM_FIELD_ACTION, value: `${ref}|${input.id}` })),
      },
    ],
  };
  await askFor(ctx, { ref }, PICK_MS);
  return [{ card }];
}

/** A field's button: a select offers its options as buttons; any other field asks for the value as text. */
export async function askField(ctx: TurnContext, ref: string, inputId: string): Promise<Reply[]> {
  const inputs = await formInputs(ctx, ref);
  const input = inputs?.list.find((i) => i.id === inputId);
  if (!inputs || !input) return [{ text: F.unknownForm[ctx.locale] }];
  if (input.kind === "select" && input.options) {
    const buttons = input.options.map((o) => ({ label: o.label, actionId: FORM_FIELD_ACTION, value: `${ref}|${input.id}|${o.value}` }));
    return [{ card: { title: `${inputs.title} · ${input.label}`, subtitle: GuidedM.now[ctx.locale](shown(input)), blocks: [{ type: "actions", buttons }] } }];
  }
  await askFor(ctx, { ref, inputId });
  return [{ text: GuidedM.askValue[ctx.locale](input.label, inputs.title, shown(input), !input.required) }];
}

/**
 * The typed answer to a guided edit. Without a field yet, the text must start with a field's number
 * or name ("2 600k", "amount 600k", "金额 60万"); anything else is not an answer (null), so a sentence
 * the rep types meanwhile is handled as usual.
 */
export async function answerGuidedEdit(ctx: TurnContext, what: { ref: string; inputId?: string }, text: string): Promise<Reply[] | null> {
  const inputs = await formInputs(ctx, what.ref);
  if (!inputs) return [{ text: F.unknownForm[ctx.locale] }];
  // The answer may name another field instead ("等级 B" while the status was asked): that one is meant.
  const picked = pickField(inputs.list, text);
  const asked = what.inputId ? inputs.list.find((i) => i.id === what.inputId) : undefined;
  if (picked && picked.value && (!asked || picked.input.id !== asked.id || isNaturalValue(picked.input, text))) {
    return saveField(ctx, what.ref, inputs.list, picked.input, picked.value);
  }
  if (asked) return saveField(ctx, what.ref, inputs.list, asked, text);
  if (!picked) return null;
  return askField(ctx, what.ref, picked.input.id);
}

/** "金额 60万" for the amount asked is the amount's name and value; "标签 重点" for the tags asked is a name and a tag too. */
function isNaturalValue(input: CardInput, text: string): boolean {
  return input.kind !== "text" || pickField([input], text) !== null;
}

/**
 * A sentence or a question typed while a value was asked ("跟华为的张总通了电话…", "what stage is it?") is
 * not a bad value: it is a message of its own. Short answers that do not fit still get the field's error.
 */
function looksLikeMessage(text: string): boolean {
  const t = text.trim();
  return /[?？]$/u.test(t) || /[，。！!；;]/u.test(t) || [...t].length > 40 || t.split(/\s+/u).length > 6;
}

/** Whether the text starts with one of the form's fields (by number or name): only then does it answer the edit card. */
export async function namesGuidedField(ctx: TurnContext, ref: string, text: string): Promise<boolean> {
  const inputs = await formInputs(ctx, ref).catch(() => null);
  return inputs !== null && pickField(inputs.list, text) !== null;
}

/** An option's button on a select field: saved at once. */
export async function chooseOption(ctx: TurnContext, ref: string, inputId: string, option: string): Promise<Reply[]> {
  const inputs = await formInputs(ctx, ref);
  const input = inputs?.list.find((i) => i.id === inputId);
  if (!inputs || !input) return [{ text: F.unknownForm[ctx.locale] }];
  return (await saveField(ctx, ref, inputs.list, input, option)) ?? [{ text: F.unknownForm[ctx.locale] }];
}

/** One guided-edit question per person: a newer card or field question replaces the earlier one. */
async function askFor(ctx: TurnContext, what: { ref: string; inputId?: string }, ttlMs?: number): Promise<void> {
  await ctx.pending.closeOpen<AwaitedText>(ctx.actor.userId, AWAIT_TEXT_KIND, (p) => p.purpose === "form.edit");
  await awaitText(ctx, { purpose: "form.edit", ...what }, ttlMs);
}

async function saveField(ctx: TurnContext, ref: string, list: CardInput[], input: CardInput, typed: string): Promise<Reply[] | null> {
  const value = valueFor(ctx, input, typed.trim());
  const error = value === null ? notUnderstood(ctx, input) : findForm(ref)?.validate({ ...currentValues(list), [input.id]: value }, ctx.locale)[input.id];
  // A whole sentence that does not fit the field was not meant as its value: handled as a message.
  if ((error || value === null) && looksLikeMessage(typed)) return null;
  if (error || value === null) {
    // Nothing is lost: the question stays open for a corrected answer.
    await askFor(ctx, { ref, inputId: input.id });
    return [{ text: GuidedM.tryAgain[ctx.locale](input.label, error ?? "") }];
  }
  return submitForm(ctx, ref, { ...currentValues(list), [input.id]: value });
}

/** The typed text as the form input's value; null when it cannot be one. */
function valueFor(ctx: TurnContext, input: CardInput, typed: string): string | null {
  if (CLEAR.has(typed.toLowerCase())) return input.required ? null : "";
  if (input.kind === "select") {
    const lower = typed.toLowerCase();
    const options = input.options ?? [];
    const exact = options.find((o) => o.value.toLowerCase() === lower || o.label.toLowerCase() === lower);
    // "风险" for 风险客户, "risk" for At risk: a part that names one option only.
    const partial = options.filter((o) => lower.length >= 2 && (o.label.toLowerCase().includes(lower) || o.value.toLowerCase().includes(lower)));
    return exact?.value ?? (partial.length === 1 ? partial[0]!.value : null);
  }
  if (input.kind === "date") return dayOf(ctx, typed, input.id === "startsAt");
  return typed;
}

function notUnderstood(ctx: TurnContext, input: CardInput): string {
  if (input.kind === "select") return GuidedM.oneOf[ctx.locale]((input.options ?? []).map((o) => o.label).join(" / "));
  if (input.kind === "date") return F.notADate[ctx.locale];
  return F.required[ctx.locale];
}

/**
 * "2026-12-20", "Dec 20", "月底", "next Friday" → the calendar day in the editor's zone, as the chat
 * command reads it (a period means its last day, or its first for a contract start).
 */
function dayOf(ctx: TurnContext, typed: string, start: boolean): string | null {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(typed);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, "0")}-${iso[3]!.padStart(2, "0")}`;
  const parsed = parseSentence(typed, { now: ctx.now, timezone: ctx.timezone });
  const date = parsed.followUp ?? parsed.occurredAt;
  return date ? (calendarDayText(calendarDayOf(momentMeant(date, start), ctx.timezone)) ?? null) : null;
}

/** "2 600k", "amount 600k", "金额60万", "lost reason: budget" → the field and what follows it. */
export function pickField(list: CardInput[], text: string): { input: CardInput; value: string } | null {
  const trimmed = text.trim();
  const numbered = /^(\d{1,2})(?:[.、:：\s]\s*|$)(.*)$/su.exec(trimmed);
  if (numbered) {
    const input = list[Number(numbered[1]) - 1];
    return input ? { input, value: numbered[2]!.trim() } : null;
  }
  const lower = trimmed.toLowerCase();
  // Longest label first: "contract ends" before "contract".
  const byLength = list.flatMap((input) => namesOf(input).map((name) => ({ input, name }))).sort((a, b) => b.name.length - a.name.length);
  for (const { input, name } of byLength) {
    if (!lower.startsWith(name)) continue;
    const rest = trimmed.slice(name.length);
    // A Latin name must end at a word boundary ("title" is not "titles…"); a Chinese one may run on ("金额60万").
    if (/^[a-z]/iu.test(rest) && /[a-z]$/iu.test(name)) continue;
    return { input, value: rest.replace(/^\s*[:：]?\s*/u, "").trim() };
  }
  return null;
}

/** Other words people use for a form's fields (the labels are the forms' own). */
const FIELD_WORDS: Record<string, string[]> = {
  amount: ["budget", "预算", "金额"],
  // Each form's labels in the other language too: a Chinese-speaking manager on an English card, and back.
  expectedCloseAt: ["expected close", "close date", "close", "closing", "预计成交", "成交日期", "成交", "签约日期"],
  startsAt: ["contract starts", "contract start", "start date", "合同开始", "合同开始日期"],
  endsAt: ["contract ends", "contract end", "end date", "合同到期", "合同结束", "合同到期日"],
  probability: ["win probability", "probability", "win rate", "赢单概率", "赢率", "概率"],
  lostReason: ["lost reason", "输单原因"],
  phone: ["mobile", "cell", "tel", "手机", "手机号", "电话号码"],
  email: ["mail", "e-mail", "电子邮件", "邮件"],
  wechatId: ["wechat id", "weixin", "微信号"],
  title: ["job title", "position", "职务"],
  name: ["name", "名字"],
  tier: ["level", "级别", "客户等级"],
  status: ["lifecycle", "客户状态"],
  tags: ["tag", "标签"],
};

/** The label as shown (without a unit note like " (%)"), the input id and the field's other words, lower-cased. */
function namesOf(input: CardInput): string[] {
  return [input.label, input.label.replace(/\s*[(（].*[)）]\s*$/u, ""), input.id, ...(FIELD_WORDS[input.id] ?? [])]
    .map((n) => n.toLowerCase())
    .filter((n) => n.length > 0);
}

function shown(input: CardInput): string {
  if (!input.initial) return "—";
  if (input.kind === "select") return input.options?.find((o) => o.value === input.initial)?.label ?? input.initial;
  return input.initial;
}

function currentValues(list: CardInput[]): FormValues {
  return Object.fromEntries(list.map((i) => [i.id, i.initial ?? ""]));
}

/** The form's inputs prefilled from the record as it is now (the ref's version still guards the save). */
async function formInputs(ctx: TurnContext, ref: string): Promise<{ title: string; list: CardInput[] } | null> {
  const form = findForm(ref);
  const { record } = readFormRef(ref);
  if (!form || record === undefined) return null;
  await form.guard?.(ctx, record);
  const card = await form.card(ctx.domain, ctx.locale, undefined, record);
  const list = card.blocks.flatMap((b) => (b.type === "input" ? [b.input] : []));
  return list.length > 0 ? { title: card.title, list } : null;
}
