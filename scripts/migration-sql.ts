/**
 * Splits a migration into statements and picks out the data statements (INSERT / UPDATE / DELETE)
 * a person added by hand, e.g. seed rows. Prisma's schema diff only produces DDL, so these are
 * carried over from the SQLite migration to its PostgreSQL twin; keep them standard SQL.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      const stop = end === -1 ? sql.length : end;
      current += sql.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    current += ch;
    if (ch === ";") {
      statements.push(current.trim());
      current = "";
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

/** The statement without its leading comment lines. */
function body(statement: string): string {
  return statement
    .split("\n")
    .filter((line) => !line.trim().startsWith("--"))
    .join("\n")
    .trim();
}

export function dataStatements(sql: string): string[] {
  return splitStatements(sql).filter((s) => /^(INSERT|UPDATE|DELETE)\b/i.test(body(s)));
}

export function isEmptyMigration(sql: string): boolean {
  return splitStatements(sql).every((s) => body(s) === "");
}
