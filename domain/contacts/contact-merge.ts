import { writeAudit } from "../audit/audit.service.js";
import { parseTags } from "../companies/company.service.js";
import type { Actor } from "../shared/actor.js";
import { editNameList } from "../shared/name-list.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";

/**
 * Merges a duplicate contact into the one kept (same customer): activities, follow-ups and tickets
 * move over; the kept card's empty fields (title, phone, email, WeChat, birthday) are filled from the
 * duplicate, sealed values and lookup hashes copied as they are; tags join; the duplicate is deleted.
 */
export async function mergeContacts(db: Db, actor: Actor, duplicateId: string, keepId: string) {
  if (duplicateId === keepId) throw new InvalidInputError("contact", "same person");
  return db.$transaction(async (tx) => {
    const [duplicate, keep] = await Promise.all([tx.contact.findUnique({ where: { id: duplicateId } }), tx.contact.findUnique({ where: { id: keepId } })]);
    if (!duplicate || duplicate.erasedAt) throw new NotFoundError("contact", duplicateId);
    if (!keep || keep.erasedAt) throw new NotFoundError("contact", keepId);
    // People of two customers are two records; the customers are merged first.
    if (duplicate.companyId !== keep.companyId) throw new InvalidInputError("contact", "different customers");
    await assertMayWriteCustomers(tx, actor, [keep.companyId]);
    const where = { contactId: duplicateId };
    const data = { contactId: keepId };
    const activities = (await tx.activity.updateMany({ where, data })).count;
    const followUps = (await tx.followUp.updateMany({ where, data })).count;
    const tickets = (await tx.ticket.updateMany({ where, data })).count;
    const tags = editNameList(parseTags(keep.tags), parseTags(duplicate.tags));
    const after = await tx.contact.update({
      where: { id: keepId },
      data: {
        title: keep.title ?? duplicate.title,
        ...(keep.phone ? {} : { phone: duplicate.phone, phoneHash: duplicate.phoneHash }),
        ...(keep.email ? {} : { email: duplicate.email, emailHash: duplicate.emailHash }),
        wechatId: keep.wechatId ?? duplicate.wechatId,
        birthday: keep.birthday ?? duplicate.birthday,
        tags: JSON.stringify(tags),
      },
    });
    await tx.contact.delete({ where: { id: duplicateId } });
    const moved = { activities, followUps, tickets };
    await writeAudit(tx, actor, {
      action: "contact.merge",
      entityType: "contact",
      entityId: duplicateId,
      before: duplicate,
      after: { mergedInto: keepId, moved },
    });
    await writeAudit(tx, actor, { action: "contact.update", entityType: "contact", entityId: keepId, before: keep, after });
    return { kept: after, duplicate, moved };
  });
}
