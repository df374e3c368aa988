import { type Db, dialectOf, type Tx } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { sqliteStamp } from "../shared/sqlite-rows.js";

/** Bound values per statement: under SQLite's 32,766 and PostgreSQL's 65,535 placeholders. */
const MAX_VALUES = 30_000;

/**
 * Inserts rows into `table` with one multi-row INSERT (a few for a very wide batch), inside the
 * caller's Prisma transaction `tx` on `db`. An import's batch went through createMany before,
 * whose query compilation and row mapping in Prisma cost ~2 ms a row, 20 times the database's
 * own work; a raw statement through Prisma still costs ~5 µs per bound value, so on SQLite the
 * statement runs on the transaction's own connection through DirectSql (joinTransaction).
 *
 * Rows are plain column → value objects, every column given (the schema's @default(cuid()),
 * now() and @updatedAt are Prisma's, not the database's). Values are stored as Prisma stores
 * them: a Date as SQLite's stamp or PostgreSQL's ISO text, a bigint as text (the column's type
 * reads it back), a boolean as 1/0 on SQLite.
 */
export async function insertRows(db: Db, tx: Tx, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const sqlite = dialectOf(tx) === "sqlite";
  const joined = directSqlOf(db)?.joinTransaction() ?? null;
  // Rows with the same columns go in together (a sealed field or an optional value may differ in shape).
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = Object.keys(row).join("\u0000");
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  for (const [key, group] of groups) {
    const columns = key.split("\u0000");
    const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
    for (let start = 0; start < group.length; start += perStatement) {
      const chunk = group.slice(start, start + perStatement);
      const values: unknown[] = [];
      for (const row of chunk) for (const column of columns) values.push(stored(row[column], sqlite));
      // SQLite's placeholders are all "?": one tuple text, repeated (a batch's garbage is what an import's memory peak is made of).
      const tuples = sqlite
        ? Array(chunk.length).fill(`(${columns.map(() => "?").join(", ")})`)
        : chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
      const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
      if (joined) await joined.run(sql, ...values);
      else await tx.$executeRawUnsafe(sql, ...values);
    }
  }
}

function stored(value: unknown, sqlite: boolean): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return sqlite ? sqliteStamp(value) : value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return sqlite ? (value ? 1 : 0) : value;
  return value;
}
