import type Database from "better-sqlite3";
import type { Db, DbOrTx } from "./db.js";
import { sqliteStamp } from "./sqlite-rows.js";
import type { Statement } from "./statement-cache.js";

export type Row = Record<string, unknown>;

/**
 * Statements for one read or one transaction. SQL is written with `?` placeholders and
 * double-quoted names, and values whose form differs between SQLite and PostgreSQL go through
 * date() and bool(), so both implementations run the same statements.
 */
export interface SqlStatements {
  get(sql: string, ...args: unknown[]): Promise<Row | undefined>;
  all(sql: string, ...args: unknown[]): Promise<Row[]>;
  run(sql: string, ...args: unknown[]): Promise<{ changes: number }>;
  /**
   * The first row as an array of its values in column order (hot reads of wide joined rows: an
   * object of 57 named columns costs the driver more to build, and readRowAt more to read, than an array).
   */
  getValues(sql: string, ...args: unknown[]): Promise<unknown[] | undefined>;
  allValues(sql: string, ...args: unknown[]): Promise<unknown[][]>;
  /** A DateTime column's value as Prisma stores it on this database. */
  date(at: Date): unknown;
  bool(value: boolean): unknown;
}

/**
 * The database Prisma uses, for the few hottest statements (issue 16): a Prisma call costs about
 * 0.5 ms of query compilation on top of the database's own work, a prepared statement a few
 * microseconds (or, on PostgreSQL, a statement planned once per connection). On SQLite it is
 * Prisma's own connection, where every use takes its turn at the same gate as Prisma's
 * statements, so it never runs inside a Prisma transaction, and a write holds the cross-thread
 * write lock like any other; on PostgreSQL it is Prisma's pool (direct-postgres.ts).
 */
export interface DirectSql {
  /** Reads outside any transaction. */
  read<T>(work: (sql: SqlStatements) => Promise<T>): Promise<T>;
  /**
   * One transaction (`BEGIN IMMEDIATE` on SQLite, `BEGIN` at read committed on PostgreSQL, as Prisma's); a throw rolls it back and is rethrown. The
   * connection is this transaction's until it ends, as with a Prisma interactive transaction:
   * await nothing slow in it.
   */
  write<T>(work: (sql: SqlStatements) => Promise<T>): Promise<T>;
  /** One write statement that commits on its own, without a transaction around it (one round trip on PostgreSQL). */
  writeOne<T>(work: (sql: SqlStatements) => Promise<T>): Promise<T>;
  /**
   * Reads that decide what to write, then those writes, all or nothing; `decide` returns null to
   * write nothing. On SQLite one `BEGIN IMMEDIATE` transaction holds both (the reads see what the
   * writes change). On PostgreSQL the reads run alone and the writes go as ONE statement (each
   * a data-modifying WITH clause): two round trips instead of a transaction's reads, writes,
   * BEGIN and COMMIT. A plain read at read committed — Prisma's level there — takes no lock, so it
   * guarded nothing inside the transaction either; writes that must hold against a change since
   * the read say so in their own WHERE.
   */
  checkedWrite<T>(decide: (sql: SqlStatements) => Promise<CheckedWrites<T> | null>): Promise<T | null>;
  /**
   * Statements inside the Prisma transaction in progress, called from its callback: on SQLite the
   * transaction's connection is the one connection, so they join it (an import batch's
   * multi-row inserts, where Prisma's handling of each bound value costs more than SQLite's
   * work). Null on PostgreSQL, where a Prisma transaction holds a pool connection of its own.
   */
  joinTransaction(): SqlStatements | null;
}

/** `?, ?, ?`: one placeholder per value, for an IN list. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}

/** One INSERT / UPDATE / DELETE of a checked write, its values in `?` order. */
export interface PlannedWrite {
  sql: string;
  args: unknown[];
}

export interface CheckedWrites<T> {
  writes: PlannedWrite[];
  result: T;
}

/** What the SQLite adapter hands over when it connects. */
export interface SqliteAccess {
  prepared: (sql: string) => Statement;
  client: Database.Database;
  /** Owns the connection (and the write lock for a write) until the returned function is called. */
  acquire: (write: boolean) => Promise<() => void>;
}

const registry = new WeakMap<object, DirectSql>();

export function registerDirectSql(db: Db, direct: DirectSql): void {
  registry.set(db, direct);
}

/** The direct access of a client opened by openDatabase; null when turned off, or for a Prisma transaction client. */
export function directSqlOf(db: DbOrTx): DirectSql | null {
  return registry.get(db) ?? null;
}

export function directSqlite({ prepared, client, acquire }: SqliteAccess): DirectSql {
  const statements: SqlStatements = {
    // raw(false): Prisma's driver leaves the statements it shares with us in array mode.
    get: async (sql, ...args) =>
      prepared(sql)
        .raw(false)
        .get(...args) as Row | undefined,
    all: async (sql, ...args) =>
      prepared(sql)
        .raw(false)
        .all(...args) as Row[],
    run: async (sql, ...args) => ({ changes: prepared(sql).run(...args).changes }),
    getValues: async (sql, ...args) =>
      prepared(sql)
        .raw(true)
        .get(...args) as unknown[] | undefined,
    allValues: async (sql, ...args) =>
      prepared(sql)
        .raw(true)
        .all(...args) as unknown[][],
    date: sqliteStamp,
    bool: (value) => (value ? 1 : 0),
  };
  return {
    joinTransaction() {
      // Outside a transaction the statements would run past the gate every other use takes.
      if (!client.inTransaction) throw new Error("joinTransaction: no transaction in progress on this connection");
      return statements;
    },
    async read(work) {
      const release = await acquire(false);
      try {
        return await work(statements);
      } finally {
        release();
      }
    },
    async writeOne(work) {
      const release = await acquire(true);
      try {
        return await work(statements);
      } finally {
        release();
      }
    },
    checkedWrite(decide) {
      return this.write(async (sql) => {
        const plan = await decide(sql);
        if (!plan) return null;
        for (const w of plan.writes) await sql.run(w.sql, ...w.args);
        return plan.result;
      });
    },
    async write(work) {
      const release = await acquire(true);
      try {
        prepared("BEGIN IMMEDIATE").run();
        try {
          const result = await work(statements);
          prepared("COMMIT").run();
          return result;
        } catch (error) {
          if (client.inTransaction) prepared("ROLLBACK").run();
          throw error;
        }
      } finally {
        release();
      }
    },
  };
}
