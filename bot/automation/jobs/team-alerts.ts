import type { Card } from "../../../cards/model.js";
import type { OutboxOptions } from "../../../domain/automation/outbox-port.js";
import { AM } from "../../i18n/automation-messages.js";
import type { Locale } from "../../types.js";
import { type JobOutbox, asLocale } from "../job-context.js";

/**
 * Posts an alert to the team's alerts chat (`channel alerts`), worded in the team's language and
 * zone, in the transaction that claims the alert. Returns how many chats it went to: 0 for no team
 * or no registered chat.
 */
export async function postToTeamAlerts(
  out: JobOutbox,
  teamId: string | null | undefined,
  build: (reader: { locale: Locale; timeZone: string }) => Card,
  options: OutboxOptions = {},
): Promise<number> {
  if (!teamId) return 0;
  const team = await out.team(teamId);
  if (!team) return 0;
  const locale = asLocale(team.locale);
  // A burst of alerts waiting for the same chat goes as one post (see OutboxWorker, batch-replies.ts).
  const batch = { key: "team-alerts", title: AM.teamAlertsTitle[locale]() };
  return out.toTeam(teamId, "alerts", { card: build({ locale, timeZone: team.timezone }), batch }, options);
}
