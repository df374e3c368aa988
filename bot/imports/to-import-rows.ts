import { parseAmountSlot } from "../parse/amount-slot.js";
import type { HeaderMapping } from "./header-mapping.js";

const TIER = /^\s*([abc])\s*(?:类|级|类客户|级客户)?\s*$/iu;

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
        const amount = parseAmountSlot(/^\d+(?:\.\d+)?$/u.test(text) ? text : text.replace(/,/gu, ""), defaultCurrency);
        row.amount = amount ? { minor: amount.minor, currency: amount.currency } : text;
      } else row[field] = text;
    });
    return row;
  });
}
