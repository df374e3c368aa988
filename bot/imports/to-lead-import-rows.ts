import { LEAD_SOURCES, type LeadSourceKind } from "../../domain/leads/lead.schemas.js";
import { leadSourceIn } from "../parse/parse-lead.js";
import type { LeadHeaderMapping } from "./lead-header-mapping.js";

/** Source cells that are a kind's own name or its label on the lead card (网站 and "website" say web too). */
const KIND_WORDS: Record<string, LeadSourceKind> = {
  ...Object.fromEntries(LEAD_SOURCES.map((k) => [k, k])),
  聊天: "chat",
  聊天录入: "chat",
  官网表单: "web",
  website: "web",
  广告投放: "ads",
  tradeshow: "trade-show",
  展会: "trade-show",
  转介绍: "referral",
  企业微信: "wecom",
  导入: "import",
  其他: "other",
  其它: "other",
};

/** 2026-11-20, 2026/11/20, 2026.11.20, 2026年11月20日, with or without a time after it. */
const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/u;

/**
 * A source cell: a kind's own name (官网表单, web), or words chat reads a kind from (百度推广 → ads)
 * with the text kept too — it may be a campaign's name (双11展会 is a trade show and a campaign) —,
 * or just the text.
 */
export function sourceOfCell(text: string): { source?: LeadSourceKind; sourceLabel?: string } {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/gu, "");
  const exact = KIND_WORDS[word];
  if (exact) return { source: exact };
  const kind = leadSourceIn(text);
  return kind ? { source: kind, sourceLabel: text.trim() } : { sourceLabel: text.trim() };
}

/**
 * A sheet's rows as lead candidates, by the mapping: texts trimmed, the source read into a kind
 * where its words name one (else kept as typed: it may be a campaign, or it goes in the note),
 * dates as YYYY-MM-DD. A value that cannot be read is passed on as typed, so the import names it
 * in the row's problem instead of dropping it.
 */
export function toLeadImportRows(rows: readonly string[][], mapping: LeadHeaderMapping): Record<string, unknown>[] {
  return rows.map((cells) => {
    const row: Record<string, unknown> = {};
    mapping.columns.forEach((field, i) => {
      const text = (cells[i] ?? "").trim();
      if (!field || text === "") return;
      if (field === "source") Object.assign(row, sourceOfCell(text));
      else if (field === "date") {
        const m = DATE.exec(text);
        row.date = m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : text;
      } else row[field] = text;
    });
    return row;
  });
}
