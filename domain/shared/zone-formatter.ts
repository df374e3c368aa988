/**
 * One Intl formatter per IANA zone, shared by the parser's wall-clock arithmetic and the jobs' calendar days:
 * building one costs far more than using it. h23 because some engines render midnight as "24" with the default
 * hour cycle. Throws RangeError for an unknown zone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}
