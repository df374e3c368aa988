import { createHash } from "node:crypto";
import pg from "pg";
import type { DirectSql, PlannedWrite, Row, SqlStatements } from "./direct-sql.js";

/**
 * DirectSql on PostgreSQL: the pool Prisma's adapter uses (so the app holds one set of
 * connections, closed by `$disconnect`). Each statement is a named prepared statement, parsed
 * and planned once per connection instead of once per call.
 *
 * Values come back as Prisma's rows need them: `timestamp(3)` (Prisma's DateTime, UTC wall
 * clock without a zone) stays text and is read as UTC by dateOf (node-postgres would read it
 * in the server process's zone); `bigint` stays text for BigInt(); JSON columns are text in this
 * schema anyway. Dates are written as ISO text, which PostgreSQL stores in UTC wall clock
 * (the `Z` is dropped by a column without a zone), as Prisma writes them.
 */
export function directPostgres(pool: pg.Pool): DirectSql {
  const alone: DirectSql["read"] = async (work) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    // A checked-out client's connection loss is emitted as 'error' on the client (the pool only
    // listens on idle ones): unheard, it would end the process. The running query fails with it.
    const onError = (error: Error) => {
      broken = error;
    };
    client.on("error", onError);
    try {
      return await work(statementsOn(client));
    } catch (error) {
      broken ??= connectionError(error);
      throw error;
    } finally {
      client.removeListener("error", onError);
      client.release(broken);
    }
  };
  return {
    joinTransaction: () => null,
    read: alone,
    writeOne: alone,
    checkedWrite: (decide) =>
      alone(async (sql) => {
        const plan = await decide(sql);
        if (!plan) return null;
        if (plan.writes.length > 0) await sql.run(asOneStatement(plan.writes), ...plan.writes.flatMap((w) => w.args));
        return plan.result;
      }),
    write: (work) =>
      alone(async (sql) => {
        await sql.run("BEGIN");
        try {
          const result = await work(sql);
          await sql.run("COMMIT");
          return result;
        } catch (error) {
          await sql.run("ROLLBACK").catch(() => undefined);
          throw error;
        }
      }),
  };
}

/**
 * Several writes as one statement, each a data-modifying WITH clause: PostgreSQL runs every one
 * of them exactly once, against one snapshot, and the statement commits or fails as a whole.
 * The writes must not depend on one another's effects (none sees another's rows).
 */
export function asOneStatement(writes: readonly PlannedWrite[]): string {
  if (writes.length === 1) return writes[0]!.sql;
  return `WITH ${writes.map((w, i) => `"w${i}" AS (${w.sql})`).join(", ")} SELECT 1`;
}

const TIMESTAMP = 1114;
const INT8 = 20;
const JSON_OID = 114;
const JSONB = 3802;
const KEPT_AS_TEXT = new Set([TIMESTAMP, INT8, JSON_OID, JSONB]);

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    KEPT_AS_TEXT.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
};

function statementsOn(client: pg.PoolClient): SqlStatements {
  const query = (sql: string, args: unknown[]) => client.query<Row>({ ...prepared(sql), values: args as unknown[], types });
  const values = (sql: string, args: unknown[]) => client.query<unknown[]>({ ...prepared(sql), values: args as unknown[], types, rowMode: "array" });
  return {
    get: async (sql, ...args) => (await query(sql, args)).rows[0],
    all: async (sql, ...args) => (await query(sql, args)).rows,
    getValues: async (sql, ...args) => (await values(sql, args)).rows[0],
    allValues: async (sql, ...args) => (await values(sql, args)).rows,
    run: async (sql, ...args) => ({ changes: (await query(sql, args)).rowCount ?? 0 }),
    date: (at) => at.toISOString(),
    bool: (value) => value,
  };
}

const statements = new Map<string, { name: string; text: string }>();
const MAX_STATEMENTS = 1000;

/** `?` placeholders numbered for PostgreSQL, under a name derived from the text (one name, one text). */
export function prepared(sql: string): { name: string; text: string } {
  let statement = statements.get(sql);
  if (!statement) {
    let n = 0;
    // The statements are ours and put no `?` inside string literals.
    const text = sql.replace(/\?/g, () => `$${++n}`);
    statement = { name: `crm_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`, text };
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
    statements.set(sql, statement);
  }
  return statement;
}

/** An error that leaves the connection unusable (lost, not a failed statement): the pool drops it. */
function connectionError(error: unknown): Error | undefined {
  if (error instanceof Error && !(error instanceof pg.DatabaseError)) {
    const code = (error as { code?: unknown }).code;
    if (code === "ECONNRESET" || code === "EPIPE" || /Connection terminated/i.test(error.message)) return error;
  }
  return undefined;
}
