import pg from "pg";
import { createDatabase, pgAdmin, pgDatabaseUrl, quoteIdent } from "./pg-server.js";

/**
 * Fresh PostgreSQL databases for tests, fast. CREATE DATABASE … TEMPLATE costs ~0.4 s, so a test
 * file clones the migrated template once per database it holds at a time and, when a test is done
 * with one, hands it to the next test after emptying every table and putting back the rows the
 * migrations seeded (DELETE + INSERT in one transaction: a few ms; TRUNCATE would be ~0.3 s).
 * The databases are dropped by the global teardown (test/global-setup-pg.ts) by name prefix.
 */
interface Snapshot {
  /** Tables in an order that deletes children before parents. */
  deleteOrder: string[];
  /** Rows the migrations inserted, as JSON, per table, parents first. */
  seeds: { table: string; rows: string }[];
}

const free: string[] = [];
let snapshot: Snapshot | undefined;
let counter = 0;

async function takeSnapshot(c: pg.Client): Promise<Snapshot> {
  const tables = (
    await c.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`)
  ).rows.map((r) => r.name);
  const edges = (
    await c.query<{ child: string; parent: string }>(
      `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
    )
  ).rows.map((e) => ({ child: e.child.replaceAll('"', ""), parent: e.parent.replaceAll('"', "") }));
  // Children first: repeatedly take a table no remaining table references.
  const deleteOrder: string[] = [];
  const left = new Set(tables);
  while (left.size > 0) {
    const next = [...left].filter((t) => !edges.some((e) => e.parent === t && e.child !== t && left.has(e.child)));
    if (next.length === 0) throw new Error(`pg-test-pool: foreign-key cycle among ${[...left].join(", ")}`);
    for (const t of next) {
      deleteOrder.push(t);
      left.delete(t);
    }
  }
  const seeds: Snapshot["seeds"] = [];
  // Parents first, so seeded rows that reference other seeded rows go in after them.
  for (const table of deleteOrder.slice().reverse()) {
    const { rows } = await c.query<{ rows: string | null }>(`SELECT json_agg(t)::text AS rows FROM ${quoteIdent(table)} t`);
    if (rows[0]?.rows) seeds.push({ table, rows: rows[0].rows });
  }
  return { deleteOrder, seeds };
}

async function reset(c: pg.Client, s: Snapshot): Promise<void> {
  await c.query("BEGIN");
  for (const table of s.deleteOrder) await c.query(`DELETE FROM ${quoteIdent(table)}`);
  for (const { table, rows } of s.seeds) {
    await c.query(`INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`, [rows]);
  }
  await c.query("COMMIT");
}

/** A database equal to the freshly migrated template, and the function that gives it back. */
export async function acquirePgDatabase(server: string, template: string, prefix: string): Promise<{ url: string; release(): void }> {
  const reused = free.pop();
  let name: string;
  if (reused) {
    name = reused;
    await pgAdmin(pgDatabaseUrl(server, name), (c) => reset(c, snapshot!));
  } else {
    name = `${prefix}_${process.pid}_${++counter}`;
    await createDatabase(server, name, template);
    snapshot ??= await pgAdmin(pgDatabaseUrl(server, name), takeSnapshot);
  }
  return { url: pgDatabaseUrl(server, name), release: () => void free.push(name) };
}
