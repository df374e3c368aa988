/**
 * Rows of two databases made comparable: ids become their seed label or new#n in order of
 * appearance, and stamps taken since `since` become "now" (used to compare the prepared-statement
 * paths with the Prisma paths they stand in for).
 */
export function comparable(value: unknown, ids: Map<string, string>, since: number): unknown {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
  const stamped = text.replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|\+00:00))"/g, (m, iso: string) => {
    const ms = Date.parse(iso);
    return ms >= since - 1000 && ms <= Date.now() + 1000 ? '"now"' : m;
  });
  const labelled = stamped.replace(/c[a-z0-9]{24}/g, (id) => {
    if (!ids.has(id)) ids.set(id, `new#${ids.size}`);
    return ids.get(id)!;
  });
  return JSON.parse(labelled);
}
