import { migrateDeploy } from "../app/migrate.js";
import { createDatabase, dropDatabase, pgAdmin, pgServerUrl } from "./pg-server.js";

/**
 * Migrates one PostgreSQL template database from prisma/postgres/migrations; test databases are
 * copies of it (test/pg-test-pool.ts), all named with this run's prefix and dropped at the end.
 */
export default async function setup() {
  const server = pgServerUrl();
  const prefix = `crm_test_${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_template`;
  await migrateDeploy(await createDatabase(server, template));
  process.env.CRM_TEST_PG_TEMPLATE = template;
  process.env.CRM_TEST_PG_PREFIX = prefix;
  return async () => {
    const { rows } = await pgAdmin(server, (c) =>
      c.query<{ name: string }>(`SELECT datname AS name FROM pg_database WHERE starts_with(datname, $1)`, [prefix]),
    );
    for (const { name } of rows) await dropDatabase(server, name);
  };
}
