import { contactHashes } from "../contacts/contact-lookup.js";
import type { Db } from "../shared/db.js";
import type { SensitiveFields, SensitiveModel } from "../shared/sensitive-fields.js";

type Row = Record<string, string | null> & { id: string };

/** The slice of a Prisma model delegate this job uses; contact, company and lead all fit it. */
interface RowDelegate {
  findMany(args: { where: object; select: Record<string, true>; orderBy: { id: "asc" }; take: number }): Promise<Row[]>;
  updateMany(args: { where: object; data: Record<string, string | null> }): Promise<{ count: number }>;
}

export interface ResealOptions {
  /**
   * "plaintext": encrypt values stored before encryption (or before an admin marked the column
   * sensitive); runs on every start and costs one scan when there is nothing to do.
   * "rotate": also re-encrypt values and recompute hashes under any key but the current one.
   */
  mode: "plaintext" | "rotate";
  batchSize?: number;
  /** Called after each committed batch (progress output of the rotation command). */
  onBatch?: (model: SensitiveModel, rows: number) => void;
}

export type ResealCounts = Record<SensitiveModel, number>;

const HASHED: Record<string, "phoneHash" | "emailHash"> = { phone: "phoneHash", email: "emailHash" };
const MODELS = ["Contact", "Company", "Lead"] as const;
/** Models whose phone and email have keyed hashes beside them. */
const WITH_HASHES = new Set<SensitiveModel>(["Contact", "Lead"]);

function delegateOf(db: Pick<Db, "contact" | "company" | "lead">, model: SensitiveModel): RowDelegate {
  return (model === "Contact" ? db.contact : model === "Company" ? db.company : db.lead) as unknown as RowDelegate;
}

/**
 * Brings every sensitive value to the stored form the current key expects, in batches of one
 * transaction each. Resumable: rows already done no longer match the query, so an interrupted run
 * continues where it stopped. A row changed meanwhile (e.g. erased) is left to the next pass.
 */
export async function resealFields(db: Db, fields: SensitiveFields, options: ResealOptions): Promise<ResealCounts> {
  const counts: ResealCounts = { Contact: 0, Company: 0, Lead: 0 };
  for (const model of MODELS) {
    const columns = fields.columns(model);
    if (columns.length === 0) continue;
    for (;;) {
      const done = await db.$transaction(async (tx) => {
        const delegate = delegateOf(tx, model);
        const hashColumns = WITH_HASHES.has(model) ? columns.flatMap((c) => (HASHED[c] ? [HASHED[c]] : [])) : [];
        const select = Object.fromEntries(["id", ...columns, ...hashColumns].map((c) => [c, true as const]));
        const rows = await delegate.findMany({
          where: pending(fields, columns, hashColumns, options.mode),
          select,
          orderBy: { id: "asc" },
          take: options.batchSize ?? 200,
        });
        let changed = 0;
        for (const row of rows) {
          const data = resealed(fields, model, row, columns);
          const { count } = await delegate.updateMany({ where: { ...row }, data });
          changed += count;
        }
        return { rows: rows.length, changed };
      });
      counts[model] += done.changed;
      if (done.rows > 0) options.onBatch?.(model, done.changed);
      if (done.rows === 0 || done.changed === 0) break;
    }
  }
  return counts;
}

/** Rows with a value not yet in the wanted form: plaintext, or (rotating) under another key. */
function pending(fields: SensitiveFields, columns: readonly string[], hashColumns: readonly string[], mode: ResealOptions["mode"]) {
  const prefix = mode === "rotate" ? `v1:${fields.cipher.keyId}:` : "v1:";
  return {
    OR: [
      ...columns.map((c) => ({ AND: [{ [c]: { not: null } }, { NOT: { [c]: { startsWith: prefix } } }] })),
      // A value without its hash (written before the hash columns existed).
      ...Object.entries(HASHED).flatMap(([c, h]) => (hashColumns.includes(h) ? [{ AND: [{ [c]: { not: null } }, { [h]: null }] }] : [])),
      ...(mode === "rotate" ? hashColumns.map((h) => ({ AND: [{ [h]: { not: null } }, { NOT: { [h]: { startsWith: `${fields.cipher.keyId}:` } } }] })) : []),
    ],
  };
}

function resealed(fields: SensitiveFields, model: SensitiveModel, row: Row, columns: readonly string[]): Record<string, string | null> {
  const plain = fields.open(model, row);
  const data: Record<string, string | null> = {};
  for (const column of columns) {
    const stored = row[column];
    if (stored === null || stored === undefined) continue;
    data[column] = fields.cipher.isCurrent(stored) ? stored : fields.cipher.encrypt(plain[column]!, `${model}.${column}`);
  }
  if (WITH_HASHES.has(model)) Object.assign(data, contactHashes(fields.cipher, { phone: plain.phone ?? null, email: plain.email ?? null }));
  return data;
}

/**
 * The id of a key some stored value is encrypted under that this process does not have, if any:
 * e.g. a second instance that generated its own key file instead of sharing CRM_DATA_KEY.
 */
export async function unknownKeyId(db: Db, fields: SensitiveFields): Promise<string | undefined> {
  for (const model of MODELS) {
    const columns = fields.columns(model);
    if (columns.length === 0) continue;
    const delegate = delegateOf(db, model);
    const known = (c: string) => fields.cipher.keyIds.map((id) => ({ NOT: { [c]: { startsWith: `v1:${id}:` } } }));
    const where = { OR: columns.map((c) => ({ AND: [{ [c]: { startsWith: "v1:" } }, ...known(c)] })) };
    const [row] = await delegate.findMany({
      where,
      select: Object.fromEntries(["id", ...columns].map((c) => [c, true as const])),
      orderBy: { id: "asc" },
      take: 1,
    });
    const stored = row ? columns.map((c) => row[c]).find((v) => v && !fields.cipher.keyIds.some((id) => v.startsWith(`v1:${id}:`))) : undefined;
    if (stored) return stored.split(":")[1];
  }
  return undefined;
}
