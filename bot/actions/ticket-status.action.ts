import { ConflictError, InvalidInputError } from "../../domain/shared/errors.js";
import { cardFor, ticketAnnouncer } from "../flows/ticket-announcer.js";
import { SM } from "../i18n/service-messages.js";
import type { CardActionHandler } from "./action.js";

const TARGETS = ["pending", "resolved", "closed"] as const;
const STATUS_TEXT = { pending: { zh: "处理中", en: "in progress" }, resolved: { zh: "已解决", en: "resolved" }, closed: { zh: "已关闭", en: "closed" } };

/** value = "<ticketId>:<pending|resolved|closed>" (Start / Resolve / Close on a ticket card). */
export const ticketStatusAction: CardActionHandler = {
  actionId: "ticket.status",
  async run(ctx, value) {
    const [ticketId, to] = value.split(":");
    const target = TARGETS.find((t) => t === to);
    if (!ticketId || !target) throw new InvalidInputError("action value", value);
    const announcer = ticketAnnouncer(ctx);
    try {
      const ticket = await ctx.domain.tickets.setStatus(ctx.actor, ticketId, target, announcer.handler);
      return [
        { card: await cardFor(ctx, ticket), updatesSource: true },
        { text: SM.statusChanged[ctx.locale](ticket.number, STATUS_TEXT[target][ctx.locale]) },
        ...announcer.replies,
      ];
    } catch (error) {
      if (error instanceof ConflictError) return [{ text: SM.ticketConflict[ctx.locale](), visibility: "private" }];
      throw error;
    }
  },
};
