import { writeAudit } from "../audit/audit.service.js";
import { type AlertClaim, type ClaimResult, claimAndDeliver } from "../automation/alert-claim.js";
import { type Deliver, type OutboxPort, outboxIn } from "../automation/outbox-port.js";
import { customerHealth, type HealthPart, loadHealthInputs, storeHealth } from "../companies/customer-health.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import type { LeadService, LeadView } from "./lead.service.js";

export const SIGNAL_KINDS = ["contact-added", "contact-deleted", "rep-removed", "left-group"] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface CustomerSignalInput {
  platform: string;
  kind: SignalKind;
  /** The platform's id of the customer (WeCom ExternalUserID). */
  externalUserId: string;
  /** The delivery it came in: the same key again is the same signal. */
  eventKey: string;
  occurredAt: Date;
  /** What the platform told about a new customer: the lead is named after them. */
  customer?: { name?: string; companyName?: string; title?: string };
}

export type SignalOutcome =
  | { kind: "duplicate" }
  /** A customer new to us added the rep: a lead, the rep's, from WeCom. */
  | { kind: "lead-created"; lead: LeadView }
  /** Someone we know (re-)added the rep; `firstUserId` is the member who had them first. */
  | { kind: "known"; leadNumber: number | null; companyId: string | null; firstUserId: string | null }
  /** A lost relationship: the company's health drops (when we know the company). */
  | {
      kind: "loss";
      signal: Exclude<SignalKind, "contact-added">;
      company: { id: string; name: string; ownerId: string | null; teamId: string | null; tier: string } | null;
      health: { score: number; parts: HealthPart[] } | null;
      leadNumber: number | null;
    };

/**
 * What WeCom's customer-contact events (客户联系) say about relationships: a customer who adds a rep
 * becomes a lead (or is recognised); a customer who deletes the rep, a rep who loses the customer,
 * or a member leaving the customer group lowers the company's health, with that reason. Each
 * delivery is recorded once (CustomerSignal.eventKey), and the customer's id is remembered with
 * the lead, contact and company it belongs to (ExternalContact).
 */
export class CustomerSignalService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly leads: LeadService,
  ) {}

  async record(actor: Actor, input: CustomerSignalInput): Promise<SignalOutcome> {
    if (await this.db.customerSignal.findUnique({ where: { eventKey: input.eventKey } })) return { kind: "duplicate" };
    const key = { platform_externalUserId: { platform: input.platform, externalUserId: input.externalUserId } };
    let link = await this.db.externalContact.findUnique({ where: key });
    // A converted lead knows its company even if the link was made before the conversion.
    if (link?.leadId && !link.companyId) {
      const lead = await this.db.lead.findUnique({ where: { id: link.leadId }, select: { companyId: true, contactId: true } });
      if (lead?.companyId)
        link = await this.db.externalContact.update({ where: { id: link.id }, data: { companyId: lead.companyId, contactId: lead.contactId } });
    }
    const leadNumber = link?.leadId ? ((await this.db.lead.findUnique({ where: { id: link.leadId }, select: { number: true } }))?.number ?? null) : null;

    if (input.kind === "contact-added") {
      let created: LeadView | null = null;
      if (!link) {
        const made = await this.leads.create(
          actor,
          {
            name: input.customer?.name ?? `${input.platform === "wecom" ? "企业微信客户" : "Customer"} ${input.externalUserId.slice(-6)}`,
            ...(input.customer?.companyName ? { companyName: input.customer.companyName } : {}),
            ...(input.customer?.title ? { title: input.customer.title } : {}),
            wechatId: input.externalUserId,
            source: "wecom",
            notes: `${input.occurredAt.toISOString().slice(0, 10)} added ${input.platform} contact`,
          },
          { owner: "me" },
          "create",
        );
        if (made.kind === "created") created = made.lead;
      }
      const claimed = await this.db.$transaction(async (tx) => {
        if (await tx.customerSignal.findUnique({ where: { eventKey: input.eventKey } })) return false;
        await tx.customerSignal.create({ data: { ...this.row(input, actor), companyId: link?.companyId ?? null } });
        if (!link)
          await tx.externalContact.create({
            data: { platform: input.platform, externalUserId: input.externalUserId, userId: actor.userId, leadId: created?.id ?? null },
          });
        return true;
      });
      if (!claimed) return { kind: "duplicate" };
      return created
        ? { kind: "lead-created", lead: created }
        : { kind: "known", leadNumber, companyId: link?.companyId ?? null, firstUserId: link?.userId ?? null };
    }

    const companyId = link?.companyId ?? null;
    // Read before the transaction: on SQLite the one connection is busy until it commits.
    const company = companyId
      ? await this.db.company.findUnique({ where: { id: companyId }, select: { id: true, name: true, ownerId: true, teamId: true, tier: true } })
      : null;
    const now = this.clock.now();
    const health = await this.db.$transaction(async (tx) => {
      if (await tx.customerSignal.findUnique({ where: { eventKey: input.eventKey } })) return "duplicate" as const;
      await tx.customerSignal.create({ data: { ...this.row(input, actor), companyId } });
      await writeAudit(tx, actor, {
        action: `customer.${input.kind}`,
        entityType: company ? "company" : "lead",
        entityId: company?.id ?? link?.leadId ?? input.externalUserId,
        after: { platform: input.platform, externalUserId: input.externalUserId, kind: input.kind },
      });
      if (!company) return null;
      const computed = customerHealth(await loadHealthInputs(tx, company.id, now));
      await storeHealth(tx, null, company.id, computed, input.kind);
      return computed;
    });
    if (health === "duplicate") return { kind: "duplicate" };
    return { kind: "loss", signal: input.kind, company, health, leadNumber };
  }

  /**
   * The loss alert, once: the owner's "call back" follow-up and the messages in one transaction with
   * the Alert row that makes them happen once.
   */
  claimLossAlert<R>(
    port: OutboxPort<R>,
    claim: AlertClaim,
    followUp: { title: string; dueAt: Date; ownerId: string; companyId: string } | null,
    deliver: Deliver<R, void>,
  ): Promise<ClaimResult> {
    const now = this.clock.now();
    return claimAndDeliver(this.db, claim, now, async (tx, alertId) => {
      // Two losses of one customer (deleted by them, then lost by the rep) ask for one call back.
      const open = followUp
        ? await tx.followUp.findFirst({
            where: { companyId: followUp.companyId, ownerId: followUp.ownerId, title: followUp.title, done: false },
            select: { id: true },
          })
        : null;
      if (followUp && !open) {
        const created = await tx.followUp.create({ data: followUp });
        await writeAudit(tx, null, {
          action: "followup.schedule",
          entityType: "followup",
          entityId: created.id,
          after: { ...created, reason: "customer-loss" },
        });
      }
      return deliver(outboxIn(port, tx, now), alertId, undefined);
    });
  }

  private row(input: CustomerSignalInput, actor: Actor) {
    return {
      kind: input.kind,
      platform: input.platform,
      externalUserId: input.externalUserId,
      userId: actor.userId,
      eventKey: input.eventKey,
      occurredAt: input.occurredAt,
    };
  }
}
