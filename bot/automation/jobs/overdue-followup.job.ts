import { overdueFollowUpCard } from "../../../cards/alert.card.js";
import { claimAndDeliver, claimedKeys } from "../../../domain/automation/alert-claim.js";
import { DAY_MS, localDateKey, wallClock } from "../../../domain/automation/local-day.js";
import { findOverdueFollowUps, type OverdueFollowUp } from "../../../domain/automation/overdue-followup.scan.js";
import type { Recipient } from "../../../domain/automation/recipients.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import type { Locale } from "../../types.js";
import { type JobContext, type JobResult, type JobRun, asLocale } from "../job-context.js";
import { loadPeople } from "./recipient-set.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "overdue-followup";
/** "team": the team's alerts chat, at the same point as the manager (the follow-up N days overdue). */
type Stage = "due" | "morning" | "manager" | "team";

/** Keyed by the due time, so a snooze (which moves dueAt) starts the reminders afresh. */
export function followUpPeriodKey(id: string, stage: Stage, dueAt: Date): string {
  return `${KIND}:${id}:${stage}:${dueAt.toISOString()}`;
}

/**
 * Overdue follow-ups: the owner at the due time, again the next morning (in the owner's zone),
 * and the manager once the follow-up is N days overdue. After downtime only the latest owner
 * reminder is sent (a missed "due" is covered by "morning").
 */
export async function runOverdueFollowUps(ctx: JobContext, rule: RuleDefinition<"overdue-followup">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const due = await findOverdueFollowUps(ctx.db, run.now, 2000);
  if (due.length === 0) return result;
  const claimed = await claimedKeys(ctx.db, KIND, due.map((f) => f.id));
  const people = await loadPeople(ctx.db, due.map((f) => f.ownerId));
  for (const f of due) {
    const owner = people.user(f.ownerId);
    if (!owner) continue;
    const wanted: { stage: Stage; to: Recipient[] }[] = [];
    if (rule.actions.includes("notify-owner")) {
      const morning = isNextMorning(f.dueAt, run.now, owner.timezone, rule.condition.morningHour);
      const ownerStage: Stage = morning ? "morning" : "due";
      if (!claimed.has(followUpPeriodKey(f.id, "morning", f.dueAt)) && !(ownerStage === "due" && claimed.has(followUpPeriodKey(f.id, "due", f.dueAt)))) {
        wanted.push({ stage: ownerStage, to: [owner] });
      }
    }
    const escalate = run.now.getTime() - f.dueAt.getTime() >= rule.condition.managerAfterDays * DAY_MS;
    if (rule.actions.includes("notify-manager") && escalate) {
      const managers = people.managersOf(owner);
      if (managers.length > 0 && !claimed.has(followUpPeriodKey(f.id, "manager", f.dueAt))) wanted.push({ stage: "manager", to: managers });
    }
    if (rule.actions.includes("team-channel") && escalate && owner.teamId && !claimed.has(followUpPeriodKey(f.id, "team", f.dueAt))) wanted.push({ stage: "team", to: [] });
    for (const w of wanted) {
      const claim = await claimAndDeliver(
        ctx.db,
        { kind: KIND, subjectType: "followup", subjectId: f.id, periodKey: followUpPeriodKey(f.id, w.stage, f.dueAt), recipientId: f.ownerId },
        run.now,
        async (tx, alertId) => {
          let delivered = 0;
          const stage = w.stage === "team" ? "manager" : w.stage;
          for (const r of w.to) delivered += await ctx.notifier.toUser(tx, r.id, { card: card(f, owner, r, stage, alertId, run.now) }, run.now);
          if (w.stage === "team") delivered += await postToTeamAlerts(ctx, tx, owner.teamId, run.now, (reader) => card(f, owner, reader, "manager", alertId, run.now));
          return delivered;
        },
      );
      if (claim.status === "sent") result.sent++;
      else result.duplicates++;
    }
  }
  return result;
}

function isNextMorning(dueAt: Date, now: Date, timeZone: string, hour: number): boolean {
  return localDateKey(now, timeZone) > localDateKey(dueAt, timeZone) && wallClock(now, timeZone).hour >= hour;
}

function card(f: OverdueFollowUp, owner: Recipient, reader: { locale: string; timezone: string } | { locale: Locale; timeZone: string }, stage: Exclude<Stage, "team">, alertId: string, now: Date) {
  const timeZone = "timeZone" in reader ? reader.timeZone : reader.timezone;
  return overdueFollowUpCard(
    { id: f.id, title: f.title, dueAt: f.dueAt, ownerName: owner.name, companyName: f.company?.name ?? null, deal: f.deal },
    { locale: asLocale(reader.locale), timeZone, now, alertId, stage },
  );
}
