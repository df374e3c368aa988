import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commandTables, TABLE_BEGIN, TABLE_END, withCommandTables } from "./command-table.js";
import { COMMANDS } from "./registry.js";

const DOC = path.join(import.meta.dirname, "..", "..", "docs", "commands.md");
const declarations = COMMANDS.map((c) => c.declaration);

describe("docs/commands.md command tables", () => {
  it("are what the declarations generate", () => {
    const committed = fs.readFileSync(DOC, "utf8");
    const generated = withCommandTables(committed, commandTables(declarations));
    expect(committed, "docs/commands.md's command tables are stale: run `npm run docs:commands` and commit the result").toBe(generated);
  });

  it("a table edited by hand, or a declaration changed since, no longer matches", () => {
    const tables = commandTables(declarations);
    const current = withCommandTables(fs.readFileSync(DOC, "utf8"), tables);
    const row = tables.split("\n").find((l) => l.startsWith("| `deal new"))!;
    const handEdited = current.replace(row, row.replace("create a deal", "make a deal"));
    expect(handEdited).not.toBe(current);
    expect(withCommandTables(handEdited, tables)).toBe(current);
    const [first, ...rest] = declarations;
    const changed = [{ ...first!, words: { en: [...first!.words.en, "jot"], zh: first!.words.zh } }, ...rest];
    expect(withCommandTables(current, commandTables(changed))).not.toBe(current);
  });

  it("keeps the prose outside the markers and needs both markers", () => {
    const doc = `intro\n${TABLE_BEGIN}\nold table\n${TABLE_END}\nafter`;
    const out = withCommandTables(doc, "| new |");
    expect(out.startsWith(`intro\n${TABLE_BEGIN}\n`)).toBe(true);
    expect(out.endsWith(`| new |\n\n${TABLE_END}\nafter`)).toBe(true);
    expect(out).not.toContain("old table");
    expect(() => withCommandTables("no markers", "| new |")).toThrow(TABLE_BEGIN);
  });

  it("escapes a | inside a cell so it does not split the row", () => {
    const rows = commandTables(declarations)
      .split("\n")
      .filter((l) => l.startsWith("| `deal move"));
    expect(rows).toHaveLength(1);
    // Four unescaped pipes: the row's edges and the two between its three cells.
    expect(rows[0]!.match(/(?<!\\)\|/g)).toHaveLength(4);
  });
});
