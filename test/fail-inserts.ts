import { type Db, dialectOf } from "../domain/shared/db.js";
import { quoteIdent } from "./pg-server.js";

/**
 * Makes every INSERT into `table` fail with `message` (a database-level fault, to test rollbacks
 * without mocking our code). Returns the undo, which a test must run: pooled PostgreSQL test
 * databases are reused (test/pg-test-pool.ts).
 */
export async function failInsertsInto(db: Db, table: string, message: string): Promise<() => Promise<void>> {
  const name = `fail_${table.toLowerCase()}`;
  const literal = `'${message.replaceAll("'", "''")}'`;
  if (dialectOf(db) === "postgres") {
    await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION ${literal}; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON ${quoteIdent(table)} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON ${quoteIdent(table)}`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON ${quoteIdent(table)} BEGIN SELECT RAISE(ABORT, ${literal}); END`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name}`);
  };
}
