import { migrateDeploy } from "../app/migrate.js";
import { createDatabase, dropDatabase, pgServerUrl, scratchName } from "./pg-server.js";

/**
 * Migrates one PostgreSQL template database from prisma/postgres/migrations; each test database
 * is a CREATE DATABASE … TEMPLATE copy of it (test/test-db.ts).
 */
export default async function setup() {
  const server = pgServerUrl();
  const name = scratchName("crm_test_tpl");
  const url = await createDatabase(server, name);
  await migrateDeploy(url);
  process.env.CRM_TEST_PG_TEMPLATE = name;
  return () => dropDatabase(server, name);
}
