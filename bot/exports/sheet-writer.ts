import { once } from "node:events";
import { createWriteStream } from "node:fs";

export type SheetFormat = "xlsx" | "csv";
export type Cell = string | number | null | undefined;

export interface SheetColumn {
  header: string;
  /** Width in characters (xlsx). */
  width?: number;
}

/**
 * A CSV cell that a spreadsheet would run as a formula (=, @, a leading tab or carriage return, or + and -
 * followed by anything but a number, OWASP's CSV-injection list) gets a leading apostrophe: shown as
 * typed, never executed. Phone numbers (+1 415…) and negative numbers are left alone. An xlsx cell
 * needs none: it is written as a text cell, which Excel never evaluates.
 */
export function neutralize(cell: Cell): string | number {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return cell;
  if (/^[+-][\d\s().\/-]*$/u.test(cell)) return cell;
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}

/** One sheet of a workbook: its name, columns and rows batch by batch. */
export interface SheetData {
  name: string;
  columns: SheetColumn[];
  rows: AsyncIterable<Cell[][]>;
}

/**
 * Streams rows into an xlsx workbook (one sheet) or a CSV file (UTF-8 with a byte-order mark, so
 * Excel in China opens it as UTF-8), batch by batch: a 100,000-row export never holds the sheet in
 * memory. Returns the number of rows written.
 */
export async function writeSheet(
  file: string,
  format: SheetFormat,
  sheetName: string,
  columns: SheetColumn[],
  batches: AsyncIterable<Cell[][]>,
): Promise<number> {
  return writeWorkbook(file, format, [{ name: sheetName, columns, rows: batches }]);
}

/**
 * Several sheets (a report's summary, funnel and leaderboard): xlsx sheets in order; a CSV has one
 * table, so each sheet becomes a section headed by its name, a blank line between sections.
 * Returns the rows written over all sheets.
 */
export async function writeWorkbook(file: string, format: SheetFormat, sheets: SheetData[]): Promise<number> {
  return format === "xlsx" ? writeXlsx(file, sheets) : writeCsv(file, sheets);
}

async function writeXlsx(file: string, sheets: SheetData[]): Promise<number> {
  // exceljs is ~20 MB resident: loaded with the first workbook, not by every process at start.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  let rows = 0;
  for (const data of sheets) {
    const sheet = workbook.addWorksheet(data.name.slice(0, 31));
    sheet.columns = data.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? Math.max(10, c.header.length + 2) }));
    sheet.getRow(1).font = { bold: true };
    for await (const batch of data.rows) {
      for (const row of batch) {
        sheet.addRow(row.map((cell) => cell ?? "")).commit();
        rows += 1;
      }
    }
    sheet.commit();
  }
  await workbook.commit();
  return rows;
}

async function writeCsv(file: string, sheets: SheetData[]): Promise<number> {
  const out = createWriteStream(file);
  const line = (cells: (string | number)[]) => `${cells.map(csvField).join(",")}\r\n`;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write("\uFEFF");
  let rows = 0;
  for (const [i, sheet] of sheets.entries()) {
    if (sheets.length > 1) await write(`${i > 0 ? "\r\n" : ""}${line([neutralize(sheet.name)])}`);
    await write(line(sheet.columns.map((c) => neutralize(c.header))));
    for await (const batch of sheet.rows) {
      await write(batch.map((row) => line(row.map(neutralize))).join(""));
      rows += batch.length;
    }
  }
  out.end();
  await once(out, "close");
  return rows;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}
