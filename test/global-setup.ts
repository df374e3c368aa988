import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDeploy } from "../app/migrate.js";
import { buildForStart } from "./start-command.js";

/** Migrates one template database from the committed migrations; each test file copies it. Compiles dist/. */
export default async function setup() {
  // The tests that start the real server run `npm start`'s compiled app: built once here, before
  // test files run in parallel, so two of them never compile into dist/ at the same time.
  buildForStart();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-test-"));
  const template = path.join(dir, "template.db");
  await migrateDeploy(`file:${template}`);
  process.env.CRM_TEST_TEMPLATE_DB = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
