import { parseAmount } from "../bot/parse/parse-amount.js";
import { parseChineseNumber } from "../bot/parse/chinese-numerals.js";
import { parseDates } from "../bot/parse/parse-dates.js";
import { zonedParts } from "../bot/parse/zoned-time.js";
import { minorDigitsOf } from "../domain/shared/minor-digits.js";

/** One case of a Recognizers-Text spec file (only the fields we read). */
export interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: SpecResult[];
}

export interface SpecResult {
  Text: string;
  TypeName?: string;
  Resolution?: {
    values?: Array<Record<string, string | undefined>>;
    value?: string;
    isoCurrency?: string;
    unit?: string;
  };
}

export interface Verdict {
  /** the kind scored: date, daterange, time, …, money, number, none (a case expecting nothing) */
  kind: string;
  right: boolean;
  got: string;
}

/** "2016-11-07T00:00:00" is a wall-clock time: read it as that time in `timezone`. */
function referenceInstant(ref: string | undefined, timezone: string): Date {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/.exec(ref ?? "");
  if (!m) return new Date(Date.UTC(2016, 10, 7));
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  // one correction step is exact away from a DST change, which the suites do not sit on
  const p = zonedParts(new Date(guess), timezone);
  const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, s);
  return new Date(guess - (shown - guess));
}

const pad = (n: number) => String(n).padStart(2, "0");

function local(at: Date, timezone: string): { date: string; time: string } {
  const p = zonedParts(at, timezone);
  return { date: `${String(p.year).padStart(4, "0")}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/**
 * What one expected value asks for: a date, a time (hh:mm), both, or only a part of day. An open range
 * ("before 2018", 三点之前) has no start: its end, the deadline, is what a follow-up acts on.
 */
function expectedPoint(v: Record<string, string | undefined>): { date?: string; time?: string; partOfDay?: true } | null {
  const raw =
    v.value !== undefined && v.type !== "duration" && v.value !== "not resolved"
      ? v.value
      : (v.start ?? (/^(?:before|until)/.test(v.Mod ?? "") ? v.end : undefined));
  if (!raw) return null;
  const date = /^\d{4}-\d\d-\d\d/.exec(raw)?.[0];
  const time = /\d\d:\d\d(?=:\d\d$|$)/.exec(raw)?.[0];
  // a part of day written without a clock (TMO, TAF, TEV, TNI…) is a convention, not something written: date only
  const partOfDay = /T[A-Z]{2}\)?$|T[A-Z]{2},/.test(v.timex ?? "");
  return { ...(date ? { date } : {}), ...(time && !partOfDay ? { time } : {}), ...(partOfDay ? { partOfDay: true as const } : {}) };
}

function overlapsText(found: string, expected: string): boolean {
  return found.includes(expected) || expected.includes(found);
}

function typeOf(r: SpecResult): string {
  return (r.TypeName ?? r.Resolution?.values?.[0]?.type ?? "unknown").replace(/^datetimeV2\./, "");
}

/**
 * A date case is right when every expected result is matched by a distinct date we found: the
 * expected date (any of its alternatives, for periods the start) and its clock time when it has one.
 * Durations and recurrences (sets) have no date to store, so they are right when we read no date
 * from their words; a case expecting nothing is right when we find nothing.
 */
export function scoreDateCase(c: SpecCase, timezone: string): Verdict[] {
  const now = referenceInstant(c.Context?.ReferenceDateTime, timezone);
  const found = parseDates(c.Input, { now, timezone }).dates;
  const shown = found.map((d) => {
    const l = local(d.at, timezone);
    return { ...l, text: d.text.toLowerCase() };
  });
  const got = shown.map((d) => `${d.date} ${d.time} «${d.text}»`).join(" | ") || "nothing";
  if (c.Results.length === 0) return [{ kind: "none", right: found.length === 0, got }];
  const used = new Set<number>();
  return c.Results.map((r) => {
    const kind = typeOf(r);
    // "6 p.m." and our label "6 p.m" are the same words
    const text = r.Text.toLowerCase().replace(/[.。,，\s]+$/u, "");
    if (kind === "duration" || kind === "set" || kind === "timezone") {
      const misread = shown.some((d) => d.text.includes(text) || text.includes(d.text));
      return { kind, right: !misread, got };
    }
    // a season the suite leaves unresolved ("2017-SU"): any day we read inside that season's months
    const season = (r.Resolution?.values ?? []).map((v) => /^(\d{4})-(SP|SU|FA|WI)$/.exec(v.timex ?? "")).find((m) => m);
    if (season) {
      const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[season[2] as "SP" | "SU" | "FA" | "WI"];
      const inside = shown.some((d) => {
        const months = Number(d.date.slice(0, 4)) * 12 + Number(d.date.slice(5, 7)) - (Number(season[1]) * 12 + first);
        return overlapsText(d.text, text) && months >= 0 && months < 3;
      });
      return { kind, right: inside, got };
    }
    const points = (r.Resolution?.values ?? []).map(expectedPoint).filter((p) => p !== null);
    // an open range ("before 2010") has no start: nothing to act on, so reading no date from it is right
    if (points.length === 0 || points.every((p) => !p.date && !p.time && !p.partOfDay)) {
      const misread = shown.some((d) => d.text.includes(text) || text.includes(d.text));
      return { kind, right: !misread, got };
    }
    // a part of day alone ("下午") matches the date we read from those words, at whatever hour we give it
    // a date we read as one ("this week 8am", "Christmas at 6 p.m.") answers each expected part it contains
    const at = shown.findIndex(
      (d, i) =>
        (!used.has(i) || d.text.includes(text)) &&
        points.some((p) => (!p.date || p.date === d.date) && (!p.time || p.time === d.time) && (p.date || p.time || overlapsText(d.text, text))),
    );
    if (at >= 0) used.add(at);
    // "end of year", "by end of this month": the suite's window for the end of a period (Mod end / before-end);
    // any day we read inside it is a reading of those words (we take the period's last day)
    const inEndWindow =
      at < 0 &&
      (r.Resolution?.values ?? []).some(
        (v) =>
          /end$/.test(v.Mod ?? "") &&
          v.end &&
          shown.some((d) => overlapsText(d.text, text) && d.date < v.end!.slice(0, 10) && (!v.start || d.date >= v.start.slice(0, 10))),
      );
    // an open range read as nothing is no wrong date either ("before 2010" has nothing to act on)
    const open = (r.Resolution?.values ?? []).every((v) => !v.start && !v.value && /^(?:before|until)/.test(v.Mod ?? ""));
    const unread = open && !shown.some((d) => overlapsText(d.text, text));
    return { kind, right: at >= 0 || unread || inEndWindow, got };
  });
}

/** Units the suites count in hundredths of a currency ("50 cents" is 50 Cent); we keep 0.50 of the currency. */
const HUNDREDTH_UNITS = /^(?:cent|pence|penny|sen|fen|分)$/iu;

/**
 * A money case is right when the one amount we read (the bot keeps one per sentence) has the value and the
 * currency (when the suite names one) of one of the expected results, after rounding that value to the
 * currency's minor unit as a deal stores it; a case expecting nothing (or only currency names without a
 * value) is right when we read nothing. A range or approximation is compared by its lower bound, which is
 * what we report in `minor`.
 */
export function scoreMoneyCase(c: SpecCase): Verdict[] {
  const amount = parseAmount(c.Input);
  const digits = amount ? minorDigitsOf(amount.currency) : 0;
  const value = amount ? Number(amount.minor) / 10 ** digits : null;
  const got = amount ? `${value} ${amount.currency}${amount.approximate ? " ~" : ""} «${amount.text}»` : "nothing";
  const valued = c.Results.filter((r) => r.Resolution?.value !== null && r.Resolution?.value !== undefined);
  if (valued.length === 0) return [{ kind: "none", right: amount === null, got }];
  const right = valued.some((r) => {
    const hundredths = HUNDREDTH_UNITS.test(r.Resolution?.unit ?? "");
    const want = Number(r.Resolution?.value) / (hundredths ? 100 : 1);
    const stored = Math.round(want * 10 ** digits) / 10 ** digits;
    const iso = r.Resolution?.isoCurrency;
    return value !== null && Math.abs(value - stored) < 1e-6 * Math.max(1, Math.abs(stored)) && (!iso || iso === amount?.currency);
  });
  return [{ kind: "money", right, got }];
}

const APPROXIMATE = /[多余餘几幾]/u;

/**
 * The bot reads numerals where a number is expected (a payment, a choice), never picks bare numbers out
 * of free text, so each expected span is read on its own: right when our value is the expected one, or,
 * for an approximation (多/余/几), when we refuse it rather than store a guess. Cases expecting no number
 * test extraction from free text and are not scored.
 */
export function scoreNumberCase(c: SpecCase): Verdict[] {
  return c.Results.map((r) => {
    const want = Number(r.Resolution?.value);
    const value = parseChineseNumber(r.Text);
    const close = value !== null && Math.abs(value - want) <= 1e-9 * Math.max(1, Math.abs(want));
    const approximate = APPROXIMATE.test(r.Text);
    return { kind: approximate ? "approximate" : "number", right: close || (approximate && value === null), got: `${value} «${r.Text}»` };
  });
}
