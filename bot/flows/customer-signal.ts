import { customerLossCard } from "../../cards/customer-loss.card.js";
import type { Recipient } from "../../domain/automation/recipients.js";
import type { TurnContext } from "../context.js";
import { asLocale } from "../automation/job-context.js";
import { uniqueById } from "../automation/jobs/churn.job.js";
import { DAY_MS } from "../../domain/automation/local-day.js";
import type { InboundSignal, Reply } from "../types.js";

/**
 * A customer-contact event from the platform about the sending rep's customer: a new customer
 * becomes the rep's lead (they are told); a lost one lowers the company's health and sends its
 * owner and their manager a churn card, with a call-back follow-up for the owner — once per delivery.
 */
export async function onCustomerSignal(ctx: TurnContext, event: InboundSignal): Promise<Reply[]> {
  const outcome = await ctx.domain.customerSignals.record(ctx.actor, {
    platform: event.channel,
    kind: event.signal,
    externalUserId: event.externalUserId,
    eventKey: `${event.channel}:${event.eventId ?? `${event.signal}:${event.user.platformUserId}:${event.externalUserId}:${event.occurredAt}`}`,
    occurredAt: new Date(event.occurredAt),
    ...(event.customer ? { customer: event.customer } : {}),
  });
  const zh = ctx.locale === "zh";
  if (outcome.kind === "duplicate") return [];
  if (outcome.kind === "known") {
    // The same customer adding a second rep: that rep learns the CRM knows them (their first rep's is the record).
    if (outcome.firstUserId === ctx.actor.userId || (outcome.leadNumber === null && outcome.companyId === null)) return [];
    // Named only to the first rep's own team: to anyone else it is another team's record, like a duplicate.
    const first = outcome.firstUserId ? (await ctx.domain.automation.people.load([outcome.firstUserId])).user(outcome.firstUserId) : null;
    const sameTeam = ctx.actor.role === "admin" || (first?.teamId != null && first.teamId === ctx.actor.teamId);
    if (!sameTeam) {
      return [
        {
          text: zh
            ? "这位企业微信客户已在 CRM 中（另一个团队的记录），没有另建线索。"
            : "This WeCom customer is already in the CRM (a record of another team); no second lead was made.",
        },
      ];
    }
    const company = outcome.companyId ? ((await ctx.domain.companies.namesOf([outcome.companyId]))[0]?.name ?? null) : null;
    const where = company ? (zh ? `客户「${company}」` : `customer "${company}"`) : zh ? `线索 #${outcome.leadNumber}` : `lead #${outcome.leadNumber}`;
    return [
      {
        text: zh
          ? `这位企业微信客户已在 CRM 中：${where}，由同事先加上了。跟进记录请记在那里。`
          : `This WeCom customer is already in the CRM as ${where}, added by a teammate first. Log your work there.`,
      },
    ];
  }
  if (outcome.kind === "lead-created") {
    const n = outcome.lead.number;
    return [
      {
        text: zh
          ? `企业微信新客户已记为线索 #${n}（归你跟进）。补充信息：线索 ${n} 姓名|公司|手机 <值>；线索 ${n} 查看。`
          : `Your new WeCom customer is lead #${n} (yours). Fill in who they are: lead ${n} name|company|phone <value>; lead ${n} to see it.`,
      },
    ];
  }
  if (!outcome.company) return [];
  const company = outcome.company;
  const people = await ctx.domain.automation.people.load(company.ownerId ? [company.ownerId] : [], company.teamId ? [company.teamId] : []);
  const owner = people.user(company.ownerId);
  const recipients: Recipient[] = uniqueById([...(owner ? [owner] : []), ...(owner ? people.managersOf(owner) : people.teamManagers(company.teamId))]);
  const followUp = owner
    ? {
        title: asLocale(owner.locale) === "zh" ? `回访：${company.name}（企业微信客户流失）` : `Call back: ${company.name} (WeCom contact lost)`,
        dueAt: new Date(ctx.now.getTime() + DAY_MS),
        ownerId: owner.id,
        companyId: company.id,
      }
    : null;
  await ctx.domain.customerSignals.claimLossAlert(
    ctx.notifier,
    {
      kind: "customer-loss",
      subjectType: "company",
      subjectId: company.id,
      periodKey: `customer-loss:${event.channel}:${event.eventId ?? event.occurredAt}:${event.externalUserId}`,
      recipientId: owner?.id ?? null,
    },
    followUp,
    async (out, alertId) => {
      let delivered = 0;
      for (const r of recipients) {
        const card = customerLossCard(
          {
            companyId: company.id,
            companyName: company.name,
            signal: outcome.signal,
            repName: ctx.user.name,
            score: outcome.health?.score ?? 0,
            parts: outcome.health?.parts ?? [],
          },
          { locale: asLocale(r.locale), alertId },
        );
        delivered += await out.toUser(r.id, { card });
      }
      return delivered;
    },
  );
  return [];
}
