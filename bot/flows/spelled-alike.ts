/**
 * Whether a name typed is a near spelling of a known customer's: they start alike and their first words are about
 * as long ("globx" / Globex, "contosso" / Contoso, "northwind" / Northwind Traders). The fuzzy company search finds
 * far more ("Initrode" / Northwind Traders), which is no reason to offer that customer.
 */
export function spelledAlike(typed: string, known: string): boolean {
  const a = typed.toLowerCase().trim().split(/\s+/u)[0] ?? "";
  const b = known.toLowerCase().trim().split(/\s+/u)[0] ?? "";
  return a.length >= 2 && a.slice(0, 2) === b.slice(0, 2) && Math.abs(a.length - b.length) <= 2;
}
