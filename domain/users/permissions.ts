import type { Actor } from "../shared/actor.js";

/** The owner of a record, and the team that owner belongs to. */
export interface Ownership {
  ownerId: string;
  ownerTeamId: string | null;
}

/** Reps change their own records; managers their team's; admins everything. */
export function canChange(actor: Actor, record: Ownership): boolean {
  if (actor.role === "admin") return true;
  if (record.ownerId === actor.userId) return true;
  return actor.role === "manager" && actor.teamId !== null && actor.teamId === record.ownerTeamId;
}

/** Everyone sees their own and their team's records; admins see all. */
export function canView(actor: Actor, record: Ownership): boolean {
  if (actor.role === "admin" || record.ownerId === actor.userId) return true;
  return actor.teamId !== null && actor.teamId === record.ownerTeamId;
}

/**
 * Customers (companies and their contacts) are shared records of the team that owns them: every
 * member sees them. A customer of no team is shared with everyone; admins see all.
 */
export function canViewShared(actor: Actor, record: { teamId: string | null; ownerId?: string | null }): boolean {
  if (actor.role === "admin" || record.teamId === null || record.ownerId === actor.userId) return true;
  return actor.teamId !== null && actor.teamId === record.teamId;
}

/**
 * Whose records a count covers: the actor's own, or with `team` their team's (managers and admins;
 * an admin in no team counts everyone's; a rep always gets their own).
 */
export function countScope(actor: Actor, team: boolean | undefined): "mine" | "team" | "all" {
  if (!team || actor.role === "rep") return "mine";
  if (actor.teamId) return "team";
  return actor.role === "admin" ? "all" : "mine";
}
