import { managersByTeam, managersOf, type Recipient, usersById } from "../../../domain/automation/recipients.js";
import type { DbOrTx } from "../../../domain/shared/db.js";

/** Owners, their direct managers and their teams' managers, loaded in three queries for a whole batch. */
export async function loadPeople(db: DbOrTx, ownerIds: Iterable<string>, extraTeamIds: Iterable<string> = []) {
  const owners = await usersById(db, ownerIds);
  const managerIds = [...owners.values()].flatMap((u) => (u.managerId ? [u.managerId] : []));
  const people = new Map([...owners, ...(await usersById(db, managerIds))]);
  const teamIds = [...[...owners.values()].flatMap((u) => (u.teamId ? [u.teamId] : [])), ...extraTeamIds];
  const teamManagers = await managersByTeam(db, teamIds);
  return {
    user: (id: string | null | undefined): Recipient | undefined => (id ? people.get(id) : undefined),
    managersOf: (user: Recipient): Recipient[] => managersOf(user, people, teamManagers),
    teamManagers: (teamId: string | null | undefined): Recipient[] => (teamId ? (teamManagers.get(teamId) ?? []) : []),
  };
}
