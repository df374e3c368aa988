import type { StageService } from "../pipeline/stage.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { AmbiguousError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { type TeamDigest, teamDigests } from "./digest.queries.js";
import type { RuleService } from "./rule.service.js";

export interface TeamDigestNow {
  team: { id: string; name: string; timezone: string };
  digest: TeamDigest;
}

export interface DigestsOnDemand {
  digests: TeamDigestNow[];
  /** Teams the actor could read but that were left out to keep the answer short (admins without a team name). */
  more: string[];
}

/** An admin asking for "the digest" of every team gets this many cards; the rest are named. */
export const MAX_DIGESTS_AT_ONCE = 5;

/**
 * Today's digest on demand, with the figures the morning job would send now (the digest rule's
 * stale-days and top-N). A member reads their own team's, as its team chat does; an admin any
 * team's, by name, or every team's.
 */
export class DigestService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly stages: StageService,
    private readonly rules: RuleService,
  ) {}

  /** Which digests: `team` by name, `all` teams (admins), else the actor's own team (an admin without one: all). */
  async onDemand(actor: Actor, which: { team?: string; all?: boolean } = {}): Promise<DigestsOnDemand> {
    const teams = await this.teamsFor(actor, which.team?.trim() || undefined, which.all ?? false);
    const shown = teams.slice(0, MAX_DIGESTS_AT_ONCE);
    const [rule, stages] = await Promise.all([this.rules.get("digest"), this.stages.list()]);
    const digests = await teamDigests(this.db, stages, shown, {
      now: this.clock.now(),
      sinceDays: 1,
      staleDays: rule.condition.staleDays,
      top: rule.condition.top,
    });
    return {
      digests: shown.map((team) => ({ team, digest: digests.get(team.id)! })),
      more: teams.slice(MAX_DIGESTS_AT_ONCE).map((t) => t.name),
    };
  }

  private async teamsFor(actor: Actor, teamName: string | undefined, all: boolean) {
    const select = { id: true, name: true, timezone: true } as const;
    if (teamName) {
      // The exact name, else the one team whose name holds the words ("East Sales", "华东" for "华东销售 East Sales").
      const wanted = teamName.toLowerCase();
      const teams = await this.db.team.findMany({ select });
      const containing = teams.filter((t) => t.name.toLowerCase().includes(wanted));
      const team = teams.find((t) => t.name.toLowerCase() === wanted) ?? (containing.length === 1 ? containing[0] : undefined);
      if (!team && containing.length > 1)
        throw new AmbiguousError(
          "team",
          teamName,
          containing.map((t) => ({ id: t.id, label: t.name, ref: t.name })),
        );
      if (!team) throw new NotFoundError("team", teamName);
      if (actor.role !== "admin" && actor.teamId !== team.id) throw new PermissionDeniedError("view", "team", team.id);
      return [team];
    }
    if (all && actor.role !== "admin") throw new PermissionDeniedError("view", "team");
    if (actor.role === "admin" && (all || !actor.teamId)) return this.db.team.findMany({ select, orderBy: { name: "asc" } });
    if (!actor.teamId) throw new NotFoundError("team", "");
    const own = await this.db.team.findUnique({ where: { id: actor.teamId }, select });
    if (!own) throw new NotFoundError("team", actor.teamId);
    return [own];
  }
}
