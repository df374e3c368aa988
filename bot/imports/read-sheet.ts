import { open, readFile, stat } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/** What a spreadsheet holds: its header row and the rows under it, every cell as text. */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

export type SheetProblem = "too-large" | "wrong-type" | "broken" | "password" | "formula" | "empty";

/** A file the import cannot read; `detail` names the place (a formula's cell) where there is one. */
export class SheetError extends Error {
  constructor(
    readonly problem: SheetProblem,
    readonly detail = "",
  ) {
    super(`spreadsheet ${problem}${detail ? ` (${detail})` : ""}`);
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An encrypted (password-protected) workbook, like an old .xls, is an OLE compound file, not a zip. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Reads an .xlsx (the first sheet) or a .csv (UTF-8, or GBK/GB18030 as Excel in China saves
 * it). Refuses, before anything is written, a file over `maxBytes`, of another type, a broken or
 * password-protected workbook, and a workbook with formulas (their values would be guesses).
 */
export async function readSheet(file: string, fileName: string, maxBytes: number): Promise<Sheet> {
  if ((await stat(file)).size > maxBytes) throw new SheetError("too-large", `${Math.round(maxBytes / 1_048_576)} MB`);
  const head = Buffer.alloc(4);
  const handle = await open(file, "r");
  await handle.read(head, 0, 4, 0).finally(() => handle.close());
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv")) return withHeaders(readCsv(await readFile(file)));
  if (head.equals(OLE)) throw new SheetError("password");
  if (!lower.endsWith(".xlsx") && !head.equals(ZIP)) throw new SheetError("wrong-type");
  if (!head.equals(ZIP)) throw new SheetError("broken");
  return withHeaders(await readXlsx(file));
}

function readCsv(bytes: Buffer): string[][] {
  const text = decode(bytes);
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new SheetError("broken", error instanceof Error ? error.message.slice(0, 100) : "");
  }
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * The whole workbook is loaded, not streamed: exceljs 4.4's streaming reader garbles a Chinese character
 * now and then where one falls across a read chunk (every few thousand rows; import.test.ts checks 6,000).
 */
async function readXlsx(file: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch (error) {
    throw new SheetError("broken", error instanceof Error ? error.message.slice(0, 100) : "");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new SheetError("empty");
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    rows.push(Array.from(cells, (c) => c ?? ""));
  });
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "formula" in value) throw new SheetError("formula", cell.address);
  if (typeof value === "object" && "sharedFormula" in value) throw new SheetError("formula", cell.address);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "text" in value) return String(value.text);
  return String(value);
}

function withHeaders(rows: string[][]): Sheet {
  const [headers, ...rest] = rows;
  if (!headers || rest.length === 0) throw new SheetError("empty");
  return { headers: headers.map((h) => h.trim()), rows: rest };
}
