import { lookupWhere } from "../contacts/contact-lookup.js";
import type { DbOrTx } from "../shared/db.js";
import type { FieldCipher } from "../shared/field-cipher.js";
import { normalizeText, stripCompanySuffix, toPinyin } from "../shared/search-key.js";

/** A record a new lead may be the same as. */
export interface LeadDuplicate {
  kind: "lead" | "contact" | "company";
  id: string;
  /** "#3 王总 · 京东", "张伟 (华为)", "华为". */
  label: string;
  /** What matched: the phone, the email or the company name (with its pinyin). */
  by: "phone" | "email" | "company";
  /** A lead's number. */
  number?: number;
  /** The team the record belongs to (null: shared), so a caller shows only what the asker may see. */
  teamId: string | null;
}

/** The keys a company name is matched by: the short name and its pinyin ("京东" → 京东, jingdong). */
export function companyKeysOf(name: string): string[] {
  const short = stripCompanySuffix(name);
  return [...new Set([normalizeText(short), toPinyin(short)].filter((k) => k.length > 0))];
}

/**
 * Leads, contacts and customers a new lead may duplicate, by the CRM's rules: the same phone or
 * email (normalized, under any key), or the same company name (short form or pinyin). Converted
 * and disqualified leads count too: a returning person should be recognised.
 */
export async function findLeadDuplicates(
  db: DbOrTx,
  cipher: FieldCipher,
  lead: { phone?: string | null; email?: string | null; companyName?: string | null },
  exceptLeadId?: string,
): Promise<LeadDuplicate[]> {
  const reach = [
    ...(lead.phone ? [{ by: "phone" as const, where: lookupWhere(cipher, "phone", lead.phone) }] : []),
    ...(lead.email ? [{ by: "email" as const, where: lookupWhere(cipher, "email", lead.email) }] : []),
  ];
  const out: LeadDuplicate[] = [];
  const seen = new Set<string>();
  const push = (d: LeadDuplicate) => {
    if (seen.has(`${d.kind}:${d.id}`)) return;
    seen.add(`${d.kind}:${d.id}`);
    out.push(d);
  };
  for (const { by, where } of reach) {
    for (const l of await db.lead.findMany({
      where: { ...where, ...(exceptLeadId ? { id: { not: exceptLeadId } } : {}) },
      take: 5,
      orderBy: { number: "asc" },
    }))
      push({ kind: "lead", id: l.id, number: l.number, label: leadLabel(l), by, teamId: l.teamId });
    for (const c of await db.contact.findMany({ where: { ...where, erasedAt: null }, include: { company: true }, take: 5 }))
      push({ kind: "contact", id: c.id, label: `${c.name} (${c.company.name})`, by, teamId: c.company.teamId });
  }
  if (lead.companyName) {
    const keys = companyKeysOf(lead.companyName);
    if (keys.length > 0) {
      for (const l of await db.lead.findMany({
        where: { companyKey: keys[0]!, ...(exceptLeadId ? { id: { not: exceptLeadId } } : {}) },
        take: 5,
        orderBy: { number: "asc" },
      }))
        push({ kind: "lead", id: l.id, number: l.number, label: leadLabel(l), by: "company", teamId: l.teamId });
      const near = await db.company.findMany({ where: { OR: keys.map((k) => ({ searchKey: { contains: k } })) }, take: 50 });
      for (const c of near.filter((c) => c.searchKey.split(" ").some((k) => keys.includes(k))).slice(0, 5))
        push({ kind: "company", id: c.id, label: c.name, by: "company", teamId: c.teamId });
    }
  }
  return out;
}

const leadLabel = (l: { number: number; name: string; companyName: string | null }) => `#${l.number} ${l.name}${l.companyName ? ` · ${l.companyName}` : ""}`;
