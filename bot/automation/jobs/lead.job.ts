import { leadCard } from "../../../cards/lead.card.js";
import type { RuleDefinition } from "../../../domain/automation/rule.schemas.js";
import type { Recipient } from "../../../domain/automation/recipients.js";
import { type JobContext, type JobResult, type JobRun, asLocale } from "../job-context.js";
import { uniqueById } from "./churn.job.js";

/**
 * Leads at or above the hot score: once per lead, its owner (or, in the pool, the team's managers)
 * and the owner's manager get its card with why it scored so.
 */
export async function runLeadHot(ctx: JobContext, rule: RuleDefinition<"lead-hot">, run: JobRun): Promise<JobResult> {
  const KIND = "lead-hot";
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const jobs = ctx.domain.automation;
  const hot = await ctx.domain.leads.hotLeads(rule.condition.threshold);
  if (hot.length === 0) return result;
  const claimed = await jobs.claims.claimedKeys(
    KIND,
    hot.map((l) => l.id),
  );
  const people = await jobs.people.load(
    hot.flatMap((l) => (l.ownerId ? [l.ownerId] : [])),
    hot.flatMap((l) => (l.teamId ? [l.teamId] : [])),
  );
  for (const lead of hot) {
    const periodKey = `${KIND}:lead:${lead.id}`;
    if (claimed.has(periodKey)) continue;
    const owner = people.user(lead.ownerId);
    const recipients: Recipient[] = uniqueById([
      ...(owner && rule.actions.includes("notify-owner") ? [owner] : []),
      ...(rule.actions.includes("notify-manager") ? (owner ? people.managersOf(owner) : people.teamManagers(lead.teamId)) : []),
    ]);
    const claim = await jobs.claims.claim(
      ctx.notifier,
      { kind: KIND, subjectType: "lead", subjectId: lead.id, periodKey, recipientId: recipients[0]?.id ?? null, payload: { score: lead.score } },
      run.now,
      async (out) => {
        let delivered = 0;
        for (const r of recipients) {
          const locale = asLocale(r.locale);
          const card = leadCard(lead, { locale, timeZone: r.timezone, viewerId: r.id });
          const head = locale === "zh" ? `🔥 热线索：评分 ${lead.score}` : `🔥 Hot lead: score ${lead.score}`;
          delivered += await out.toUser(r.id, { card: { ...card, subtitle: head } });
        }
        return delivered;
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
  return result;
}

/** Owned leads idle for N days go back to the pool; the previous owner and their manager are told. */
export async function runLeadReturn(ctx: JobContext, rule: RuleDefinition<"lead-return">, run: JobRun): Promise<JobResult> {
  const KIND = "lead-return";
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const returned = await ctx.domain.leads.returnIdle(rule.condition.days);
  if (returned.length === 0) return result;
  const jobs = ctx.domain.automation;
  const people = await jobs.people.load(returned.map((r) => r.previousOwnerId));
  for (const { lead, previousOwnerId } of returned) {
    const owner = people.user(previousOwnerId);
    const recipients = uniqueById([
      ...(owner && rule.actions.includes("notify-owner") ? [owner] : []),
      ...(owner && rule.actions.includes("notify-manager") ? people.managersOf(owner) : []),
    ]);
    // The return itself happened once (a conditional update); the claim keeps its messages to once as well.
    const claim = await jobs.claims.claim(
      ctx.notifier,
      { kind: KIND, subjectType: "lead", subjectId: lead.id, periodKey: `${KIND}:lead:${lead.id}:${lead.version}`, recipientId: previousOwnerId },
      run.now,
      async (out) => {
        let delivered = 0;
        for (const r of recipients) {
          const locale = asLocale(r.locale);
          const who = owner?.name ?? "";
          const text =
            locale === "zh"
              ? `线索 #${lead.number} ${lead.name}${lead.companyName ? `（${lead.companyName}）` : ""} ${rule.condition.days} 天无人跟进，已从 ${who} 名下退回公海。`
              : `Lead #${lead.number} ${lead.name}${lead.companyName ? ` (${lead.companyName})` : ""} was not worked on for ${rule.condition.days} days and went back from ${who} to the pool.`;
          delivered += await out.toUser(r.id, { text });
        }
        return delivered;
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
  return result;
}

/** Pool leads nobody claimed go to a rep whose territory covers them, else the team's reps in turn; each new owner gets the lead's card. */
export async function runLeadAssign(ctx: JobContext, rule: RuleDefinition<"lead-assign">, run: JobRun): Promise<JobResult> {
  const KIND = "lead-assign";
  const result: JobResult = { key: KIND, sent: 0, duplicates: 0 };
  const assigned = await ctx.domain.leads.assignWaiting(rule.condition.minutes, rule.condition.by);
  if (assigned.length === 0) return result;
  const jobs = ctx.domain.automation;
  const people = await jobs.people.load(assigned.map((a) => a.ownerId));
  for (const { lead, ownerId, rule: why } of assigned) {
    const owner = people.user(ownerId);
    const claim = await jobs.claims.claim(
      ctx.notifier,
      { kind: KIND, subjectType: "lead", subjectId: lead.id, periodKey: `${KIND}:lead:${lead.id}:${lead.version}`, recipientId: ownerId },
      run.now,
      async (out) => {
        if (!owner || !rule.actions.includes("notify-owner")) return 0;
        const locale = asLocale(owner.locale);
        const card = leadCard(lead, { locale, timeZone: owner.timezone, viewerId: owner.id });
        return out.toUser(owner.id, { card: { ...card, subtitle: assignedSubtitle(why, lead, locale) } });
      },
    );
    if (claim.status === "sent") result.sent++;
    else result.duplicates++;
  }
  return result;
}

/** Why this rep got the lead: their region or industry, or their turn. */
function assignedSubtitle(why: "region" | "industry" | "round-robin", lead: { region: string | null; industry: string | null }, locale: "zh" | "en"): string {
  if (locale === "zh") {
    if (why === "region") return `公海线索已分配给你（地区：${lead.region}）`;
    if (why === "industry") return `公海线索已分配给你（行业：${lead.industry}）`;
    return "公海线索已分配给你（轮流分配）";
  }
  if (why === "region") return `A pool lead was assigned to you (region: ${lead.region})`;
  if (why === "industry") return `A pool lead was assigned to you (industry: ${lead.industry})`;
  return "A pool lead was assigned to you (in turn)";
}
