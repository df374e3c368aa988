import { formatDateTime } from "../../cards/format.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { reminderTask } from "../parse/detect-reminder.js";
import type { ParsedSentence } from "../parse/types.js";
import type { LogDraft } from "./log-draft.js";

/** The task of "下周一提醒我给华为发合同" / "remind me to call Globex in two weeks"; null when the sentence reports something done. */
export function reminderOf(draft: LogDraft, parsed: ParsedSentence): string | null {
  if (!parsed.followUp || draft.skipFollowUp) return null;
  if (parsed.activity && !parsed.planned) return null;
  return reminderTask(draft.text, parsed.followUp.text);
}

/**
 * Only the follow-up: a reminder is not contact with the customer, so no activity is logged
 * (it would also reset the deal's last activity and hold back the stale-deal alert) and no deal is touched.
 */
export async function setReminder(ctx: TurnContext, draft: LogDraft, parsed: ParsedSentence, task: string): Replies {
  const dueAt = parsed.followUp!.at;
  const logged = await ctx.domain.interactions.log(ctx.actor, {
    company: draft.createCompany ? { create: draft.createCompany } : { id: draft.companyId! },
    ...(draft.contactId ? { contactId: draft.contactId } : {}),
    dealId: draft.dealId ?? null,
    activity: null,
    followUp: { dueAt, title: () => task },
  });
  const lines = [
    ...(logged.companyCreated ? [M.companyCreated[ctx.locale](logged.company.name)] : []),
    M.reminderSet[ctx.locale](formatDateTime(dueAt, ctx.timezone, ctx.locale, ctx.now), task, logged.company.name),
  ];
  return [{ text: lines.join("\n") }];
}
