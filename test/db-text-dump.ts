import type { Db } from "../domain/shared/db.js";

export type TableDump = Record<string, Record<string, unknown>[]>;

/**
 * Every row of every table, read with raw SQL (not through the models), so a test can look for a
 * string anywhere in the database, including tables no service knows about.
 */
export async function dumpAllTables(db: Db, dialect: "sqlite" | "postgres"): Promise<TableDump> {
  const tables =
    dialect === "sqlite"
      ? await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
        )
      : await db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
        );
  const dump: TableDump = {};
  for (const { name } of tables) dump[name] = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
  return dump;
}

/** The rows (as "Table:id") whose text contains one of the needles. */
export function rowsContaining(dump: TableDump, needles: string[]): string[] {
  const hits: string[] = [];
  for (const [table, rows] of Object.entries(dump)) {
    for (const row of rows) {
      const text = JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
      for (const needle of needles) if (text.toLowerCase().includes(needle.toLowerCase())) hits.push(`${table}:${String(row.id ?? row.key)} has ${needle}`);
    }
  }
  return hits;
}

/** Row count per table. */
export function rowCounts(dump: TableDump): Record<string, number> {
  return Object.fromEntries(Object.entries(dump).map(([t, rows]) => [t, rows.length]));
}

/** "Table:id" of rows present in both dumps whose content differs. */
export function changedRows(before: TableDump, after: TableDump): string[] {
  const changed: string[] = [];
  for (const [table, rows] of Object.entries(before)) {
    const later = new Map((after[table] ?? []).map((r) => [String(r.id ?? r.key), JSON.stringify(r, big)]));
    for (const row of rows) {
      const id = String(row.id ?? row.key);
      if (later.has(id) && later.get(id) !== JSON.stringify(row, big)) changed.push(`${table}:${id}`);
    }
  }
  return changed.sort();
}

const big = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);
