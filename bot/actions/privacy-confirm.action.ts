import { R } from "../i18n/reliability-messages.js";
import { exportFilePath, writeExportFile } from "../privacy/export-file.js";
import type { PrivacyRequest } from "../privacy/privacy.command.js";
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
    if (op === "erase") {
      const contact = await ctx.domain.db.contact.findUnique({ where: { id: contactId } });
      if (contact?.erasedAt) return [{ text: R.alreadyErased[ctx.locale]() }];
      const counts = await ctx.domain.privacy.eraseContact(ctx.actor, contactId);
      return [{ text: R.erased[ctx.locale](counts.activities) }];
    }
    const file = exportFilePath(contactId, ctx.now);
    const data = await ctx.domain.privacy.exportContact(ctx.actor, contactId, file);
    writeExportFile(file, data);
    const name = typeof data.contact.name === "string" ? data.contact.name : contactId;
    return [{ text: R.exported[ctx.locale](name, file, data.activities.length, data.followUps.length) }];
  },
};
