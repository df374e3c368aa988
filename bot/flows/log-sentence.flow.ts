import { dealCard } from "../../cards/deal.card.js";
import { formatDateTime, formatDealAmount } from "../../cards/format.js";
import { truncate } from "../../cards/limits.js";
import type { Tx } from "../../domain/shared/db.js";
import type { Replies, TurnContext } from "../context.js";
import { ACTIVITY_NAMES, M } from "../i18n/messages.js";
import { U } from "../i18n/undo-messages.js";
import { parseSentence } from "../parse/parse-sentence.js";
import type { ParsedSentence } from "../parse/types.js";
import type { Reply } from "../types.js";
import { ask } from "./ask.js";
import { describePlan, needsConfirmation, planDealChange, targetStageOf } from "./deal-change-plan.js";
import type { LogDraft } from "./log-draft.js";
import { offerContact } from "./offer-contact.js";
import { resolveLogTargets } from "./resolve-log-targets.js";

/**
 * "called Acme, they want a quote next Tuesday, budget 200k" → one transaction that logs the
 * activity, sets the follow-up, creates or updates the deal and moves its stage.
 */
export async function runLogFlow(ctx: TurnContext, draft: LogDraft): Replies {
  const parsed = parseSentence(draft.text, { now: new Date(draft.receivedAt), timezone: ctx.timezone });
  const badDate = parsed.problems.find((p) => p.code === "invalid-date");
  if (badDate && badDate.code === "invalid-date" && !draft.skipFollowUp) {
    return ask(ctx, "log", M.invalidDate[ctx.locale](badDate.text), draft, [
      { label: M.logWithoutFollowUp[ctx.locale](), patch: { skipFollowUp: true } },
    ], { yesNo: true });
  }
  const resolution = await resolveLogTargets(ctx, draft, parsed);
  if (resolution.kind === "asked") return resolution.replies;
  const confirm = await confirmBigDealChange(ctx, resolution.draft, parsed);
  if (confirm) return confirm;
  const outcome = await ctx.domain.db.$transaction((tx) => applyLog(ctx, tx, resolution.draft, parsed));
  const offer = resolution.newContact ? await offerContact(ctx, outcome.company, resolution.newContact) : [];
  return [...(await describe(ctx, outcome)), ...offer];
}

type Outcome = Awaited<ReturnType<typeof applyLog>>;

async function applyLog(ctx: TurnContext, tx: Tx, draft: LogDraft, parsed: ParsedSentence) {
  const { domain, actor } = ctx;
  const now = new Date(draft.receivedAt);
  const notes: string[] = [];
  const company = draft.createCompany
    ? await domain.companies.createIn(tx, actor, { name: draft.createCompany })
    : await tx.company.findUniqueOrThrow({ where: { id: draft.companyId! } });
  if (draft.createCompany) notes.push(M.companyCreated[ctx.locale](company.name));

  const targetStage = targetStageOf(parsed);
  let dealId = draft.dealId ?? null;
  let dealChanged = false;
  if (!dealId && (parsed.amount || (targetStage && targetStage !== "lead"))) {
    const created = await domain.deals.createIn(tx, actor, {
      companyId: company.id,
      amountMinor: parsed.amount?.minor ?? 0,
      currency: parsed.amount?.currency ?? "CNY",
      stageKey: targetStage ?? "lead",
    });
    dealId = created.id;
    notes.push(M.dealCreated[ctx.locale](created.number, created.title, formatDealAmount(created.amountMinor, created.currency, ctx.locale)));
  } else if (dealId && (parsed.amount || targetStage) && draft.dealChange !== "skip") {
    // An existing deal: say old → new (with Undo), never overwrite silently; big changes were confirmed first.
    const plan = await planDealChange(ctx, tx, dealId, parsed);
    if (!plan.mayChange) notes.push(M.dealNotYours[ctx.locale](plan.deal.number, plan.deal.ownerName));
    if (plan.mayChange && plan.amount) {
      await domain.deals.updateIn(tx, actor, dealId, { amountMinor: plan.amount.to.minor, currency: plan.amount.to.currency });
    }
    if (plan.mayChange && plan.stage) await domain.deals.moveIn(tx, actor, dealId, plan.stage.to);
    if (plan.mayChange) notes.push(...describePlan(plan, ctx.locale));
    dealChanged = plan.mayChange && (plan.amount !== null || plan.stage !== null);
  }

  // Only a sentence that merely arranges an activity is a plan; "拜访了X，明天3点再沟通" logs the visit.
  const planned: PlannedKind | null = parsed.planned && parsed.followUp !== null && !draft.skipFollowUp ? plannedKind(parsed.activity) : null;
  const activity = await domain.activities.logIn(tx, actor, {
    // A plan without a date is still not something that happened: a note.
    kind: parsed.planned ? "note" : (parsed.activity ?? "note"),
    // The whole message, as typed: the parser's summary is capped for parsing, the record must not be.
    summary: draft.text.trim(),
    occurredAt: parsed.occurredAt?.at ?? now,
    companyId: company.id,
    ...(draft.contactId ? { contactId: draft.contactId } : {}),
    ...(dealId ? { dealId } : {}),
  });

  let followUp = null;
  if (parsed.followUp && !draft.skipFollowUp) {
    followUp = await domain.followUps.scheduleIn(tx, actor, {
      title: followUpTitle(ctx, parsed, company.name, planned),
      dueAt: parsed.followUp.at,
      companyId: company.id,
      ...(draft.contactId ? { contactId: draft.contactId } : {}),
      ...(dealId ? { dealId } : {}),
    });
  }
  return { company, activity, followUp, dealId, notes, planned, dealChanged };
}

// Titles show in lists and reminders; the full text stays on the activity.
const TITLE_SUMMARY_CHARS = 120;

type PlannedKind = "meeting" | "call" | "visit";

/** "约了华为明天电话" plans a call, "明天去华为拜访" a visit; anything else arranged is a meeting. */
function plannedKind(activity: ParsedSentence["activity"]): PlannedKind {
  return activity === "call" || activity === "visit" ? activity : "meeting";
}

function followUpTitle(ctx: TurnContext, parsed: ParsedSentence, companyName: string, planned: PlannedKind | null): string {
  const zh = ctx.locale === "zh";
  const summary = truncate(parsed.summary, TITLE_SUMMARY_CHARS);
  if (planned) return `${M.planTitle[ctx.locale](planned, companyName)}${zh ? "：" : ": "}${summary}`;
  if (parsed.wantsQuote) return zh ? `给${companyName}发报价` : `Send quote to ${companyName}`;
  return zh ? `跟进${companyName}：${summary}` : `Follow up with ${companyName}: ${summary}`;
}

async function describe(ctx: TurnContext, outcome: Outcome): Replies {
  const { locale, timezone } = ctx;
  const kind = ACTIVITY_NAMES[outcome.activity.kind]?.[locale] ?? outcome.activity.kind;
  const when = outcome.followUp ? formatDateTime(outcome.followUp.dueAt, timezone, locale) : "";
  const lines =
    outcome.planned && outcome.followUp
      ? [M.planScheduled[locale](outcome.planned, outcome.company.name, when), ...outcome.notes]
      : [M.logged[locale](kind, outcome.company.name), ...outcome.notes, ...(outcome.followUp ? [M.followUpSet[locale](when)] : [])];
  const replies = [{ text: lines.join("\n") }];
  if (!outcome.dealId) return replies;
  const [deal, stages] = await Promise.all([ctx.domain.deals.get(outcome.dealId), ctx.domain.stages.list()]);
  return [...replies, { card: dealCard(deal, stages, { locale, timeZone: timezone }) }, ...undoOffer(ctx, outcome.dealChanged)];
}

/** Under a changed deal: an Undo button for this turn (the service checks it is the presser's own). */
function undoOffer(ctx: TurnContext, dealChanged: boolean): Reply[] {
  const turnKey = ctx.actor.sourceEvent?.key;
  if (!dealChanged || !turnKey) return [];
  const button = { label: U.undoButton[ctx.locale](), actionId: "turn.undo", value: turnKey };
  return [{ card: { title: U.undoHint[ctx.locale](), blocks: [{ type: "actions", buttons: [button] }] } }];
}

/** A big change to an existing deal (closing it, amount halved or ×10) is asked about before anything is written. */
async function confirmBigDealChange(ctx: TurnContext, draft: LogDraft, parsed: ParsedSentence): Promise<Reply[] | null> {
  if (!draft.dealId || draft.dealChange || (!parsed.amount && !targetStageOf(parsed))) return null;
  const plan = await planDealChange(ctx, ctx.domain.db, draft.dealId, parsed);
  if (!needsConfirmation(plan)) return null;
  const question = U.confirmDealChange[ctx.locale](describePlan(plan, ctx.locale).join("; "));
  return ask(ctx, "log", question, draft, [
    { label: U.applyChange[ctx.locale](), patch: { dealChange: "apply" } },
    { label: U.logOnly[ctx.locale](), patch: { dealChange: "skip" } },
  ]);
}
