export type Locale = "zh" | "en";

const MINOR_DIGITS: Record<string, number> = { JPY: 0, KRW: 0 };

/** Money from integer minor units, e.g. (20000000, "CNY", "zh") → "¥200,000". */
export function formatMoney(minor: number | bigint, currency: string, locale: Locale): string {
  const digits = MINOR_DIGITS[currency] ?? 2;
  const value = Number(minor) / 10 ** digits;
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatAmounts(amounts: Record<string, number>, locale: Locale): string {
  const parts = Object.entries(amounts)
    .filter(([, v]) => v !== 0)
    .map(([currency, minor]) => formatMoney(minor, currency, locale));
  return parts.length > 0 ? parts.join(" + ") : formatMoney(0, "CNY", locale);
}

/** A date in the reader's timezone: "11月25日 周三 15:00" / "Wed, Nov 25, 3:00 PM". */
export function formatDateTime(date: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hour12: locale === "en",
  }).format(date);
}

export function formatDate(date: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-US", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
  }).format(date);
}
