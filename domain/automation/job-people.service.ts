import type { Db } from "../shared/db.js";
import { managersByTeam, managersOf, type Recipient, usersById } from "./recipients.js";

/** The people of one batch of alerts: owners, their managers, and the managers of their teams. */
export interface People {
  user(id: string | null | undefined): Recipient | undefined;
  /** Who is "the manager" of a person (recipients.ts managersOf). */
  managersOf(user: Recipient): Recipient[];
  teamManagers(teamId: string | null | undefined): Recipient[];
}

/** Who the automation jobs address, read for a whole batch at once, and where teams are. */
export class JobPeople {
  constructor(private readonly db: Db) {}

  /** Owners, their direct managers and their teams' managers (plus `extraTeamIds`' managers), in three queries. */
  async load(ownerIds: Iterable<string>, extraTeamIds: Iterable<string> = []): Promise<People> {
    const owners = await usersById(this.db, ownerIds);
    const managerIds = [...owners.values()].flatMap((u) => (u.managerId ? [u.managerId] : []));
    const people = new Map([...owners, ...(await usersById(this.db, managerIds))]);
    const teamIds = [...[...owners.values()].flatMap((u) => (u.teamId ? [u.teamId] : [])), ...extraTeamIds];
    const teamManagers = await managersByTeam(this.db, teamIds);
    return {
      user: (id) => (id ? people.get(id) : undefined),
      managersOf: (user) => managersOf(user, people, teamManagers),
      teamManagers: (teamId) => (teamId ? (teamManagers.get(teamId) ?? []) : []),
    };
  }

  /** Active managers of each team, one query. */
  managersByTeam(teamIds: Iterable<string>): Promise<Map<string, Recipient[]>> {
    return managersByTeam(this.db, teamIds);
  }

  /** The distinct timezones teams are in (team rules fire in each); empty without teams. */
  async teamZones(): Promise<string[]> {
    const rows = await this.db.team.findMany({ distinct: ["timezone"], select: { timezone: true } });
    return rows.map((r) => r.timezone);
  }
}
