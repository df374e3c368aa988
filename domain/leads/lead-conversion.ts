import { writeAudit } from "../audit/audit.service.js";
import type { CompanyService } from "../companies/company.service.js";
import { lookupWhere } from "../contacts/contact-lookup.js";
import type { ContactService } from "../contacts/contact.service.js";
import type { DealService } from "../deals/deal.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import type { SensitiveFields } from "../shared/sensitive-fields.js";
import { companyKeysOf } from "./lead-duplicates.js";
import { OPEN_LEAD_STATUSES, type LeadStatus } from "./lead.schemas.js";
import type { LeadService } from "./lead.service.js";

/**
 * A lead becomes a customer in one step and one transaction: its company (the existing customer of
 * that name, or a new one), its person as a contact (the existing one with that phone or email, or
 * new), and a deal owned by the lead's owner. The lead keeps its source and campaign and points at
 * what it became, so conversion and revenue are counted per source and campaign.
 */
export class LeadConversion {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly fields: SensitiveFields,
    private readonly leads: LeadService,
    private readonly companies: CompanyService,
    private readonly contacts: ContactService,
    private readonly deals: DealService,
  ) {}

  async convert(actor: Actor, leadId: string, deal: { amountMinor?: number; currency?: string } = {}) {
    const result = await this.db.$transaction(async (tx) => {
      const stored = await tx.lead.findUnique({ where: { id: leadId } });
      if (!stored || !this.leads.mayView(actor, stored)) throw new NotFoundError("lead", leadId);
      if (!this.leads.mayChange(actor, stored)) throw new PermissionDeniedError("convert", "lead", String(stored.number));
      if (!OPEN_LEAD_STATUSES.includes(stored.status as LeadStatus)) throw new InvalidInputError("lead-closed", String(stored.number));
      const lead = this.fields.open("Lead", stored);
      // A customer named after the person is rarely what the rep meant: they add the company first.
      if (!lead.companyName) throw new InvalidInputError("lead-no-company", String(stored.number));
      const companyName = lead.companyName;
      // A Chinese name matches customers by its characters only (美德科技 is not 美的 though both are "meide");
      // a Latin one may match a Chinese customer's pinyin ("Huawei" → 华为).
      const keys = /[\u4e00-\u9fff]/u.test(companyName) ? companyKeysOf(companyName).slice(0, 1) : companyKeysOf(companyName);
      const near = keys.length > 0 ? await tx.company.findMany({ where: { OR: keys.map((k) => ({ searchKey: { contains: k } })) }, take: 50 }) : [];
      const existing = near.find((c) => c.searchKey.split(" ").some((k) => keys.includes(k)));
      const company = existing ?? (await this.companies.createIn(tx, actor, { name: companyName }));
      const reach = [
        ...(lead.phone ? [lookupWhere(this.fields.cipher, "phone", lead.phone)] : []),
        ...(lead.email ? [lookupWhere(this.fields.cipher, "email", lead.email)] : []),
      ];
      const known = reach.length > 0 ? await tx.contact.findFirst({ where: { companyId: company.id, erasedAt: null, OR: reach } }) : null;
      const contact =
        known ??
        (await this.contacts.createIn(tx, actor, {
          companyId: company.id,
          name: lead.name,
          ...(lead.title ? { title: lead.title } : {}),
          ...(lead.phone ? { phone: lead.phone } : {}),
          ...(lead.email ? { email: lead.email } : {}),
          ...(lead.wechatId ? { wechatId: lead.wechatId } : {}),
        }));
      const created = await this.deals.createIn(tx, actor, {
        companyId: company.id,
        ownerId: lead.ownerId ?? actor.userId,
        ...(deal.amountMinor !== undefined ? { amountMinor: deal.amountMinor } : {}),
        ...(deal.currency ? { currency: deal.currency } : {}),
      });
      // What the conversion makes is the lead owner's, also when their manager pressed Convert.
      const ownerId = lead.ownerId ?? actor.userId;
      if (ownerId !== actor.userId) {
        const owner = await tx.user.findUniqueOrThrow({ where: { id: ownerId }, select: { teamId: true } });
        if (!existing) await tx.company.update({ where: { id: company.id }, data: { ownerId, teamId: owner.teamId } });
        if (!known) await tx.contact.update({ where: { id: contact.id }, data: { ownerId } });
      }
      const now = this.clock.now();
      const after = await tx.lead.update({
        where: { id: stored.id },
        data: {
          status: "converted",
          convertedAt: now,
          companyId: company.id,
          contactId: contact.id,
          dealId: created.id,
          ownerId: stored.ownerId ?? actor.userId,
          lastTouchedAt: now,
          version: { increment: 1 },
        },
      });
      await writeAudit(tx, actor, {
        action: "lead.convert",
        entityType: "lead",
        entityId: stored.id,
        before: stored,
        after: { ...after, customerOwnerId: existing ? existing.ownerId : ownerId },
      });
      // A WeCom customer who started as this lead now belongs to the company: its signals reach the company's health.
      await tx.externalContact.updateMany({ where: { leadId: stored.id }, data: { contactId: contact.id, companyId: company.id } });
      return {
        after,
        company: { id: company.id, name: company.name, existed: Boolean(existing) },
        contact: { id: contact.id, name: contact.name, existed: Boolean(known) },
        deal: created,
      };
    });
    return { ...result, lead: await this.leads.view(result.after) };
  }
}
