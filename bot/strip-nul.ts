/**
 * Removes NUL characters from every string of an inbound event. Chat platforms never send them
 * on purpose, and PostgreSQL text columns refuse them ("invalid byte sequence for encoding
 * UTF8: 0x00"), which would turn a stray byte into a failed event.
 */
export function stripNul<T>(value: T): T {
  if (typeof value === "string") return (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value) as T;
  if (Array.isArray(value)) return value.map(stripNul) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripNul(v)])) as T;
  }
  return value;
}
