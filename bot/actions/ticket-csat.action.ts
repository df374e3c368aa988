import { ConflictError, InvalidInputError } from "../../domain/shared/errors.js";
import { awaitText } from "../flows/await-text.js";
import { SM } from "../i18n/service-messages.js";
import type { CardActionHandler } from "./action.js";

/** value = "<ticketId>:<1-5>": the score the customer gave; the rep's next message may add their comment. */
export const ticketCsatAction: CardActionHandler = {
  actionId: "ticket.csat",
  async run(ctx, value) {
    const [ticketId, raw] = value.split(":");
    if (!ticketId || !raw || !/^[1-5]$/.test(raw)) throw new InvalidInputError("action value", value);
    try {
      const { ticket, health } = await ctx.domain.tickets.recordCsat(ctx.actor, ticketId, Number(raw));
      await awaitText(ctx, { purpose: "ticket.csat-comment", ticketId });
      return [{ text: SM.csatRecorded[ctx.locale](ticket.number, Number(raw), health), updatesSource: true }];
    } catch (error) {
      if (error instanceof ConflictError) return [{ text: SM.csatAlready[ctx.locale](), visibility: "private" }];
      throw error;
    }
  },
};
