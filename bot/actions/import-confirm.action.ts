import { IMPORT_CONFIRM_ACTION } from "../imports/import-flow.js";
import { startImport } from "../imports/import-start.js";
import { switchImportKind } from "../imports/import-kind.js";
import { ImportM } from "../imports/import-messages.js";
import type { CardActionHandler } from "./action.js";

/** The preview's buttons: value "<job id>:update|skip|cancel|leads|customers". Only the importer (or an admin) may press them. */
export const importConfirmAction: CardActionHandler = {
  actionId: IMPORT_CONFIRM_ACTION,
  async run(ctx, value) {
    const [jobId = "", choice] = value.split(":");
    if (choice === "cancel") {
      await ctx.domain.imports.cancel(ctx.actor, jobId);
      return [{ text: ImportM.cancelled[ctx.locale]() }];
    }
    // "Import as leads" / "Import as customers": the same file previewed the other way.
    if (choice === "leads" || choice === "customers") return switchImportKind(ctx, choice, jobId);
    if (choice !== "update" && choice !== "skip") return [{ text: ImportM.nothingOpen[ctx.locale]() }];
    return startImport(ctx, jobId, choice);
  },
};
