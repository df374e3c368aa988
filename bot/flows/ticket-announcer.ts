import { csatCard, ticketCard, type TicketCardData } from "../../cards/ticket.card.js";
import type { Tx } from "../../domain/shared/db.js";
import type { TicketEventHandler } from "../../domain/tickets/ticket.service.js";
import type { TurnContext } from "../context.js";
import { enqueueCardUpdates } from "../delivery/outbox.js";
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
  const handler: TicketEventHandler = async (tx, ticket, change) => {
    const entity = { entityType: "ticket", entityId: ticket.id };
    if (change.from === null) {
      if (ticket.assigneeId && ticket.assigneeId !== ctx.actor.userId) {
        const assignee = await tx.user.findUnique({ where: { id: ticket.assigneeId } });
        const locale: Locale = assignee?.locale === "en" ? "en" : "zh";
        const card = ticketCard(ticket, assignee?.name ?? null, { locale, timeZone: assignee?.timezone ?? ctx.timezone });
        await ctx.notifier.toUser(tx, ticket.assigneeId, { text: SM.newForYou[locale](ticket.number, ticket.title), card }, ctx.now, { cardFor: entity });
      }
      return;
    }
    await enqueueCardUpdates(tx, entity, { card: await cardFor(tx, ticket, ctx) }, ctx.now);
    if (change.to !== "closed") return;
    if (ticket.reporterId === ctx.actor.userId) {
      replies.push({ text: SM.csatAsk[ctx.locale](ticket.number), card: csatCard(ticket, ctx.locale) });
      return;
    }
    const reporter = await tx.user.findUnique({ where: { id: ticket.reporterId } });
    const locale: Locale = reporter?.locale === "en" ? "en" : "zh";
    await ctx.notifier.toUser(tx, ticket.reporterId, { text: SM.csatAsk[locale](ticket.number), card: csatCard(ticket, locale) }, ctx.now);
  };
  return { handler, replies };
}

export async function cardFor(db: Pick<Tx, "user">, ticket: TicketCardData & { assigneeId: string | null }, ctx: TurnContext) {
  const assignee = ticket.assigneeId ? await db.user.findUnique({ where: { id: ticket.assigneeId } }) : null;
  return ticketCard(ticket, assignee?.name ?? null, { locale: ctx.locale, timeZone: ctx.timezone });
}
