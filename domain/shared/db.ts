import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client.js";

export type Db = PrismaClient;
/** The client handed to a callback of `db.$transaction`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Code that may run inside or outside a transaction. */
export type DbOrTx = Db | Tx;

/** Opens the CRM database. `sqlitePath` is a file path (already resolved) or ":memory:". */
export async function openDatabase(sqlitePath: string): Promise<Db> {
  // A busy timeout lets a second writer (the CLI, a backup) wait instead of failing at once.
  const adapter = new PrismaBetterSQLite3({ url: sqlitePath, timeout: 5000 });
  const db = new PrismaClient({ adapter });
  // WAL keeps readers (digests, the HTTP API) from blocking the writer.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}
