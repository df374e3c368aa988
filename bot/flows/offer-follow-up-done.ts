import { formatDateTime } from "../../cards/format.js";
import { truncate } from "../../cards/limits.js";
import type { TurnContext } from "../context.js";
import { FollowUpEditM } from "../i18n/followup-edit-messages.js";
import type { Reply } from "../types.js";

/** Follow-ups due within this window (or overdue) may be what the logged activity just did. */
const WINDOW_MS = 7 * 24 * 3600_000;
const CANCELLED_WINDOW_MS = 60 * 24 * 3600_000;
const MAX_SHOWN = 3;
const TITLE_CHARS = 40;

type OpenFollowUp = { id: string; title: string; dueAt: Date };

/** The actor's open follow-ups with the customer that the activity may have settled (or called off). */
export function openFollowUpsToOffer(ctx: TurnContext, companyId: string, why: "done" | "cancelled" = "done"): Promise<OpenFollowUp[]> {
  // A meeting called off may have been set weeks ahead.
  const window = why === "cancelled" ? CANCELLED_WINDOW_MS : WINDOW_MS;
  return ctx.domain.followUps.openWith(ctx.actor.userId, companyId, new Date(ctx.now.getTime() + window), MAX_SHOWN);
}

/**
 * "华为报价已经发了" while "给华为发报价" is still open: the rep did it, but only the rep knows
 * that this activity was the one. So the open follow-ups with that customer are shown with a Done
 * button each, never closed silently; left alone, they stay open and remind as before. The same
 * when the sentence calls an appointment off ("华为的会取消了"): its follow-up would fire for nothing.
 */
export async function offerFollowUpDone(
  ctx: TurnContext,
  company: { id: string; name: string },
  why: "done" | "cancelled" = "done",
  /** The list, when the caller read it already (openFollowUpsToOffer, while the activity was written). */
  read?: Promise<OpenFollowUp[]>,
): Promise<Reply[]> {
  const open = await (read ?? openFollowUpsToOffer(ctx, company.id, why));
  if (open.length === 0) return [];
  const when = (at: Date) => formatDateTime(at, ctx.timezone, ctx.locale, ctx.now);
  return [
    {
      card: {
        title: (why === "cancelled" ? FollowUpEditM.stillOpenCancelled : FollowUpEditM.stillOpen)[ctx.locale](company.name),
        blocks: [
          { type: "text", text: open.map((f) => `· ${f.title} · ${when(f.dueAt)}`).join("\n") },
          {
            type: "actions",
            buttons: open.map((f) => ({ label: FollowUpEditM.markDone[ctx.locale](truncate(f.title, TITLE_CHARS)), actionId: "followup.done", value: f.id })),
          },
        ],
      },
    },
  ];
}
