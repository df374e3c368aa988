import { csatCard, ticketCard, type TicketCardData } from "../../cards/ticket.card.js";
import type { TicketEventHandler } from "../../domain/tickets/ticket.service.js";
import type { TurnContext } from "../context.js";
import { SM } from "../i18n/service-messages.js";
import type { Locale, Reply } from "../types.js";

export interface TicketAnnouncer {
  handler: TicketEventHandler;
  /** For the person acting now (e.g. the CSAT survey when they closed their own ticket). */
  replies: Reply[];
}

/**
 * Ticket events to outbox rows in the ticket's transaction: the new ticket's card to its assignee,
 * in-place updates of posted ticket cards on every status change, and on close the CSAT survey
 * for the rep who raised it (customers are not chat users, so the rep asks and records the score).
 */
export function ticketAnnouncer(ctx: TurnContext): TicketAnnouncer {
  const replies: Reply[] = [];
  const handler: TicketEventHandler = async (scope, ticket, change) => {
    const entity = { entityType: "ticket", entityId: ticket.id };
    const out = scope.outbox(ctx.notifier, ctx.now);
    if (change.from === null) {
      if (ticket.assigneeId && ticket.assigneeId !== ctx.actor.userId) {
        const assignee = await scope.user(ticket.assigneeId);
        const locale: Locale = assignee?.locale === "en" ? "en" : "zh";
        const card = ticketCard(ticket, assignee?.name ?? null, { locale, timeZone: assignee?.timezone ?? ctx.timezone });
        await out.toUser(ticket.assigneeId, { text: SM.newForYou[locale](ticket.number, ticket.title), card }, { cardFor: entity });
      }
      return;
    }
    const assignee = await scope.user(ticket.assigneeId);
    await scope.updateCards(entity, { card: ticketCardFor(ctx, ticket, assignee?.name ?? null) }, ctx.now);
    if (change.to !== "closed") return;
    if (ticket.reporterId === ctx.actor.userId) {
      replies.push({ text: SM.csatAsk[ctx.locale](ticket.number), card: csatCard(ticket, ctx.locale) });
      return;
    }
    const reporter = await scope.user(ticket.reporterId);
    const locale: Locale = reporter?.locale === "en" ? "en" : "zh";
    await out.toUser(ticket.reporterId, { text: SM.csatAsk[locale](ticket.number), card: csatCard(ticket, locale) });
  };
  return { handler, replies };
}

/** The ticket's card in the asker's language and zone. */
export function ticketCardFor(ctx: TurnContext, ticket: TicketCardData, assigneeName: string | null) {
  return ticketCard(ticket, assigneeName, { locale: ctx.locale, timeZone: ctx.timezone });
}

/** The same, reading the assignee's name (outside a change). */
export async function cardFor(ctx: TurnContext, ticket: TicketCardData & { assigneeId: string | null }) {
  return ticketCardFor(ctx, ticket, await ctx.domain.names.userName(ticket.assigneeId));
}
