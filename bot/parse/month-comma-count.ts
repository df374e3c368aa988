/**
 * "start a pilot in January, 3 months", "in March, 20 seats", "$10k/month, 12 month contract": the number after the comma counts
 * something, it is no day of the month (chrono reads "January, 3" as 3 January). The comma becomes
 * a semicolon (same length, so spans still index the rep's own words), which ends the date there.
 */
const MONTH_COMMA_COUNT =
  /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|month),(?=\s*\d{1,2}\s*(?:months?|mos?|weeks?|wks?|days?|years?|yrs?|seats?|users?|licen[cs]es?|people|persons?|units?|pcs|reps?|hours?|hrs?|sites?|stores?|locations?|servers?|nodes?|accounts?|modules?)\b)/giu;

export function guardMonthCommaCount(text: string): string {
  return /,/u.test(text) ? text.replace(MONTH_COMMA_COUNT, "$1;") : text;
}
