import type { Card } from "../../../cards/model.js";
import type { Tx } from "../../../domain/shared/db.js";
import type { NotifyOptions } from "../../delivery/notifier.js";
import type { Locale } from "../../types.js";
import { type JobContext, asLocale } from "../job-context.js";

/**
 * Posts an alert to the team's alerts chat (`channel alerts`), worded in the team's language and
 * zone, in the transaction that claims the alert. Returns how many chats it went to: 0 for no team
 * or no registered chat.
 */
export async function postToTeamAlerts(
  ctx: JobContext,
  tx: Tx,
  teamId: string | null | undefined,
  now: Date,
  build: (reader: { locale: Locale; timeZone: string }) => Card,
  options: NotifyOptions = {},
): Promise<number> {
  if (!teamId) return 0;
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { locale: true, timezone: true } });
  if (!team) return 0;
  return ctx.notifier.toTeam(tx, teamId, "alerts", { card: build({ locale: asLocale(team.locale), timeZone: team.timezone }) }, now, options);
}
