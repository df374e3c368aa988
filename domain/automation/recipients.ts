import type { DbOrTx } from "../shared/db.js";

export interface Recipient {
  id: string;
  name: string;
  locale: string;
  timezone: string;
  teamId: string | null;
  managerId: string | null;
}

const recipientSelect = { id: true, name: true, locale: true, timezone: true, teamId: true, managerId: true } as const;

/** Users by id, one query. */
export async function usersById(db: DbOrTx, ids: Iterable<string>): Promise<Map<string, Recipient>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await db.user.findMany({ where: { id: { in: list }, active: true }, select: recipientSelect });
  return new Map(rows.map((u) => [u.id, u]));
}

/** Active managers of each team, one query. */
export async function managersByTeam(db: DbOrTx, teamIds: Iterable<string>): Promise<Map<string, Recipient[]>> {
  const list = [...new Set(teamIds)];
  const result = new Map<string, Recipient[]>();
  if (list.length === 0) return result;
  const rows = await db.user.findMany({ where: { teamId: { in: list }, role: "manager", active: true }, select: recipientSelect, orderBy: { name: "asc" } });
  for (const row of rows) {
    const teamId = row.teamId!;
    result.set(teamId, [...(result.get(teamId) ?? []), row]);
  }
  return result;
}

/** Who is "the manager" of a person: their managerId, else their team's managers (never themselves). */
export function managersOf(user: Recipient, users: Map<string, Recipient>, teamManagers: Map<string, Recipient[]>): Recipient[] {
  const direct = user.managerId ? users.get(user.managerId) : undefined;
  if (direct) return [direct];
  return (user.teamId ? (teamManagers.get(user.teamId) ?? []) : []).filter((m) => m.id !== user.id);
}
