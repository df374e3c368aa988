import { formatDateTime, formatMoney } from "../../cards/format.js";
import { truncate } from "../../cards/limits.js";
import type { TurnContext } from "../context.js";
import { FollowUpEditM } from "../i18n/followup-edit-messages.js";
import { CorrectionM } from "../i18n/correction-messages.js";
import { U } from "../i18n/undo-messages.js";
import { correctedKind, correctionOf, wrongKindNamed } from "../parse/detect-correction.js";
import { ACTIVITY_NAMES } from "../i18n/messages.js";
import { parseSentence } from "../parse/parse-sentence.js";
import { addDays, zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";
import type { Reply } from "../types.js";
import { statedAmount } from "./deal-change-plan.js";
import { undoOffer } from "./undo-offer.js";
import { ANY_TIME, moveFollowUpTo } from "./move-follow-up.js";
import { clockAloneGone } from "./keep-time-of-day.js";
import { ask } from "./ask.js";
import type { LogDraft } from "./log-draft.js";
import type { LastLogged } from "../../domain/audit/undo.service.js";

/** A correction refers to what was just logged, not to something from this morning. */
export const CORRECTS_WITHIN_MS = 30 * 60_000;

/**
 * "不对，是下周三" / "sorry, I meant 250k" right after a logged sentence: the follow-up that
 * sentence set gets the new date, its deal the new amount (old → new, with Undo). Logging the
 * correction as a sentence of its own would add a second follow-up and a junk note. Null when the
 * message is no correction, names a customer (then it is a sentence of its own), or nothing
 * recent was logged.
 */
export async function applyCorrection(ctx: TurnContext, text: string): Promise<Reply[] | null> {
  const rest = correctionOf(text);
  if (!rest) return null;
  const parsed = parseSentence(rest, { now: ctx.now, timezone: ctx.timezone });
  // a clock alone keeps the follow-up's day, so one already gone today ("改到下午两点" at 16:00) still moves it
  const date = parsed.followUp && parsed.followUp.at.getTime() > ctx.now.getTime() ? parsed.followUp : clockAloneGone(parsed.occurredAt, ctx.timezone, ctx.now);
  // a correction says the right amount; "降了20万" is news, logged as a sentence
  const stated = statedAmount(parsed);
  const amount = stated?.change ? null : stated;
  // "不对，是拜访", "oops, it was a meeting not a call": the kind of what was logged (a new date is a plan, not this)
  const said = date ? null : correctedKind(rest);
  // "…not a call" about something logged as another kind is about something else: left alone
  const wrong = said ? wrongKindNamed(rest) : null;
  if ((await ctx.domain.companies.mentionedIn(rest)).length > 0) return null;
  const last = await ctx.domain.undo.lastLogged(ctx.actor, CORRECTS_WITHIN_MS);
  if (!last?.companyId) return null;
  if (!date && !amount && !said) return offerAsNote(ctx, text, last);
  const kind = wrong && wrong !== last.kind ? null : said;
  if (!date && !amount && !kind) return null;

  const lines: string[] = [];
  if (kind && kind === last.kind && !date && !amount) return [{ text: CorrectionM.kindAlready[ctx.locale](ACTIVITY_NAMES[kind]?.[ctx.locale] ?? kind) }];
  // a plan logged as a note with its follow-up stays a note: nothing was held to be of another kind
  if (kind && last.activityId && kind !== last.kind && !(last.kind === "note" && last.followUpId)) {
    await ctx.domain.activities.changeKind(ctx.actor, last.activityId, kind);
    const name = (k: string) => ACTIVITY_NAMES[k]?.[ctx.locale] ?? k;
    lines.push(CorrectionM.kindChanged[ctx.locale](name(last.kind), name(kind)));
  }
  if (date) {
    const when = (at: Date) => formatDateTime(at, ctx.timezone, ctx.locale, ctx.now);
    const planned = last.followUpId ?? (await openFollowUpWith(ctx, last.companyId));
    if (planned) {
      const near = BARE_WEEKDAY.test(rest) ? (current: Date) => weekdayNear(date.at, current, ctx) : undefined;
      const moved = await moveFollowUpTo(ctx, planned, date, near);
      lines.push(FollowUpEditM.moved[ctx.locale](moved.title, when(moved.dueAt)));
    } else if (date.at.getTime() > ctx.now.getTime()) {
      const company = await ctx.domain.companies.get(last.companyId);
      const title = CorrectionM.followUpTitle[ctx.locale](company.name, truncate(last.summary, 120));
      await ctx.domain.followUps.schedule(ctx.actor, { title, dueAt: date.at, companyId: last.companyId, ...(last.dealId ? { dealId: last.dealId } : {}) });
      lines.push(CorrectionM.followUpAdded[ctx.locale](when(date.at)));
    }
  }
  if (amount) {
    if (!last.dealId) return lines.length > 0 ? done(ctx, lines) : null;
    const deal = await ctx.domain.deals.get(last.dealId);
    const currency = amount.currencyImplied ? deal.currency : amount.currency;
    const updated = await ctx.domain.deals.update(ctx.actor, deal.id, { amountMinor: amount.minor, currency });
    const from = Number(deal.amountMinor) === 0 ? U.notSet[ctx.locale]() : formatMoney(deal.amountMinor, deal.currency, ctx.locale);
    lines.push(U.dealAmountChanged[ctx.locale](deal.number, from, formatMoney(updated.amountMinor, updated.currency, ctx.locale)));
  }
  // nothing could be fixed (a plan's kind): not a correction this flow can apply
  return lines.length > 0 ? done(ctx, lines) : null;
}

/**
 * "remind me to call Acme Tuesday", "called Acme", then "actually make that Thursday": the sentence
 * just logged set no follow-up, so "that" is the rep's open one with the same customer (the earliest,
 * shown in the reply with Undo). A second follow-up beside it would leave the old date standing.
 */
async function openFollowUpWith(ctx: TurnContext, companyId: string): Promise<string | null> {
  const [first] = await ctx.domain.followUps.openWith(ctx.actor.userId, companyId, ANY_TIME, 1);
  return first?.id ?? null;
}

/** "Thursday", "周四": a weekday alone, which a correction means in the week already planned. */
const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^(?:周|星期|礼拜)[一二三四五六日天]$/iu;

/**
 * "next Wed 2pm", then "sorry, I meant Thursday": the Thursday next to that Wednesday (at 2pm), not
 * the Thursday after today. Null when that day has passed.
 */
function weekdayNear(said: Date, planned: Date, ctx: TurnContext): Date | null {
  const want = zonedParts(said, ctx.timezone).weekday;
  const was = zonedParts(planned, ctx.timezone);
  const shift = ((want - was.weekday + 10) % 7) - 3; // -3 … +3 days
  const day = addDays({ year: was.year, month: was.month, day: was.day }, shift);
  const at = zonedTimeToInstant(day, { hour: was.hour, minute: was.minute }, ctx.timezone);
  return at.getTime() > ctx.now.getTime() ? at : null;
}

/**
 * "不对，是九折", "no wait, 15%": a fix of something the record holds no field for (a discount, a
 * name, a detail). Not understood, it was lost; written silently, it might be meant elsewhere. The
 * user is told nothing structured changes and asked whether to add the words as a note on the same
 * customer (and deal).
 */
async function offerAsNote(ctx: TurnContext, text: string, last: LastLogged): Promise<Reply[]> {
  const company = await ctx.domain.companies.get(last.companyId!);
  // only a note: "actually 20% off" about what the customer asked changes no deal
  const draft: LogDraft = {
    text: text.trim(),
    receivedAt: ctx.now.toISOString(),
    companyId: company.id,
    dealId: last.dealId,
    skipFollowUp: true,
    dealChange: "skip",
  };
  return ask(ctx, "log", CorrectionM.nothingToFix[ctx.locale](company.name), draft, [{ label: CorrectionM.addAsNote[ctx.locale](), patch: {} }], {
    yesNo: true,
  });
}

function done(ctx: TurnContext, lines: string[]): Reply[] {
  return [{ text: [CorrectionM.corrected[ctx.locale](), ...lines].join("\n") }, ...undoOffer(ctx)];
}
