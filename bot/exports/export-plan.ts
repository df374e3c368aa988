import type { Cell, SheetColumn } from "./sheet-writer.js";

/** One export, ready to write: what it is, its columns, and its rows batch by batch (read as they are written). */
export interface ExportPlan {
  kind: "deals" | "companies" | "contacts" | "activities" | "pipeline" | "forecast" | "report";
  /** The filters in words, for the reply ("方案报价 · 我的"). */
  filters: string;
  columns: SheetColumn[];
  rows(): AsyncIterable<Cell[][]>;
  /** Further sheets after the first (a report's funnel, activities and leaderboard). */
  moreSheets?: { name: string; columns: SheetColumn[]; rows: Cell[][] }[];
}

/** Rows already in hand, as the one batch a plan's rows() yields. */
export async function* oneBatch(rows: Cell[][]): AsyncIterable<Cell[][]> {
  if (rows.length > 0) yield rows;
}
