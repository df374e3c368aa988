import { expect, it } from "vitest";
import { dataStatements, isEmptyMigration, splitStatements } from "./migration-sql.js";

it("finds the hand-written data statements of a migration, not the DDL", () => {
  const sql = `-- CreateTable
CREATE TABLE "Rule" ("id" TEXT NOT NULL, "key" TEXT NOT NULL);

-- seed; with a semicolon in a comment
INSERT INTO "Rule" ("id", "key") VALUES ('r1', 'a;b'), ('r2', 'it''s');
UPDATE "Rule" SET "key" = 'x' WHERE "id" = 'r2';
CREATE INDEX "Rule_key" ON "Rule"("key");
`;
  expect(splitStatements(sql)).toHaveLength(4);
  expect(dataStatements(sql)).toEqual([
    `-- seed; with a semicolon in a comment\nINSERT INTO "Rule" ("id", "key") VALUES ('r1', 'a;b'), ('r2', 'it''s');`,
    `UPDATE "Rule" SET "key" = 'x' WHERE "id" = 'r2';`,
  ]);
  expect(isEmptyMigration("-- This is an empty migration.\n\n")).toBe(true);
  expect(isEmptyMigration(sql)).toBe(false);
});
