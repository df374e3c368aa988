import type { Stage } from "../pipeline/stage.service.js";
import type { Db } from "../shared/db.js";
import { DIGEST_MUTE } from "./alert.service.js";
import { type DigestOptions, type TeamDigest, teamDigests } from "./digest.queries.js";
import { digestPeriodKey } from "./period-keys.js";

export interface DigestTeam {
  id: string;
  name: string;
  locale: string;
  timezone: string;
}

/** The data side of the digest and weekly-summary jobs; their claims go through alert-claims.service.ts. */
export class DigestAlerts {
  constructor(private readonly db: Db) {}

  /**
   * The teams (in `timeZone`, or all) whose digest of the period `at` falls in is not claimed yet, by
   * name; `claimed` counts those already sent (earlier, or by another instance).
   */
  async teamsDue(kind: "digest" | "weekly-summary", at: Date, timeZone?: string): Promise<{ pending: DigestTeam[]; claimed: number }> {
    const teams = await this.db.team.findMany({
      where: timeZone ? { timezone: timeZone } : {},
      select: { id: true, name: true, locale: true, timezone: true },
      orderBy: { name: "asc" },
    });
    if (teams.length === 0) return { pending: [], claimed: 0 };
    const done = await this.db.alert.findMany({
      where: {
        kind,
        subjectType: "team",
        subjectId: { in: teams.map((t) => t.id) },
        periodKey: { in: teams.map((t) => digestPeriodKey(kind, t.id, at, t.timezone)) },
      },
      select: { subjectId: true },
    });
    const doneIds = new Set(done.map((d) => d.subjectId));
    const pending = teams.filter((t) => !doneIds.has(t.id));
    return { pending, claimed: teams.length - pending.length };
  }

  /** The digests of these teams (digest.queries.ts). */
  digests(stages: Stage[], teams: { id: string; timezone: string }[], o: Omit<DigestOptions, "timeZone">): Promise<Map<string, TeamDigest>> {
    return teamDigests(this.db, stages, teams, o);
  }

  /** Users among `userIds` whose digest DMs are paused at `now` (the digest card's snooze, alert.service.ts). */
  async muted(userIds: string[], now: Date): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.db.alert.findMany({
      where: { kind: DIGEST_MUTE, status: "snoozed", snoozedUntil: { gt: now }, subjectId: { in: userIds } },
      select: { subjectId: true },
    });
    return new Set(rows.map((r) => r.subjectId));
  }
}
