import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";

const require = createRequire(import.meta.url);

/**
 * Tables with their columns, indexes and foreign keys, each sorted by name: column order is
 * left out because ALTER TABLE appends columns while a fresh CREATE TABLE follows the model.
 */
function schemaOf(db: Database.Database): string[] {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_prisma%' AND name NOT LIKE 'sqlite_%'`).all() as {
    name: string;
  }[];
  const facts: string[] = [];
  for (const { name } of tables) {
    const columns = db.pragma(`table_info("${name}")`) as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[];
    for (const c of columns) facts.push(`${name}.${c.name} ${c.type} notnull=${c.notnull} default=${String(c.dflt_value)} pk=${c.pk}`);
    const indexes = db.pragma(`index_list("${name}")`) as { name: string; unique: number }[];
    for (const index of indexes) {
      const cols = (db.pragma(`index_info("${index.name}")`) as { name: string }[]).map((c) => c.name).join(",");
      facts.push(`${name} index ${index.name} unique=${index.unique} (${cols})`);
    }
    const keys = db.pragma(`foreign_key_list("${name}")`) as { table: string; from: string; to: string; on_delete: string }[];
    for (const k of keys) facts.push(`${name}.${k.from} -> ${k.table}.${k.to} on delete ${k.on_delete}`);
  }
  return facts.sort();
}

// `migrate diff --from-migrations` needs a shadow database the offline JS engine cannot open,
// so the check compares the committed migrations' result with the schema's own DDL instead.
it("the committed migrations produce exactly the schema in prisma/schema.prisma", () => {
  const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  const ddl = execFileSync(process.execPath, [cli, "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
    env: { ...process.env, DATABASE_URL: "file::memory:" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const fromSchema = new Database(":memory:");
  fromSchema.exec(ddl);
  const migrated = new Database(process.env.CRM_TEST_TEMPLATE_DB!, { readonly: true });
  expect(schemaOf(migrated)).toEqual(schemaOf(fromSchema));
  expect(schemaOf(migrated).length).toBeGreaterThan(200);
  migrated.close();
  fromSchema.close();
});
