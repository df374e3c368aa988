import type { ImportNotify } from "../../domain/imports/import-job-lease.js";
import type { OnExisting } from "../../domain/imports/import.service.js";
import type { Replies, TurnContext } from "../context.js";
import { ImportM } from "./import-messages.js";
import { progressReply } from "./import-progress.js";

/** Where the runner reports for this turn's importer: the chat they confirmed in, in this turn's language. */
function notifyOf(ctx: TurnContext): ImportNotify {
  const { event } = ctx;
  return {
    platform: event.channel,
    target: {
      conversationId: event.conversation.id,
      kind: event.conversation.kind,
      platformUserId: event.user.platformUserId,
      ...(event.user.tenantId ? { tenantId: event.user.tenantId } : {}),
    },
    locale: ctx.locale,
  };
}

/**
 * The importer pressed Import: the job is marked to run and the answer is its progress card, at
 * once. The rows go in in the background (ImportRunner), which updates that card in place and
 * sends the result, so the confirming event is not held for the length of the import.
 */
export async function startImport(ctx: TurnContext, jobId: string, onExisting: OnExisting): Replies {
  let job = await ctx.domain.imports.job(ctx.actor, jobId);
  // A confirmation delivered again after a stop finds the job running: its card is shown again.
  if (job.status === "previewed") job = await ctx.domain.imports.start(ctx.actor, jobId, onExisting, notifyOf(ctx));
  else if (job.status !== "running") return [{ text: ImportM.nothingOpen[ctx.locale]() }];
  return [progressReply(job, ctx.locale)];
}

/** "import resume": the running import's card; a runner takes the job up again once its last holder's claim lapsed. */
export async function resumeImport(ctx: TurnContext): Replies {
  const job = await ctx.domain.imports.latestOpen(ctx.actor);
  if (!job || job.status !== "running") return [{ text: ImportM.nothingOpen[ctx.locale]() }];
  return [progressReply(job, ctx.locale)];
}
