import { type AlertOutbox, type OutboxPort, outboxIn } from "../automation/outbox-port.js";
import type { DbOrTx } from "../shared/db.js";
import { enqueueCardUpdates } from "./outbox.js";

export interface ScopedUser {
  id: string;
  name: string;
  locale: string;
  timezone: string;
  teamId: string | null;
}

export interface ScopedTeam {
  id: string;
  name: string;
  locale: string;
  timezone: string;
}

/**
 * What a caller's announcement may do inside the transaction of a change (a quote submitted, a
 * ticket closed, a policy set): queue messages and card updates that commit with the change or
 * not at all, and read the people and teams it words them for. The caller never holds the
 * transaction itself.
 */
export interface ChangeScope {
  /** The caller's notifier bound to this change. */
  outbox<R>(port: OutboxPort<R>, now: Date): AlertOutbox<R>;
  /** Every card already posted for the record is replaced by `reply` (where the platform can). */
  updateCards(entity: { entityType: string; entityId: string }, reply: unknown, now: Date): Promise<number>;
  user(id: string | null | undefined): Promise<ScopedUser | null>;
  team(id: string | null | undefined): Promise<ScopedTeam | null>;
  /** All teams, by name. */
  teams(): Promise<ScopedTeam[]>;
}

const userFields = { id: true, name: true, locale: true, timezone: true, teamId: true } as const;
const teamFields = { id: true, name: true, locale: true, timezone: true } as const;

export function changeScope(tx: DbOrTx): ChangeScope {
  return {
    outbox: (port, now) => outboxIn(port, tx, now),
    updateCards: (entity, reply, now) => enqueueCardUpdates(tx, entity, reply, now),
    user: async (id) => (id ? tx.user.findUnique({ where: { id }, select: userFields }) : null),
    team: async (id) => (id ? tx.team.findUnique({ where: { id }, select: teamFields }) : null),
    teams: () => tx.team.findMany({ select: teamFields, orderBy: { name: "asc" } }),
  };
}
