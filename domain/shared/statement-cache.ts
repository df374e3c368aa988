import type Database from "better-sqlite3";

export type Statement = Database.Statement<unknown[], unknown>;

/** Enough for every distinct query the app sends (most differ only in their IN-list length). */
const MAX_STATEMENTS = 1000;

/**
 * The Prisma better-sqlite3 driver calls `prepare(sql).bind(args)` for every query, so SQLite
 * compiles the same SQL again each time, and a bound statement cannot be bound twice. This keeps
 * one prepared statement per SQL text (least recently used dropped past MAX_STATEMENTS) and hands
 * the driver a view that passes the arguments at run time instead of binding them.
 *
 * Only for a connection the driver owns; its calls are synchronous, so a cached statement is
 * never in use twice at once.
 */
export function cacheStatements(db: Database.Database): (sql: string) => Statement {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const cached = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, statement);
    return statement;
  };
  const replacement = (sql: string) => boundLater(cached(sql));
  db.prepare = replacement as unknown as Database.Database["prepare"];
  return cached;
}

/** The part of a statement the driver uses, with `bind(args)` deferred to each run. */
function boundLater(statement: Statement) {
  return {
    reader: statement.reader,
    bind: (args: unknown[]) => ({
      reader: statement.reader,
      columns: () => statement.columns(),
      run: () => statement.run(args),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
    }),
    run: (...args: unknown[]) => statement.run(...args),
  };
}
