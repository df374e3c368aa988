import { minorDigitsOf } from "../domain/shared/minor-digits.js";

import type { Locale } from "../domain/shared/locale.js";
import { localeCurrency } from "../bot/i18n/locale-currency.js";

export type { Locale };

// Building an Intl formatter costs far more than using one; every card formats several values.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

const tag = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en-US");

/** Money from integer minor units, e.g. (20000000, "CNY", "zh") → "¥200,000". */
export function formatMoney(minor: number | bigint, currency: string, locale: Locale): string {
  const digits = minorDigitsOf(currency);
  const value = Number(minor) / 10 ** digits;
  const whole = Number.isInteger(value);
  const fractions = whole ? 0 : digits;
  return cached(
    `money:${locale}:${currency}:${fractions}`,
    () => new Intl.NumberFormat(tag(locale), { style: "currency", currency, minimumFractionDigits: fractions, maximumFractionDigits: digits }),
  ).format(value);
}

/** A deal created before anyone named its value shows that, not a misleading ¥0. */
export function formatDealAmount(minor: number | bigint, currency: string, locale: Locale): string {
  if (Number(minor) === 0) return locale === "zh" ? "未填金额" : "amount not set";
  return formatMoney(minor, currency, locale);
}

/** "3个" / "1 deal" / "3 deals": a count of deals as a card field says it. */
export function dealCount(count: number, locale: Locale): string {
  return locale === "zh" ? `${count}个` : `${count} deal${count === 1 ? "" : "s"}`;
}

export function formatAmounts(amounts: Record<string, number>, locale: Locale): string {
  // Sorted so the same totals always read the same way, whatever order the database returned.
  const parts = Object.entries(amounts)
    .filter(([, v]) => v !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => formatMoney(minor, currency, locale));
  // Nothing at all reads in the reader's own currency: "$0" to an English reader, not "CN¥0".
  return parts.length > 0 ? parts.join(" + ") : formatMoney(0, localeCurrency(locale), locale);
}

/** Like formatAmounts, but "—" when there is nothing (no deal won is not "¥0" in a currency nobody used). */
export function formatAmountsOrDash(amounts: Record<string, number>, locale: Locale): string {
  return Object.values(amounts).some((v) => v !== 0) ? formatAmounts(amounts, locale) : "—";
}

/**
 * A date in the reader's timezone: "11月25日 周三 15:00" / "Wed, Nov 25, 3:00 PM". Given `now`, a date in
 * another year says its year ("2027年11月26日 周五 09:00", "Fri, Nov 26, 2027, 9:00 AM"): a follow-up set
 * for next November must not read as last month.
 */
export function formatDateTime(date: Date, timeZone: string, locale: Locale, now?: Date): string {
  const withYear = now !== undefined && yearIn(date, timeZone) !== yearIn(now, timeZone);
  return cached(
    `datetime:${locale}:${timeZone}:${withYear}`,
    () =>
      new Intl.DateTimeFormat(tag(locale), {
        timeZone,
        ...(withYear ? { year: "numeric" as const } : {}),
        month: "short",
        day: "numeric",
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hour12: locale === "en",
      }),
  ).format(date);
}

function yearIn(date: Date, timeZone: string): string {
  return cached(`year:${timeZone}`, () => new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric" })).format(date);
}

export function formatDate(date: Date, timeZone: string, locale: Locale): string {
  return cached(`date:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(tag(locale), { timeZone, year: "numeric", month: "short", day: "numeric" })).format(
    date,
  );
}

/** "1980-05-12" → "1980年5月12日" / "May 12, 1980"; "--05-12" (no year) → "5月12日" / "May 12". */
export function formatBirthday(value: string, locale: Locale): string {
  const m = /^(\d{4}|-)-(\d\d)-(\d\d)$/u.exec(value);
  if (!m) return value;
  const [year, month, day] = [m[1] === "-" ? null : Number(m[1]), Number(m[2]), Number(m[3])];
  if (locale === "zh") return `${year ? `${year}年` : ""}${month}月${day}日`;
  const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
  return `${name} ${day}${year ? `, ${year}` : ""}`;
}
