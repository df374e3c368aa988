import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseFreeTests } from "./database-free-tests.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "crm-dbfree-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return rel;
}

write("test/test-db.ts", `export const createTestDb = () => process.env.X;\n`);
write("test/harness.ts", `import { createTestDb } from "./test-db.js";\nexport const h = createTestDb;\n`);
write("lib/pure.ts", `export const add = (a: number, b: number) => a + b;\n`);
write("lib/index.ts", `export * from "./pure.js";\n`);
write("lib/cycle-a.ts", `import { b } from "./cycle-b.js";\nexport const a = () => b;\n`);
write("lib/cycle-b.ts", `import { a } from "./cycle-a.js";\nexport const b = () => a;\n`);

const cases = {
  direct: write("a/direct.test.ts", `import { createTestDb } from "../test/test-db.js";\n`),
  transitive: write("a/transitive.test.ts", `import { h } from "../test/harness.js";\n`),
  dynamic: write("a/dynamic.test.ts", `it("x", async () => { await import("../test/harness.js"); });\n`),
  multiline: write("a/multiline.test.ts", `import {\n  h,\n} from "../test/harness.js";\n`),
  readsVariable: write("a/variable.test.ts", `const db = process.env.CRM_TEST_DB;\n`),
  typeOnly: write("a/type-only.test.ts", `import type { h } from "../test/harness.js";\nimport { add } from "../lib/pure.js";\n`),
  pure: write("a/pure.test.ts", `import { add } from "../lib";\nimport { expect } from "vitest";\n`),
  cycle: write("a/cycle.test.ts", `import { a } from "../lib/cycle-a.js";\n`),
  missing: write("a/missing.test.ts", `import { nothing } from "../lib/not-there.js";\n`),
};

describe("databaseFreeTests", () => {
  const free = new Set(databaseFreeTests(root, Object.values(cases)));

  it("keeps every file that reaches test-db, directly, through a helper, a dynamic or a multi-line import", () => {
    for (const file of [cases.direct, cases.transitive, cases.dynamic, cases.multiline]) expect(free.has(file), file).toBe(false);
  });

  it("keeps a file that reads the database variable itself", () => {
    expect(free.has(cases.readsVariable)).toBe(false);
  });

  it("leaves out files whose imports never reach the database choice, including type-only imports, cycles and index folders", () => {
    for (const file of [cases.typeOnly, cases.pure, cases.cycle, cases.missing]) expect(free.has(file), file).toBe(true);
  });
});
