import { rememberRecent } from "../../domain/shared/remember-recent.js";
import { parseAmountSlot } from "../parse/amount-slot.js";
import type { HeaderMapping } from "./header-mapping.js";

const TIER = /^\s*([abc])\s*(?:类|级|类客户|级客户)?\s*$/iu;

/**
 * Amounts read so far, by text and currency: a sheet's amount column repeats a few values ("50万")
 * over thousands of rows, and reading one like chat text costs ~30 µs. Bounded: cleared when full.
 */
const readAmount = rememberRecent(
  5_000,
  (text: string, currency: string) => `${currency}:${text}`,
  (text: string, currency: string): { minor: number; currency: string } | null => {
    const parsed = parseAmountSlot(/^\d+(?:\.\d+)?$/u.test(text) ? text : text.replace(/,/gu, ""), currency);
    return parsed ? { minor: parsed.minor, currency: parsed.currency } : null;
  },
);

/**
 * A sheet's rows as import candidates, by the mapping: texts trimmed, tiers read ("A类" → A), tags
 * split, amounts read in the importer's currency ("50万" → 500000 CNY). A value that cannot be read
 * is passed on as typed, so the import names it in the row's problem instead of dropping it.
 */
export function toImportRows(rows: readonly string[][], mapping: HeaderMapping, defaultCurrency: string): Record<string, unknown>[] {
  return rows.map((cells) => {
    const row: Record<string, unknown> = {};
    mapping.columns.forEach((field, i) => {
      const text = (cells[i] ?? "").trim();
      if (!field || text === "") return;
      if (field === "tier") row.tier = TIER.exec(text)?.[1]?.toUpperCase() ?? text;
      else if (field === "tags")
        row.tags = text
          .split(/[,，、;；|]/u)
          .map((t) => t.trim())
          .filter(Boolean);
      else if (field === "amount") {
        const amount = readAmount(text, defaultCurrency);
        // A copy: the row is the caller's to change.
        row.amount = amount ? { ...amount } : text;
      } else row[field] = text;
    });
    return row;
  });
}
