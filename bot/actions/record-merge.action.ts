import { MergeM } from "../i18n/merge-messages.js";
import { R } from "../i18n/reliability-messages.js";
import type { MergeRequest } from "../commands/merge-request.js";
import type { CardActionHandler } from "./action.js";

/** value = "<pendingId>:yes|no"; the request is bound to whoever asked and is used once. Permissions are checked by the domain. */
export const recordMergeAction: CardActionHandler = {
  actionId: "record.merge",
  async run(ctx, value) {
    const [pendingId, answer] = value.split(":");
    const pending = pendingId ? await ctx.pending.take<MergeRequest>(ctx.actor.userId, pendingId) : null;
    if (!pending || pending.kind !== "merge") return [{ text: R.confirmExpired[ctx.locale]() }];
    if (answer !== "yes") return [{ text: R.cancelled[ctx.locale]() }];
    const { entity, duplicateId, keepId } = pending.payload;
    if (entity === "company") {
      const { kept, duplicate, moved } = await ctx.domain.companies.merge(ctx.actor, duplicateId, keepId);
      return [{ text: MergeM.companyMerged[ctx.locale](duplicate.name, kept.name, moved) }];
    }
    const { kept, duplicate, moved } = await ctx.domain.contacts.merge(ctx.actor, duplicateId, keepId);
    return [{ text: MergeM.contactMerged[ctx.locale](duplicate.name, kept.name, moved.activities + moved.followUps + moved.tickets) }];
  },
};
