/**
 * A row broke a unique constraint: how "already recorded" shows up. Prisma reports it as P2002;
 * the prepared statements (direct-sql.ts) get the driver's own codes (better-sqlite3's, or
 * PostgreSQL's SQLSTATE 23505 through node-postgres).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
  return code === "P2002" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505";
}
