import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDeploy } from "../app/migrate.js";

/** Migrates one template database from the committed migrations; each test file copies it. */
export default async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-test-"));
  const template = path.join(dir, "template.db");
  await migrateDeploy(`file:${template}`);
  process.env.CRM_TEST_TEMPLATE_DB = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
