import { periodMonths } from "../../domain/targets/target-period.js";
import { zonedParts, zonedTimeToInstant, addMonths } from "../parse/zoned-time.js";
import { periodRange, takePeriod } from "./forecast-period.js";

/**
 * A target period as typed → its key: "2026-Q1", "2026q1", "Q1" (this year), "2026-11", "11月", "2027",
 * "2027年", or "this month" / "本季度" / "今年"… Null when the words name no period.
 */
export function readPeriodKey(words: readonly string[], now: Date, timeZone: string): string | null {
  const text = words.join(" ").normalize("NFKC").trim();
  const today = zonedParts(now, timeZone);
  let m = /^(\d{4})\s*[-年]?\s*q([1-4])$|^(\d{4})\s*年?\s*第?([1-4一二三四])季度$/iu.exec(text);
  if (m) {
    const q = m[2] ?? String("一二三四".indexOf(m[4]!) + 1 || m[4]);
    return `${m[1] ?? m[3]}-Q${q}`;
  }
  m = /^q([1-4])$|^第?([1-4一二三四])季度$/iu.exec(text);
  if (m) return `${today.year}-Q${m[1] ?? String("一二三四".indexOf(m[2]!) + 1 || m[2])}`;
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/u.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, "0")}`;
  m = /^(\d{1,2})\s*月(?:份)?$/u.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${today.year}-${m[1]!.padStart(2, "0")}`;
  m = /^(\d{4})\s*年?$/u.exec(text);
  if (m) return m[1]!;
  const relative = takePeriod(words);
  if (!relative.named || relative.rest.length > 0) return null;
  const range = periodRange(relative.period, now, timeZone);
  if (range.months === 12) return String(range.year);
  if (range.months === 3) return `${range.year}-Q${Math.floor((range.month - 1) / 3) + 1}`;
  return `${range.year}-${String(range.month).padStart(2, "0")}`;
}

/** [from, to) of a period key in the zone. */
export function keyRange(key: string, timeZone: string): { from: Date; to: Date } {
  const { year, month, months } = periodMonths(key);
  const end = addMonths(year, month, months);
  return {
    from: zonedTimeToInstant({ year, month, day: 1 }, { hour: 0, minute: 0 }, timeZone),
    to: zonedTimeToInstant({ year: end.year, month: end.month, day: 1 }, { hour: 0, minute: 0 }, timeZone),
  };
}
