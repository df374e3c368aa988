import { overdueFollowUpCard } from "../../../cards/alert.card.js";
import { DAY_MS, localDateKey, wallClock } from "../../../domain/automation/local-day.js";
import type { OverdueFollowUp } from "../../../domain/automation/overdue-followup.scan.js";
import { type FollowUpStage as Stage, followUpPeriodKey } from "../../../domain/automation/period-keys.js";
import type { Recipient } from "../../../domain/automation/recipients.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import type { Locale } from "../../types.js";
import { type JobContext, type JobResult, type JobRun, asLocale } from "../job-context.js";
import { postToTeamAlerts } from "./team-alerts.js";

const KIND = "overdue-followup";

/**
 * Overdue follow-ups: the owner at the due time, again the next morning (in the owner's zone),
 * and the manager once the follow-up is N days overdue. After downtime only the latest owner
 * reminder is sent (a missed "due" is covered by "morning").
 */
export async function runOverdueFollowUps(ctx: JobContext, rule: RuleDefinition<"overdue-followup">, run: JobRun): Promise<JobResult> {
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const jobs = ctx.domain.automation;
  const due = await jobs.overdueFollowUps.scan(run.now, 2000);
  if (due.length === 0) return result;
  const claimed = await jobs.claims.claimedKeys(
    KIND,
    due.map((f) => f.id),
  );
  const people = await jobs.people.load(due.map((f) => f.ownerId));
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
    if (rule.actions.includes("team-channel") && escalate && owner.teamId && !claimed.has(followUpPeriodKey(f.id, "team", f.dueAt)))
      wanted.push({ stage: "team", to: [] });
    for (const w of wanted) {
      const claim = await jobs.claims.claim(
        ctx.notifier,
        { kind: KIND, subjectType: "followup", subjectId: f.id, periodKey: followUpPeriodKey(f.id, w.stage, f.dueAt), recipientId: f.ownerId },
        run.now,
        async (out, alertId) => {
          let delivered = 0;
          const stage = w.stage === "team" ? "manager" : w.stage;
          for (const r of w.to) delivered += await out.toUser(r.id, { card: card(f, owner, r, stage, alertId, run.now) });
          if (w.stage === "team") delivered += await postToTeamAlerts(out, owner.teamId, (reader) => card(f, owner, reader, "manager", alertId, run.now));
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

function card(
  f: OverdueFollowUp,
  owner: Recipient,
  reader: { locale: string; timezone: string } | { locale: Locale; timeZone: string },
  stage: Exclude<Stage, "team">,
  alertId: string,
  now: Date,
) {
  const timeZone = "timeZone" in reader ? reader.timeZone : reader.timezone;
  return overdueFollowUpCard(
    { id: f.id, title: f.title, dueAt: f.dueAt, ownerName: owner.name, companyName: f.company?.name ?? null, deal: f.deal },
    { locale: asLocale(reader.locale), timeZone, now, alertId, stage },
  );
}
