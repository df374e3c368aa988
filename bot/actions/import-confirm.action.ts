import { IMPORT_CONFIRM_ACTION, runImport } from "../imports/import-flow.js";
import { ImportM } from "../imports/import-messages.js";
import type { CardActionHandler } from "./action.js";

/** The preview's buttons: value "<job id>:update|skip|cancel". Only the importer (or an admin) may press them. */
export const importConfirmAction: CardActionHandler = {
  actionId: IMPORT_CONFIRM_ACTION,
  async run(ctx, value) {
    const [jobId = "", choice] = value.split(":");
    if (choice === "cancel") {
      await ctx.domain.imports.cancel(ctx.actor, jobId);
      return [{ text: ImportM.cancelled[ctx.locale]() }];
    }
    if (choice !== "update" && choice !== "skip") return [{ text: ImportM.nothingOpen[ctx.locale]() }];
    // A confirmation delivered again after a stop finds the job running: it goes on where it was.
    const job = await ctx.domain.imports.job(ctx.actor, jobId);
    if (job.status === "previewed") await ctx.domain.imports.setOnExisting(ctx.actor, jobId, choice);
    else if (job.status !== "running") return [{ text: ImportM.nothingOpen[ctx.locale]() }];
    return runImport(ctx, jobId);
  },
};
