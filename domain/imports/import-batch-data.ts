import { normalizeEmail, normalizePhone } from "../contacts/contact-lookup.js";
import type { Tx } from "../shared/db.js";
import type { FieldCipher } from "../shared/field-cipher.js";
import type { ImportContext } from "./import-context.js";

type StoredCompany = NonNullable<Awaited<ReturnType<Tx["company"]["findUnique"]>>>;
type StoredContact = NonNullable<Awaited<ReturnType<Tx["contact"]["findUnique"]>>>;

/** A person at a customer, as the "same person" rule compares them: stored already, or added by this batch. */
export type BatchPerson = { name: string; phoneHash: string | null; emailHash: string | null } & ({ stored: StoredContact } | { stored?: undefined });

/**
 * What a batch's rows need to know about the customers they name that existed before the batch —
 * their stored values (an update compares with them), whether they have an open deal, and their
 * people — read in one query each for the whole batch instead of one a row; then kept current as
 * the batch's rows change them, so a later row of the batch sees what an earlier one did.
 */
export class ImportBatchData {
  private constructor(
    private readonly companies: Map<string, StoredCompany>,
    /** Existing customers with an open deal before the import touched them. */
    readonly openDeals: ReadonlySet<string>,
    private readonly people: Map<string, BatchPerson[]>,
  ) {}

  static empty(): ImportBatchData {
    return new ImportBatchData(new Map(), new Set(), new Map());
  }

  /**
   * The customers `rows` name (by their `company` value) that the context knows: another's customer
   * whose stored values and open deals a row may need (`update`), and every known one's people (an
   * earlier batch or run of this import may have given it some).
   */
  static async read(tx: Tx, ctx: ImportContext, rows: readonly unknown[], wantsStored: boolean): Promise<ImportBatchData> {
    const existing = new Set<string>();
    const known = new Set<string>();
    for (const raw of rows) {
      const name = (raw as { company?: unknown } | null)?.company;
      const company = typeof name === "string" && name.trim() ? ctx.find(name.trim()) : undefined;
      if (!company) continue;
      known.add(company.id);
      if (!company.ours) existing.add(company.id);
    }
    if (known.size === 0) return ImportBatchData.empty();
    const ids = [...existing];
    const [stored, deals, contacts] = await Promise.all([
      wantsStored && ids.length > 0 ? tx.company.findMany({ where: { id: { in: ids } } }) : [],
      ids.length > 0 ? tx.deal.findMany({ where: { companyId: { in: ids }, stage: { kind: "open" } }, select: { companyId: true } }) : [],
      tx.contact.findMany({ where: { companyId: { in: [...known] }, erasedAt: null }, orderBy: { createdAt: "asc" } }),
    ]);
    const people = new Map<string, BatchPerson[]>();
    for (const c of contacts) {
      const list = people.get(c.companyId) ?? [];
      list.push({ name: c.name, phoneHash: c.phoneHash, emailHash: c.emailHash, stored: c });
      people.set(c.companyId, list);
    }
    return new ImportBatchData(new Map(stored.map((c) => [c.id, c])), new Set(deals.map((d) => d.companyId)), people);
  }

  /** The customer's stored row as this batch left it so far. */
  company(id: string): StoredCompany | undefined {
    return this.companies.get(id);
  }

  companyChanged(after: StoredCompany): void {
    this.companies.set(after.id, after);
  }

  /**
   * The first of the customer's people who is the row's person: same name, or same phone or email
   * under any configured key (as a contact look-up matches them mid key rotation).
   */
  samePerson(cipher: FieldCipher, companyId: string, person: { name: string; phone: string | null; email: string | null }): BatchPerson | undefined {
    const list = this.people.get(companyId);
    if (!list) return undefined;
    const phones = person.phone ? new Set(cipher.hashes("phone", normalizePhone(person.phone))) : undefined;
    const emails = person.email ? new Set(cipher.hashes("email", normalizeEmail(person.email))) : undefined;
    return list.find((p) => p.name === person.name || (!!p.phoneHash && !!phones?.has(p.phoneHash)) || (!!p.emailHash && !!emails?.has(p.emailHash)));
  }

  personAdded(companyId: string, person: BatchPerson): void {
    const list = this.people.get(companyId) ?? [];
    list.push(person);
    this.people.set(companyId, list);
  }

  /** A stored person a row filled in: later rows compare with the filled values. */
  personChanged(person: BatchPerson & { stored: StoredContact }, after: StoredContact): void {
    person.stored = after;
    person.phoneHash = after.phoneHash;
    person.emailHash = after.emailHash;
  }
}
