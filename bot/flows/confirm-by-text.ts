import { CHOICE_OPTIONS_SHOWN } from "../../cards/choice.card.js";
import { label } from "../../cards/labels.js";
import { pendingChooseAction, pendingLogWith, pendingOfferNewCompany } from "../actions/pending-choose.action.js";
import type { Replies, TurnContext } from "../context.js";
import { SmallTalkM } from "../i18n/small-talk-messages.js";
import { isAffirmation } from "../parse/detect-affirmation.js";
import { detectSmallTalk } from "../parse/detect-small-talk.js";
import { inferActivity } from "../parse/infer-activity.js";
import { offeredContact } from "./offer-contact.js";

/** The kinds of question flows/ask.ts stores (other pending rows, e.g. a shown list, are no question). */
const QUESTION_KINDS = ["log", "command"];

/** A typed "ok" answers only a question asked this recently; an older one needs its button. */
const ANSWER_WINDOW_MS = 15 * 60_000;

/** The question a typed answer may answer: the user's newest open one, asked within the window. */
function openQuestion(ctx: TurnContext, kinds: string[] = QUESTION_KINDS) {
  return ctx.pending.latestOpen(ctx.actor.userId, new Date(ctx.now.getTime() - ANSWER_WINDOW_MS), kinds);
}

/**
 * "好的" / "ok" typed right after the bot asked something: a yes/no question ("create X and
 * log?") is answered as if its button was pressed; a choice ("which customer?"), even with a
 * single candidate, is never picked by an "ok": the user is asked to press one. Null when
 * nothing is waiting (the "ok" is plain small talk).
 */
export async function confirmByText(ctx: TurnContext): Promise<Awaited<Replies> | null> {
  const open = await openQuestion(ctx);
  if (!open || open.optionCount === 0) return null;
  if (open.yesNo && open.optionCount === 1) return pendingChooseAction.run(ctx, `${open.id}:0`);
  return [{ text: SmallTalkM.pickOne[ctx.locale]() }];
}

/**
 * "no", "算了不用了", "no, don't add them" typed right after the bot asked something: its "none of these"
 * button, so the question is closed with the usual answer instead of "I could not find a customer".
 * Null when nothing is waiting.
 */
export async function declineByText(ctx: TurnContext): Promise<Awaited<Replies> | null> {
  const open = await openQuestion(ctx);
  if (!open || open.optionCount === 0) return null;
  return pendingChooseAction.run(ctx, `${open.id}:none`);
}

/**
 * "1", "２", "第2个" typed right after the bot asked something: the button of that number is pressed
 * (the last one is "none of these"), as the terminal chat and Wechaty do on their side. Null when
 * no question is waiting or the number is not one of its buttons: the text goes on as typed.
 */
export async function answerByNumber(ctx: TurnContext, n: number): Promise<Awaited<Replies> | null> {
  const open = await openQuestion(ctx);
  if (!open || open.optionCount === 0) return null;
  const shown = Math.min(open.optionCount, CHOICE_OPTIONS_SHOWN);
  if (n <= shown) return pendingChooseAction.run(ctx, `${open.id}:${n - 1}`);
  if (n === shown + 1) return pendingChooseAction.run(ctx, `${open.id}:none`);
  return null;
}

/** Case, spaces and trailing punctuation aside: "umbrella corp." names "Umbrella Corp". */
const sameName = (a: string, b: string) => {
  const norm = (x: string) =>
    x
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s.。!！?？]+/gu, "");
  return norm(a) === norm(b);
};

/**
 * "Umbrella Corp" typed right after "Umbrella Corp is not a customer yet. Create it and log this?",
 * "Hooli" after "Which customer? [Initech] [Hooli]": the name of one of the offered customers picks
 * it, as its button would, instead of being logged as a sentence of its own. Null otherwise.
 */
export async function answerByName(ctx: TurnContext, text: string): Promise<Awaited<Replies> | null> {
  // Only what could be a bare name is looked up: a sentence that reports something is logged as
  // usual, without a look-up on the path every logged call takes.
  if (text.length > 40 || /[，,。;；:：!！?？]/u.test(text) || inferActivity(text) !== null) return null;
  const open = await openQuestion(ctx, ["log"]);
  if (!open) return null;
  const patches = open.patches.slice(0, CHOICE_OPTIONS_SHOWN) as { createCompany?: unknown; companyId?: unknown }[];
  const ids = patches.map((p) => (typeof p.companyId === "string" ? p.companyId : null)).filter((id): id is string => id !== null);
  const names = new Map((await ctx.domain.companies.namesOf(ids)).map((c) => [c.id, c.name]));
  const index = patches.findIndex((p) => {
    const name = typeof p.createCompany === "string" ? p.createCompany : typeof p.companyId === "string" ? names.get(p.companyId) : undefined;
    return name !== undefined && sameName(name, text);
  });
  if (index >= 0) return pendingChooseAction.run(ctx, `${open.id}:${index}`);
  // "Initech", "it was globex" after "which customer is this about?": a known customer named, offered or not
  const asksCompany = open.optionCount === 0 || patches.some((p) => p.companyId !== undefined || p.createCompany !== undefined);
  if (!asksCompany) return null;
  const named = (await ctx.domain.companies.mentionedIn(text)).filter((m) => m.strong);
  if (new Set(named.map((m) => m.id)).size !== 1) {
    // "Hooli", "it was Hooli": a customer not in the CRM yet is offered for creation, as the sentence naming it would be
    const fresh = named.length === 0 ? newNameAnswer(text) : null;
    return fresh ? pendingOfferNewCompany(ctx, open.id, fresh) : null;
  }
  // only the name, or the name and a few words that say so: "Lost the renewal to Globex" is a new message
  const rest = text.slice(0, named[0]!.start) + text.slice(named[0]!.end);
  return NAME_ANSWER_REST.test(rest.trim()) ? pendingLogWith(ctx, open.id, { companyId: named[0]!.id }) : null;
}

/** Words that say the name typed next is the customer: "it was", "the client is", "客户是". */
const SAYS_IT_IS = String.raw`(?:(?:it|that|this)(?:['’]s|\s+(?:was|is))|(?:the\s+)?(?:customer|company|account|client)\s+(?:was|is)|客户是|是|就是)`;

/** A typed answer that is only a name, after words that say so: "Hooli", "it was Hooli", "客户是伊利". */
const NEW_NAME_ANSWER = new RegExp(String.raw`^(?:${SAYS_IT_IS}\s*)?(?<name>[\p{L}\p{N}][\p{L}\p{N}&'’.·-]*(?:\s+[\p{L}\p{N}&'’.·-]+){0,3})\s*[.。!！]?$`, "u");
/** Answers that are no name: "never mind", "not sure", "不知道", "算了" (a yes or a thanks is told by isAffirmation / detectSmallTalk). */
const NO_NAME =
  /^(?:never\s*mind|nvm|cancel|none|no(?:\s+one|body)?|nothing|skip|forget\s+it|not\s+sure|unsure|idk|dunno|don['’]?t\s+know|whatever|help|stop|later|unknown|n\/?a|不知道|不清楚|算了|取消|没有|不用了?|都不是|无|忘了|不记得了?|随便|稍后|以后再说|帮助)$/iu;

const SENTENCE_WORD_ZH = /[说了吗呢吧啊呀我你他她们要想还再没不很都也就才又]|那边|这边|今天|明天|昨天/u;

function newNameAnswer(text: string): string | null {
  const name = NEW_NAME_ANSWER.exec(text)?.groups?.name?.replace(/[.]+$/u, "");
  if (!name || NO_NAME.test(name) || [text, name].some((t) => isAffirmation(t) || detectSmallTalk(t))) return null;
  // a Chinese name is a few characters with no word of a sentence in them ("滴滴那边说预算批了" is a new message)
  if (/\p{Script=Han}/u.test(name)) return /^[\p{Script=Han}A-Za-z0-9·]{2,8}$/u.test(name) && !SENTENCE_WORD_ZH.test(name) ? name : null;
  if (!/\p{L}/u.test(name) || name.length < 2) return null;
  // "pricing question" is more likely a new message than a customer: a name of several words capitalizes one
  return !/\s/u.test(name) || /(?:^|\s)\p{Lu}/u.test(name) ? name : null;
}

/** What may stand beside a customer's name typed as the answer: "it was Globex", "客户是华为", "Initech." */
const NAME_ANSWER_REST = new RegExp(String.raw`^(?:${SAYS_IT_IS}|for|with|at|是跟|跟|和)?\s*(?:the\s+)?[.。!！]?$`, "iu");

/** Button words compared loosely: case, quotes, spaces and end punctuation do not matter. */
const looseLabel = (text: string) =>
  text
    .toLowerCase()
    .replace(/["“”'‘’「」]/gu, "")
    .replace(/[\s。.!！]+/gu, " ")
    .trim();

/**
 * "Open a ticket", "新建工单", "None of these" typed while that question is open: the same as
 * pressing the button (where buttons are text, people type what they read). Only an exact match
 * of a button's words counts; anything else is read as a new message.
 */
export async function answerByLabel(ctx: TurnContext, text: string): Promise<Awaited<Replies> | null> {
  // Button words are short and report nothing; other messages skip the look-up (it is on every message's path).
  if (text.length > 40 || /\d/u.test(text) || text.split(/\s+/u).length > 6 || inferActivity(text) !== null) return null;
  const open = await openQuestion(ctx);
  if (!open || open.labels.length === 0) return null;
  const typed = looseLabel(text);
  const index = open.labels.findIndex((l) => looseLabel(l) === typed);
  if (index >= 0) return pendingChooseAction.run(ctx, `${open.id}:${index}`);
  if (typed === looseLabel(label("cancel", ctx.locale))) return pendingChooseAction.run(ctx, `${open.id}:none`);
  return null;
}

/** "加上刘经理", "好的，添加吧", "add her", "yes add Nina as a contact": yes to an "add … as a contact?" offer. */
const ADD_CONTACT =
  /^(?:(?:好的?|行|可以|嗯|ok(?:ay)?|yes|yeah|yep|sure)[，,\s]*)?(?:请|帮我|please\s+)?(?:加上|添加|加一下|加进去|加|存上|存一下|保存|add|save)\s*(?<name>.*?)\s*(?:吧|一下|为联系人|到联系人|进联系人|as\s+(?:a\s+)?(?:new\s+)?contact|to\s+(?:the\s+)?contacts?)?\s*[。.!！~～]*$/iu;
/** "把刘经理加为联系人", "把他加上". */
const BA_ADD_CONTACT = /^把\s*(?<name>.+?)\s*(?:加上|添加|加|存|保存)(?:为|成|到|进|上)?(?:联系人|通讯录)?(?:吧|一下)?\s*[。.!！~～]*$/u;
const SOMEONE = /^(?:them|him|her|it|this\s+one|他|她|他们|一下|吧)?$/iu;

/**
 * "加上刘经理" typed while "刘经理 is not a contact yet, add them?" is open: the add button, not a
 * sentence about some customer. The name, when given, must be the one offered.
 */
export async function answerByAddContact(ctx: TurnContext, text: string): Promise<Awaited<Replies> | null> {
  const said = text.trim();
  const typed = text.length <= 40 ? (ADD_CONTACT.exec(said) ?? BA_ADD_CONTACT.exec(said))?.groups?.name : undefined;
  if (typed === undefined) return null;
  const open = await openQuestion(ctx, ["command"]);
  if (!open) return null;
  const offered = open.patches.map((p) => offeredContact(p)?.name ?? null);
  const named = SOMEONE.test(typed)
    ? offered.flatMap((n, i) => (n !== null ? [i] : []))
    : offered.flatMap((n, i) => (n !== null && sameName(n, typed) ? [i] : []));
  return named.length === 1 ? pendingChooseAction.run(ctx, `${open.id}:${named[0]}`) : null;
}
