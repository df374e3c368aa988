import { dealCard } from "../../cards/deal.card.js";
import { localeCurrency } from "../i18n/locale-currency.js";
import { formatDateTime, formatDealAmount, formatMoney } from "../../cards/format.js";
import { truncate } from "../../cards/limits.js";
import type { LoggedInteraction } from "../../domain/interactions/log-interaction.js";
import type { Replies, TurnContext } from "../context.js";
import { ACTIVITY_NAMES, M } from "../i18n/messages.js";
import { U } from "../i18n/undo-messages.js";
import { parseSentence } from "../parse/parse-sentence.js";
import type { ParsedSentence } from "../parse/types.js";
import { visitsUs } from "../parse/visit-to-us.js";
import { stageName } from "../../cards/labels.js";
import type { Locale, Reply } from "../types.js";
import { ask } from "./ask.js";
import { undoOffer } from "./undo-offer.js";
import { describePlan, needsConfirmation, planDealChange, statedAmount, targetStageOf } from "./deal-change-plan.js";
import type { LogDraft } from "./log-draft.js";
import { contactDetails } from "../parse/contact-details.js";
import { offerContact, offerContactDetails } from "./offer-contact.js";
import { detailsFor, newsBesideDetails } from "./details-owner.js";
import { offerTicket } from "./offer-ticket.js";
import { reminderOf, setReminder } from "./reminder-sentence.js";
import { followUpToMove, moveFollowUpTo } from "./move-follow-up.js";
import { offerFollowUpDone, openFollowUpsToOffer } from "./offer-follow-up-done.js";
import { cancelsAppointment } from "../parse/cancelled-clauses.js";
import { FollowUpEditM } from "../i18n/followup-edit-messages.js";
import { resolveLogTargets } from "./resolve-log-targets.js";
import { namesCompany, namesToMask } from "./names-to-mask.js";
import { askAmountScale, scaleNearDeal, sizedAmount } from "./amount-scale.js";
import { offerDeal } from "./offer-deal.js";
import { stageOpensDeal } from "../../domain/interactions/interaction-parts.js";
import { clauseOfCompany } from "./clause-of-company.js";

/**
 * "called Acme, they want a quote next Tuesday, budget 200k" → one transaction that logs the
 * activity, sets the follow-up, creates or updates the deal and moves its stage.
 */
export async function runLogFlow(ctx: TurnContext, draft: LogDraft): Replies {
  const mentions = await ctx.domain.companies.mentionedIn(draft.text);
  if (draft.eachCompany?.length) {
    // "京东和阿里巴巴都打了电话" → "log it on both": the sentence once per customer, one after another, each read
    // on its own clauses when it has some ("昨天拜访了顺丰，今天上午去了比亚迪")
    const replies: Reply[] = [];
    for (const companyId of draft.eachCompany) {
      const focus = clauseOfCompany(draft.text, mentions, companyId) ?? undefined;
      replies.push(...(await runLogFlow(ctx, { ...draft, eachCompany: undefined, companyId, ...(focus ? { focus } : {}) })));
    }
    return replies;
  }
  const parse = (text: string) =>
    parseSentence(text, {
      now: new Date(draft.receivedAt),
      timezone: ctx.timezone,
      names: namesToMask(draft.text, mentions, draft.createCompany),
      // an English writer's bare "50k" among Chinese words is dollars (a Chinese writer's English figure stays as read)
      ...(ctx.locale === "en" ? { writerCurrency: localeCurrency(ctx.locale) } : {}),
    });
  const read = draft.focus ? withFocus(parse(draft.focus), parse(draft.text)) : parse(draft.text);
  // "drinks with the Pied Piper CTO": a customer named in full is no person to add.
  const unsized = {
    ...read,
    contactHints: read.contactHints.filter((hint) => !namesCompany(draft.text, hint, mentions) && hint.toLowerCase() !== draft.createCompany?.toLowerCase()),
  };
  const badDate = unsized.problems.find((p) => p.code === "invalid-date");
  if (badDate && badDate.code === "invalid-date" && !draft.skipFollowUp) {
    return ask(ctx, "log", M.invalidDate[ctx.locale](badDate.text), draft, [{ label: M.logWithoutFollowUp[ctx.locale](), patch: { skipFollowUp: true } }], {
      yesNo: true,
    });
  }
  const resolution = await resolveLogTargets(ctx, draft, unsized, mentions);
  if (resolution.kind === "asked") return resolution.replies;
  if (resolution.kind === "each") return runLogFlow(ctx, { ...draft, eachCompany: resolution.companyIds });
  // "预算一百五", "budget 1.2": which size was meant is asked before anything is written.
  const sized = sizedAmount(unsized, resolution.draft.amountScale);
  // ("Globex signed at 85" beside a $80,000 deal is $85,000: no question)
  const near = sized === "ask" ? await scaleNearDeal(ctx, resolution.draft.dealId, unsized.amount!) : undefined;
  const parsed = near === undefined ? sized : sizedAmount(unsized, near);
  if (parsed === "ask") return askAmountScale(ctx, resolution.draft, unsized);
  const reminder = reminderOf(resolution.draft, parsed);
  if (reminder) return setReminder(ctx, resolution.draft, parsed, reminder);
  const details = contactDetails(draft.text);
  // "顺丰刘总的电话是13800001111": only a person's number or address, nothing that happened. It is
  // offered for the contact card; logging it as a note would also reset the customer's last activity.
  const detailsOnly =
    (details.phone || details.email) &&
    !parsed.activity &&
    !parsed.followUp &&
    !parsed.amount &&
    !parsed.stageHint &&
    !parsed.wantsQuote &&
    !newsBesideDetails(draft.text, details);
  if (detailsOnly && resolution.draft.companyId) {
    const company = await ctx.domain.companies.get(resolution.draft.companyId);
    if (resolution.newContact) return offerContact(ctx, company, resolution.newContact, details);
    if (resolution.draft.contactId) {
      const offered = await offerContactDetails(ctx, resolution.draft.contactId, details);
      if (offered.length > 0) return offered;
    }
  }
  const move = await followUpToMove(ctx, resolution.draft, parsed);
  if (move.kind === "asked") return move.replies;
  const confirm = await confirmBigDealChange(ctx, resolution.draft, parsed);
  if (confirm) return confirm;
  // Something done with a known customer and nothing arranged: its open follow-ups, which the activity may
  // settle, are read while it is written (the write adds none; one PostgreSQL round trip fewer).
  const companyId = resolution.draft.companyId;
  const settling =
    companyId && !parsed.followUp && !parsed.planned && parsed.activity && parsed.activity !== "note" ? openFollowUpsToOffer(ctx, companyId) : undefined;
  settling?.catch(() => undefined);
  const outcome = await logInteraction(ctx, resolution.draft, parsed, move.kind === "move" ? move.id : null);
  // asked before the contact offer, so a typed yes or name still answers that one (the latest question)
  const dealOffer = outcome.dealToOffer ? await offerDeal(ctx, outcome.company, outcome.dealToOffer) : [];
  const offer = resolution.newContact
    ? await offerContact(ctx, outcome.company, resolution.newContact, detailsFor(draft.text, resolution.newContact, parsed.contactHints, details))
    : resolution.draft.contactId
      ? await offerContactDetails(ctx, resolution.draft.contactId, details)
      : [];
  const ticket = outcome.company && !outcome.planned ? await offerTicket(ctx, outcome.company, draft.text) : [];
  // Contact made with the customer (a note is not), and nothing new arranged: it may settle an open follow-up.
  const settles = outcome.activity && outcome.activity.kind !== "note" && !outcome.planned && !outcome.followUp && !outcome.moved;
  // "华为的会取消了": the follow-up of the meeting called off is offered for closing (nothing closes silently).
  const cancelled = !settles && !outcome.followUp && !outcome.moved && cancelsAppointment(draft.text);
  const done = settles
    ? await offerFollowUpDone(ctx, outcome.company, "done", outcome.company.id === companyId ? settling : undefined)
    : cancelled
      ? await offerFollowUpDone(ctx, outcome.company, "cancelled")
      : [];
  return [...(await describe(ctx, outcome)), ...dealOffer, ...offer, ...ticket, ...done];
}

/**
 * One customer's clauses read against the whole sentence: what they say of kind, day, figure and deal step is
 * theirs; a day or a follow-up they leave unsaid is the sentence's ("昨天拜访了顺丰，又去了比亚迪"), a figure or a
 * deal step never (it belongs to the clause that says it).
 */
function withFocus(own: ParsedSentence, whole: ParsedSentence): ParsedSentence {
  return {
    ...whole,
    activity: own.activity ?? whole.activity,
    planned: own.activity ? own.planned : whole.planned,
    occurredAt: own.occurredAt ?? whole.occurredAt,
    followUp: own.followUp ?? whole.followUp,
    amount: own.amount,
    stageHint: own.stageHint,
    wantsQuote: own.wantsQuote,
  };
}

interface Outcome extends LoggedInteraction {
  planned: PlannedKind | null;
  /** the sentence closed a deal but the company has none open (and no amount was said) */
  closedNoDeal: "won" | "lost" | null;
  /** the customer's open deal is someone else's (out of sight): what was said about it (amount, stage) was not applied */
  othersDeal: "amount" | "stage" | "both" | null;
  /** "20多万", "四五千": stored as the lower end, which the reply says */
  approximate: ParsedSentence["amount"];
  /** an open follow-up that got the sentence's date instead of a new one */
  moved: { title: string; dueAt: Date } | null;
  /** the follow-up is a reminder asked for ahead of this appointment ("提前半小时提醒我") */
  appointmentAt: Date | null;
  /** a deal step said for a customer with no open deal: the stage a deal is offered at */
  dealToOffer: string | null;
  /** the customer's name as mistyped ("initch"), read as the customer logged on */
  readAs: string | null;
}

/** The settled draft as one domain call; the result is worded by describe(). */
async function logInteraction(ctx: TurnContext, draft: LogDraft, parsed: ParsedSentence, moveId: string | null): Promise<Outcome> {
  const now = new Date(draft.receivedAt);
  // Only a sentence that merely arranges an activity is a plan; "拜访了X，明天3点再沟通" logs the visit.
  const planned: PlannedKind | null =
    !draft.kind && parsed.planned && parsed.followUp !== null && !draft.skipFollowUp && !moveId ? plannedKind(parsed.activity, draft.text) : null;
  const followUp = parsed.followUp && !draft.skipFollowUp && !moveId ? parsed.followUp : null;
  const said = targetStageOf(parsed);
  const amount = statedAmount(parsed);
  // A step named for a customer with no open deal and no figure ("对方要报价"): the deal is offered, not opened empty
  // (a share of a value, "打九折", opens no deal either: there is no value to take it of)
  const dealToOffer = !draft.dealId && !parsed.amount && !draft.othersDeal && said && stageOpensDeal(said) ? said : null;
  const stage = dealToOffer ? null : said;
  const logged = await ctx.domain.interactions.log(ctx.actor, {
    company: draft.createCompany ? { create: draft.createCompany } : { id: draft.companyId! },
    ...(draft.contactId ? { contactId: draft.contactId } : {}),
    dealId: draft.dealId ?? null,
    // A plan with its day is only the follow-up (nothing happened yet: no activity, the customer's last contact
    // stays); one without a day, said beside something that happened or with a figure (news about the deal:
    // "华为项目预算上调到260万，明天电话确认细节"), is kept as a note.
    // (a forwarded e-mail is the e-mail received, whatever its words plan)
    activity:
      !draft.kind && ((planned && !parsed.alsoReports && (!parsed.amount || parsed.amountToDeliver)) || (parsed.taskOnly && followUp))
        ? null
        : {
            kind: draft.kind ?? (parsed.planned ? "note" : (parsed.activity ?? "note")),
            // The whole message, as typed: the parser's summary is capped for parsing, the record must not be.
            summary: draft.text.trim(),
            occurredAt: parsed.occurredAt?.at ?? now,
          },
    // An existing deal: say old → new (with Undo), never overwrite silently; big changes were confirmed first.
    deal: { amount, stageKey: stage, apply: draft.dealChange !== "skip" && !draft.othersDeal, currency: localeCurrency(ctx.locale) },
    // (a forwarded e-mail's words are the customer's: "thanks for the updated quote" asks for no quote)
    followUp: followUp
      ? {
          dueAt: followUp.at,
          title: (companyName) => followUpTitle(ctx, draft.kind ? { ...parsed, wantsQuote: false } : parsed, companyName, planned, draft.text),
        }
      : null,
  });
  const closedNoDeal = !logged.dealId && !draft.othersDeal && (stage === "won" || stage === "lost") ? stage : null;
  // The figure or stage said was left alone because the customer's open deal is someone else's.
  const saidAmount = parsed.amount ?? parsed.amountShare ?? null;
  const othersDeal = !draft.othersDeal ? null : saidAmount && stage ? "both" : saidAmount ? "amount" : stage ? "stage" : null;
  const approximate = parsed.amount?.approximate ? parsed.amount : null;
  const moved = moveId && parsed.followUp ? await moveFollowUpTo(ctx, moveId, parsed.followUp) : null;
  const appointmentAt = followUp?.remindsOf ?? null;
  return {
    ...logged,
    planned,
    closedNoDeal,
    othersDeal,
    approximate,
    moved: moved ? { title: moved.title, dueAt: moved.dueAt } : null,
    appointmentAt,
    dealToOffer,
    readAs: draft.readAs ?? null,
  };
}

// Titles show in lists and reminders; the full text stays on the activity.
const TITLE_SUMMARY_CHARS = 120;

type PlannedKind = "meeting" | "call" | "visit" | "hosted";

/** "约了华为明天电话" plans a call, "明天去华为拜访" a visit, "美的下周来我们公司" one we host; anything else arranged is a meeting. */
function plannedKind(activity: ParsedSentence["activity"], text: string): PlannedKind {
  if (activity === "visit" && visitsUs(text)) return "hosted";
  return activity === "call" || activity === "visit" ? activity : "meeting";
}

function followUpTitle(ctx: TurnContext, parsed: ParsedSentence, companyName: string, planned: PlannedKind | null, text: string): string {
  const { locale } = ctx;
  // A plan or a to-do has no activity to hold the message: its follow-up keeps it whole (planMessageOf reads it back).
  if (planned) return `${titleHead(locale, planned, companyName)}${titleColon(locale)}${text.trim()}`;
  const head = titleHead(locale, parsed.wantsQuote ? "quote" : "follow-up", companyName);
  if (parsed.taskOnly) return `${head}${titleColon(locale)}${text.trim()}`;
  if (parsed.wantsQuote) return head;
  return `${head}${titleColon(locale)}${truncate(parsed.summary, TITLE_SUMMARY_CHARS)}`;
}

type TitleKind = PlannedKind | "quote" | "follow-up";
const TITLE_KINDS: readonly TitleKind[] = ["meeting", "call", "visit", "hosted", "quote", "follow-up"];

/** "与华为的会面", "Send quote to Globex", "跟进华为": what a follow-up is, before what was said. */
function titleHead(locale: Locale, kind: TitleKind, companyName: string): string {
  const zh = locale === "zh";
  if (kind === "quote") return zh ? `给${companyName}发报价` : `Send quote to ${companyName}`;
  if (kind === "follow-up") return zh ? `跟进${companyName}` : `Follow up with ${companyName}`;
  return M.planTitle[locale](kind, companyName);
}

const titleColon = (locale: Locale) => (locale === "zh" ? "：" : ": ");

/**
 * The message a plan's or a to-do's follow-up title was made from ("Meeting with Acme Corp: <message>", "跟进华为：<message>");
 * null for any other title.
 */
export function planMessageOf(title: string, companyName: string): string | null {
  for (const locale of ["zh", "en"] as const) {
    for (const kind of TITLE_KINDS) {
      const prefix = `${titleHead(locale, kind, companyName)}${titleColon(locale)}`;
      if (title.startsWith(prefix)) return title.slice(prefix.length);
    }
  }
  return null;
}

/** The notes under "Logged a call with X": company or deal created, the deal's old → new, or why it was left alone. */
function changeNotes(ctx: TurnContext, outcome: Outcome): string[] {
  const { locale } = ctx;
  const notes: string[] = [];
  if (outcome.readAs) notes.push(M.readAsCustomer[locale](outcome.readAs, outcome.company.name));
  if (outcome.companyCreated) notes.push(M.companyCreated[locale](outcome.company.name));
  const created = outcome.createdDeal;
  if (created) {
    // "京东 signed!! 合同金额120万": a deal opened at a later stage says so, a won one above all
    const amount = formatDealAmount(created.amountMinor, created.currency, locale);
    const at = created.stage.key === "lead" ? amount : `${amount}${locale === "zh" ? "，" : ", "}${stageName(created.stage, locale)}`;
    notes.push(M.dealCreated[locale](created.number, created.title, at));
  }
  const plan = outcome.dealChange;
  if (plan && !plan.mayChange) notes.push(M.dealNotYours[locale](plan.deal.number, plan.deal.ownerName));
  if (plan?.mayChange) notes.push(...describePlan(plan, locale));
  const amountWritten = created || (plan?.mayChange && plan.amount);
  if (outcome.approximate && amountWritten) {
    const { text, minor, currency } = outcome.approximate;
    notes.push(M.amountApproximate[locale](text, formatMoney(minor, currency, locale)));
  }
  if (outcome.closedNoDeal) notes.push(M.noOpenDealToClose[locale](outcome.company.name, outcome.closedNoDeal));
  if (outcome.othersDeal) notes.push(M.othersOpenDeal[locale](outcome.company.name, outcome.othersDeal));
  return notes;
}

async function describe(ctx: TurnContext, outcome: Outcome): Replies {
  const { locale, timezone } = ctx;
  const notes = changeNotes(ctx, outcome);
  const activityKind = outcome.activity?.kind ?? "note";
  const kind = ACTIVITY_NAMES[activityKind]?.[locale] ?? activityKind;
  const when = outcome.followUp ? formatDateTime(outcome.followUp.dueAt, timezone, locale, ctx.now) : "";
  // "…开会，提前半小时提醒我": the plan is said at its own time, the follow-up (the reminder) before it
  const appointment = outcome.followUp && outcome.appointmentAt ? formatDateTime(outcome.appointmentAt, timezone, locale, ctx.now) : null;
  const reminder = appointment ? [M.remindBefore[locale](when)] : [];
  // (a plan beside news, "initech moved our kickoff to next wed", writes a note too: the reply says so)
  const alsoLogged = outcome.activity ? [M.logged[locale](kind, outcome.company.name)] : [];
  const lines =
    outcome.planned && outcome.followUp
      ? [...alsoLogged, M.planScheduled[locale](outcome.planned, outcome.company.name, appointment ?? when), ...reminder, ...notes]
      : !outcome.activity && outcome.followUp
        ? [M.taskSet[locale](outcome.company.name, appointment ?? when), ...reminder, ...notes]
        : [
            M.logged[locale](kind, outcome.company.name),
            ...notes,
            ...(outcome.followUp ? [M.followUpSet[locale](appointment ?? when), ...reminder] : []),
            ...(outcome.moved ? [FollowUpEditM.moved[locale](outcome.moved.title, formatDateTime(outcome.moved.dueAt, timezone, locale, ctx.now))] : []),
          ];
  const replies = [{ text: lines.join("\n") }];
  if (!outcome.dealId) return replies;
  const [deal, stages] = await Promise.all([outcome.dealAfter ?? ctx.domain.deals.get(outcome.dealId), ctx.domain.stages.list()]);
  return [...replies, { card: dealCard(deal, stages, { locale, timeZone: timezone }) }, ...(outcome.dealChanged ? undoOffer(ctx) : [])];
}

/** A big change to an existing deal (closing it, amount halved or ×10) is asked about before anything is written. */
async function confirmBigDealChange(ctx: TurnContext, draft: LogDraft, parsed: ParsedSentence): Promise<Reply[] | null> {
  if (!draft.dealId || draft.dealChange || (!parsed.amount && !targetStageOf(parsed))) return null;
  const plan = await planDealChange(ctx, draft.dealId, parsed);
  if (!needsConfirmation(plan)) return null;
  const question = U.confirmDealChange[ctx.locale](describePlan(plan, ctx.locale).join("; "));
  return ask(ctx, "log", question, draft, [
    { label: U.applyChange[ctx.locale](), patch: { dealChange: "apply" } },
    { label: U.logOnly[ctx.locale](), patch: { dealChange: "skip" } },
  ]);
}
