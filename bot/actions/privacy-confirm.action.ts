import { PersonMatcher } from "../../domain/privacy/person-matcher.js";
import type { TurnContext } from "../context.js";
import { P } from "../i18n/privacy-messages.js";
import { R } from "../i18n/reliability-messages.js";
import { exportDirectory, exportFilePath, writeExportFile } from "../privacy/export-file.js";
import { backupDirectory, backupRetentionDays } from "../privacy/backup-location.js";
import { deleteExportsOf, filesMentioning, quoteDocuments } from "../privacy/personal-files.js";
import type { PrivacyRequest } from "../privacy/privacy.command.js";
import type { Reply } from "../types.js";
import type { CardActionHandler } from "./action.js";

/** value = "<pendingId>:yes|no". The request is bound to the admin who made it and is used once. */
export const privacyConfirmAction: CardActionHandler = {
  actionId: "privacy.confirm",
  async run(ctx, value) {
    const [pendingId, answer] = value.split(":");
    if (ctx.actor.role !== "admin") return [{ text: R.adminOnly[ctx.locale]() }];
    const pending = pendingId ? await ctx.pending.take<PrivacyRequest>(ctx.actor.userId, pendingId) : null;
    if (!pending || pending.kind !== "privacy") return [{ text: R.confirmExpired[ctx.locale]() }];
    if (answer !== "yes") return [{ text: R.cancelled[ctx.locale]() }];
    const { op, contactId } = pending.payload;
    return op === "erase" ? erase(ctx, contactId) : exportData(ctx, contactId);
  },
};

async function exportData(ctx: TurnContext, contactId: string): Promise<Reply[]> {
  const file = exportFilePath(contactId, ctx.now);
  const data = await ctx.domain.privacy.exportContact(ctx.actor, contactId, file);
  // Files generated for the person (earlier exports, documents) and the backups holding them are part of "everything held".
  const matcher = new PersonMatcher(await ctx.domain.privacy.identify(ctx.actor, contactId));
  const files = await heldFiles(ctx, matcher, data.quoteNumbers);
  const backups = await filesMentioning([backupDirectory()], matcher);
  writeExportFile(file, { ...data, files, backups });
  const name = typeof data.contact.name === "string" ? data.contact.name : contactId;
  return [{ text: P.exported[ctx.locale](name, file, data.records.length, data.activities.length, data.followUps.length) }];
}

async function erase(ctx: TurnContext, contactId: string): Promise<Reply[]> {
  if (await ctx.domain.privacy.isErased(contactId)) return [{ text: R.alreadyErased[ctx.locale]() }];
  const result = await ctx.domain.privacy.eraseContact(ctx.actor, contactId);
  const matcher = new PersonMatcher(result.person);
  const deleted = deleteExportsOf(contactId, exportDirectory());
  const files = await heldFiles(ctx, matcher, result.quoteNumbers);
  const backups = await filesMentioning([backupDirectory()], matcher);
  const perTable = Object.entries(result.counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
  const lines = [
    P.erased[ctx.locale](result.records.length, perTable),
    P.storage[ctx.locale](result.storage),
    ...(deleted > 0 ? [P.deletedExports[ctx.locale](deleted)] : []),
    P.filesStillHolding[ctx.locale](files),
    P.backupsStillHolding[ctx.locale](backups, backupRetentionDays()),
  ];
  return [{ text: lines.join("\n") }];
}

/** Generated files that hold the person: any text file naming them, and the PDFs of quotes naming them. */
async function heldFiles(ctx: TurnContext, matcher: PersonMatcher, quoteNumbers: string[]): Promise<string[]> {
  const named = await filesMentioning([ctx.files.dir, exportDirectory()], matcher);
  return [...new Set([...named, ...quoteDocuments(ctx.files.dir, quoteNumbers)])].sort();
}
