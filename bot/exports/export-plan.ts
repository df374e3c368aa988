import type { Cell, SheetColumn } from "./sheet-writer.js";

/** One export, ready to write: what it is, its columns, and its rows batch by batch (read as they are written). */
export interface ExportPlan {
  kind: "deals" | "companies" | "contacts" | "activities";
  /** The filters in words, for the reply ("方案报价 · 我的"). */
  filters: string;
  columns: SheetColumn[];
  rows(): AsyncIterable<Cell[][]>;
}
