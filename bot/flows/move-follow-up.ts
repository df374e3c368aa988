import { formatDateTime } from "../../cards/format.js";
import type { TurnContext } from "../context.js";
import { FollowUpEditM } from "../i18n/followup-edit-messages.js";
import { reschedulesTo } from "../parse/detect-reschedule.js";
import type { ParsedSentence } from "../parse/types.js";
import type { Reply } from "../types.js";
import { ask } from "./ask.js";
import type { LogDraft } from "./log-draft.js";
import { newDueAt } from "./keep-time-of-day.js";
import type { ParsedDate } from "../parse/types.js";

export type FollowUpMove = { kind: "none" } | { kind: "move"; id: string } | { kind: "asked"; replies: Reply[] };

const MAX_CHOICES = 4;
/** A `before` bound that leaves no open follow-up out. */
export const ANY_TIME = new Date("9999-12-31T00:00:00Z");

/**
 * "华为的报价推迟到下周四" when a follow-up with 华为 is already open: that follow-up gets the new
 * date; a second one would leave the old date to fire as overdue. Several open → ask which.
 */
export async function followUpToMove(ctx: TurnContext, draft: LogDraft, parsed: ParsedSentence): Promise<FollowUpMove> {
  if (draft.moveFollowUp === "new" || !parsed.followUp || draft.skipFollowUp || !draft.companyId) return { kind: "none" };
  if (parsed.followUp.at.getTime() <= ctx.now.getTime()) return { kind: "none" };
  if (draft.moveFollowUp) return { kind: "move", id: draft.moveFollowUp };
  if (!reschedulesTo(draft.text, parsed.followUp.text)) return { kind: "none" };
  // This customer's own, however many others the rep has open (one more than shown tells "more").
  const open = await ctx.domain.followUps.openWith(ctx.actor.userId, draft.companyId, ANY_TIME, MAX_CHOICES + 1);
  if (open.length === 0) return { kind: "none" };
  if (open.length === 1) return { kind: "move", id: open[0]!.id };
  const when = (at: Date) => formatDateTime(at, ctx.timezone, ctx.locale, ctx.now);
  const options = [
    ...open.slice(0, MAX_CHOICES).map((f) => ({ label: `${f.title} · ${when(f.dueAt)}`, patch: { moveFollowUp: f.id } })),
    { label: FollowUpEditM.keepBoth[ctx.locale](), patch: { moveFollowUp: "new" } },
  ];
  const replies = await ask(ctx, "log", FollowUpEditM.whichToMove[ctx.locale](when(parsed.followUp.at)), draft, options);
  return { kind: "asked", replies };
}

/**
 * Follow-up `id` moved to the day said, at the time it already had when none was said
 * (keep-time-of-day.ts), unless `near` picks the day from the current date ("I meant Thursday").
 */
export async function moveFollowUpTo(ctx: TurnContext, id: string, date: ParsedDate, near?: (current: Date) => Date | null) {
  const current = await ctx.domain.followUps.get(id);
  const dueAt = near?.(current.dueAt) ?? newDueAt(date, current.dueAt, ctx.timezone, ctx.now);
  return ctx.domain.followUps.reschedule(ctx.actor, id, dueAt);
}
