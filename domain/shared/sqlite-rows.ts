/**
 * The columns of the models the hot reads return (hot-reads.ts), converted as Prisma converts
 * them, so a row read by hand is the object Prisma would return. Checked against Prisma's
 * own rows in hot-reads.test.ts; a column added to the schema fails that test until added here.
 */
export interface ModelSpec {
  columns: readonly string[];
  dates?: readonly string[];
  booleans?: readonly string[];
  ints?: readonly string[];
  bigints?: readonly string[];
}

export const USER: ModelSpec = {
  columns: ["id", "name", "role", "timezone", "locale", "teamId", "managerId", "active", "supportAgent", "regions", "industries", "createdAt", "updatedAt"],
  dates: ["createdAt", "updatedAt"],
  booleans: ["active", "supportAgent"],
};

export const COMPANY: ModelSpec = {
  columns: [
    "id",
    "name",
    "searchKey",
    "industry",
    "region",
    "tier",
    "tags",
    "ownerId",
    "teamId",
    "healthScore",
    "healthReasons",
    "lastInteractionAt",
    "createdAt",
    "updatedAt",
    "aliases",
    "status",
  ],
  dates: ["lastInteractionAt", "createdAt", "updatedAt"],
  ints: ["healthScore"],
};

export const STAGE: ModelSpec = {
  columns: ["id", "key", "nameZh", "nameEn", "position", "kind", "probability", "active"],
  ints: ["position", "probability"],
  booleans: ["active"],
};

export const DEAL: ModelSpec = {
  columns: [
    "id",
    "number",
    "title",
    "companyId",
    "ownerId",
    "teamId",
    "amountMinor",
    "currency",
    "stageId",
    "expectedCloseAt",
    "startsAt",
    "endsAt",
    "probability",
    "lastActivityAt",
    "atRisk",
    "closedAt",
    "lostReason",
    "version",
    "createdAt",
    "updatedAt",
  ],
  dates: ["expectedCloseAt", "startsAt", "endsAt", "lastActivityAt", "closedAt", "createdAt", "updatedAt"],
  booleans: ["atRisk"],
  ints: ["number", "version", "probability"],
  bigints: ["amountMinor"],
};

/** `"Deal"."id" AS "d.id", …`: the model's columns under a prefix, for joins. */
export function selectList(spec: ModelSpec, alias: string): string {
  return spec.columns.map((c) => `"${alias}"."${c}" AS "${alias}.${c}"`).join(", ");
}

const prefixedKeys = new WeakMap<ModelSpec, Map<string, readonly string[]>>();

/**
 * "d.id", "d.number", …: built once per model and prefix. A key built per row is a new string
 * each time, and looking it up on the row costs a hash and a slow property search every column.
 */
function keysOf(spec: ModelSpec, alias: string): readonly string[] {
  let byAlias = prefixedKeys.get(spec);
  if (!byAlias) prefixedKeys.set(spec, (byAlias = new Map()));
  let keys = byAlias.get(alias);
  if (!keys) byAlias.set(alias, (keys = spec.columns.map((c) => `${alias}.${c}`)));
  return keys;
}

/** The row of one model out of a (joined) result, converted as Prisma converts it. */
export function readRow<T>(spec: ModelSpec, raw: Record<string, unknown>, alias: string): T {
  const row: Record<string, unknown> = {};
  const keys = keysOf(spec, alias);
  for (let i = 0; i < keys.length; i++) row[spec.columns[i]!] = raw[keys[i]!];
  return convert(spec, row) as T;
}

function convert(spec: ModelSpec, row: Record<string, unknown>): Record<string, unknown> {
  for (const c of spec.dates ?? []) row[c] = row[c] === null ? null : dateOf(row[c] as string | number | bigint | Date);
  for (const c of spec.booleans ?? []) row[c] = Number(row[c]) !== 0;
  for (const c of spec.ints ?? []) row[c] = row[c] === null ? null : Number(row[c]);
  for (const c of spec.bigints ?? []) row[c] = BigInt(row[c] as bigint | number);
  return row;
}

/**
 * The row of one model out of an array of column values (SqlStatements.getValues), its columns
 * starting at `offset` in selectList order; the same object readRow makes of the named row.
 */
export function readRowAt<T>(spec: ModelSpec, values: readonly unknown[], offset: number): T {
  const row: Record<string, unknown> = {};
  const columns = spec.columns;
  for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[offset + i];
  return convert(spec, row) as T;
}

/** Prisma's text form, SQLite's CURRENT_TIMESTAMP form (UTC, no zone) or epoch milliseconds. */
export function dateOf(value: string | number | bigint | Date): Date {
  if (value instanceof Date) return value;
  if (typeof value !== "string") return new Date(Number(value));
  return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(value) ? `${value.replace(" ", "T")}Z` : value);
}

/** How Prisma writes a DateTime in SQLite (text, so it sorts and compares as Prisma's own values do). */
export function sqliteStamp(at: Date): string {
  return at.toISOString().replace("Z", "+00:00");
}
