/** Prisma's error for a row that breaks a unique constraint (P2002): how "already recorded" shows up. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
