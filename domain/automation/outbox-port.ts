import type { DbOrTx, Tx } from "../shared/db.js";

export interface OutboxOptions {
  /** Remember where the card went, so a later change of the record updates it in place. */
  cardFor?: { entityType: string; entityId: string };
}

/**
 * The notifier as the domain sees it (bot/delivery/notifier.ts implements it): it queues messages
 * as outbox rows inside the caller's transaction. The reply type is the bot's; the domain only
 * passes it through, so it stays generic here.
 */
export interface OutboxPort<R> {
  toUser(tx: DbOrTx, userId: string, reply: R, now: Date, options?: OutboxOptions): Promise<number>;
  toTeam(tx: DbOrTx, teamId: string, purpose: string, reply: R, now: Date, options?: OutboxOptions): Promise<number>;
  /** How many of the team's chats for the purpose cannot press a card's buttons (a WeCom group robot, WeChat). */
  buttonlessTeamChats?(tx: DbOrTx, teamId: string, purpose: string): Promise<number>;
}

/** A team's language and zone, to word a message posted in its chat. */
export interface TeamReader {
  locale: string;
  timezone: string;
}

/**
 * What a job's deliver step may do inside the transaction that claims its alert: queue messages
 * (they commit with the claim or not at all) and read the team it posts to. Each returns how many
 * messages it queued, 0 for nobody reachable.
 */
export interface AlertOutbox<R> {
  toUser(userId: string, reply: R, options?: OutboxOptions): Promise<number>;
  toTeam(teamId: string, purpose: string, reply: R, options?: OutboxOptions): Promise<number>;
  /** How many of the team's chats for the purpose show cards without pressable buttons (absent: not known here). */
  buttonlessTeamChats?(teamId: string, purpose: string): Promise<number>;
  /** Null for a team that does not exist (any more). */
  team(teamId: string): Promise<TeamReader | null>;
}

/** The deliver step of one claimed alert: word and queue its messages, return how many were queued. */
export type Deliver<R, T> = (out: AlertOutbox<R>, alertId: string, item: T) => Promise<number>;

/** Binds the port to one claim's transaction and time, so the bot never holds the transaction. */
export function outboxIn<R>(port: OutboxPort<R>, tx: DbOrTx, now: Date): AlertOutbox<R> {
  return {
    toUser: (userId, reply, options = {}) => port.toUser(tx, userId, reply, now, options),
    toTeam: (teamId, purpose, reply, options = {}) => port.toTeam(tx, teamId, purpose, reply, now, options),
    buttonlessTeamChats: async (teamId, purpose) => (port.buttonlessTeamChats ? port.buttonlessTeamChats(tx, teamId, purpose) : 0),
    team: (teamId) => tx.team.findUnique({ where: { id: teamId }, select: { locale: true, timezone: true } }),
  };
}
