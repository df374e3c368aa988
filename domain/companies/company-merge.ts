import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db, DbOrTx, Tx } from "../shared/db.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { editNameList } from "../shared/name-list.js";
import { companySearchKeyWithAliases, normalizeText } from "../shared/search-key.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";
import { MAX_ALIASES, MAX_TAGS } from "./company.schemas.js";
import { parseTags } from "./company.service.js";

/** What moved from the duplicate to the customer kept. */
export interface MergeCounts {
  contacts: number;
  deals: number;
  activities: number;
  tickets: number;
  followUps: number;
  quotes: number;
}

/** How many records hang on a customer: what a merge would move (asked before it is confirmed). */
export async function recordsOf(db: DbOrTx, companyId: string): Promise<MergeCounts> {
  const where = { companyId };
  const [contacts, deals, activities, tickets, followUps, quotes] = await Promise.all([
    db.contact.count({ where: { ...where, erasedAt: null } }),
    db.deal.count({ where }),
    db.activity.count({ where }),
    db.ticket.count({ where }),
    db.followUp.count({ where }),
    db.quote.count({ where }),
  ]);
  return { contacts, deals, activities, tickets, followUps, quotes };
}

/**
 * Merges a duplicate customer into the one kept, in one transaction: its contacts, deals,
 * activities, tickets, follow-ups and quotes move over; its name and aliases become aliases of the
 * kept one (so sentences naming it still find the customer); its tags join; industry and region fill
 * gaps; then the duplicate row is deleted. Whoever may write both customers may; audited on both.
 */
export async function mergeCompanies(db: Db, actor: Actor, duplicateId: string, keepId: string) {
  if (duplicateId === keepId) throw new InvalidInputError("company", "same customer");
  return db.$transaction(async (tx) => {
    const [duplicate, keep] = await Promise.all([tx.company.findUnique({ where: { id: duplicateId } }), tx.company.findUnique({ where: { id: keepId } })]);
    if (!duplicate) throw new NotFoundError("company", duplicateId);
    if (!keep) throw new NotFoundError("company", keepId);
    await assertMayWriteCustomers(tx, actor, [duplicateId, keepId]);
    const moved = await moveRecords(tx, duplicateId, keepId);
    const names = [duplicate.name, ...parseTags(duplicate.aliases)];
    const aliases = editNameList(parseTags(keep.aliases), names).filter((a) => normalizeText(a) !== normalizeText(keep.name));
    const tags = editNameList(parseTags(keep.tags), parseTags(duplicate.tags));
    const latest = [keep.lastInteractionAt, duplicate.lastInteractionAt].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
    const after = await tx.company.update({
      where: { id: keepId },
      data: {
        aliases: JSON.stringify(aliases.slice(0, MAX_ALIASES)),
        searchKey: companySearchKeyWithAliases(keep.name, aliases.slice(0, MAX_ALIASES)),
        tags: JSON.stringify(tags.slice(0, MAX_TAGS)),
        industry: keep.industry ?? duplicate.industry,
        region: keep.region ?? duplicate.region,
        lastInteractionAt: latest ?? null,
      },
    });
    await tx.company.delete({ where: { id: duplicateId } });
    await writeAudit(tx, actor, {
      action: "company.merge",
      entityType: "company",
      entityId: duplicateId,
      before: duplicate,
      after: { mergedInto: keepId, moved },
    });
    await writeAudit(tx, actor, { action: "company.update", entityType: "company", entityId: keepId, before: keep, after });
    return { kept: after, duplicate, moved };
  });
}

async function moveRecords(tx: Tx, from: string, to: string): Promise<MergeCounts> {
  const where = { companyId: from };
  const data = { companyId: to };
  const [contacts, deals, activities, tickets, followUps, quotes] = [
    await tx.contact.updateMany({ where, data }),
    await tx.deal.updateMany({ where, data }),
    await tx.activity.updateMany({ where, data }),
    await tx.ticket.updateMany({ where, data }),
    await tx.followUp.updateMany({ where, data }),
    await tx.quote.updateMany({ where, data }),
  ];
  // Contracts follow their deals (not counted apart: each belongs to a moved deal).
  await tx.contract.updateMany({ where, data });
  return {
    contacts: contacts.count,
    deals: deals.count,
    activities: activities.count,
    tickets: tickets.count,
    followUps: followUps.count,
    quotes: quotes.count,
  };
}
