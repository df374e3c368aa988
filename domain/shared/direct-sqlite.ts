import type Database from "better-sqlite3";
import type { Db, DbOrTx } from "./db.js";
import type { Statement } from "./statement-cache.js";

/** Synchronous access to the connection's prepared statements, for one read or one transaction. */
export interface SqlStatements {
  get(sql: string, ...args: unknown[]): Record<string, unknown> | undefined;
  all(sql: string, ...args: unknown[]): Record<string, unknown>[];
  run(sql: string, ...args: unknown[]): { changes: number };
}

/**
 * The SQLite connection Prisma uses, for the few hottest statements (issue 16): a Prisma call
 * costs about 0.5 ms of query compilation, a prepared statement a few microseconds. Every use
 * takes its turn at the same gate as Prisma's statements, so it never runs inside a Prisma
 * transaction, and a write holds the cross-thread write lock like any other.
 */
export interface DirectSqlite {
  /** Reads outside any transaction. */
  read<T>(work: (sql: SqlStatements) => T): Promise<T>;
  /** One `BEGIN IMMEDIATE` … `COMMIT` transaction; a throw rolls it back and is rethrown. */
  write<T>(work: (sql: SqlStatements) => T): Promise<T>;
  /**
   * The same for work that awaits (a deliver step wording its messages). The connection stays
   * this transaction's until it ends, as with a Prisma interactive transaction: await nothing slow in it.
   */
  writeAsync<T>(work: (sql: SqlStatements) => Promise<T>): Promise<T>;
}

/** What the SQLite adapter hands over when it connects. */
export interface DirectAccess {
  prepared: (sql: string) => Statement;
  client: Database.Database;
  /** Owns the connection (and the write lock for a write) until the returned function is called. */
  acquire: (write: boolean) => Promise<() => void>;
}

const registry = new WeakMap<object, DirectSqlite>();

export function registerDirectSqlite(db: Db, access: DirectAccess): void {
  registry.set(db, directSqlite(access));
}

/** The direct access of a SQLite client opened by openDatabase; null on PostgreSQL or inside a Prisma transaction. */
export function directSqliteOf(db: DbOrTx): DirectSqlite | null {
  return registry.get(db) ?? null;
}

function directSqlite({ prepared, client, acquire }: DirectAccess): DirectSqlite {
  const statements: SqlStatements = {
    // raw(false): Prisma's driver leaves the statements it shares with us in array mode.
    get: (sql, ...args) =>
      prepared(sql)
        .raw(false)
        .get(...args) as Record<string, unknown> | undefined,
    all: (sql, ...args) =>
      prepared(sql)
        .raw(false)
        .all(...args) as Record<string, unknown>[],
    run: (sql, ...args) => ({ changes: prepared(sql).run(...args).changes }),
  };
  const begin = () => prepared("BEGIN IMMEDIATE").run();
  const commit = () => prepared("COMMIT").run();
  const rollback = () => {
    if (client.inTransaction) prepared("ROLLBACK").run();
  };
  return {
    async read(work) {
      const release = await acquire(false);
      try {
        return work(statements);
      } finally {
        release();
      }
    },
    write(work) {
      return this.writeAsync(async (sql) => work(sql));
    },
    async writeAsync(work) {
      const release = await acquire(true);
      try {
        begin();
        try {
          const result = await work(statements);
          commit();
          return result;
        } catch (error) {
          rollback();
          throw error;
        }
      } finally {
        release();
      }
    },
  };
}
