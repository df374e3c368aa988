/**
 * How many decimal places an amount's minor unit has. The parser stores amounts in
 * these units and the cards print them back, so both read this one table: two
 * places except the currencies whose smallest everyday unit is the whole one.
 */
const WHOLE_UNIT_CURRENCIES = new Set(["JPY", "KRW"]);

export function minorDigitsOf(currency: string): number {
  return WHOLE_UNIT_CURRENCIES.has(currency.toUpperCase()) ? 0 : 2;
}
