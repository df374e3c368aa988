import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { pipeline, Readable } from "node:stream";
import { parse } from "csv-parse";
import type ExcelJS from "exceljs";
import { xlsxRows } from "./xlsx-row-stream.js";

/** What a spreadsheet holds: its header row and the rows under it, every cell as text. */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

export type SheetProblem = "too-large" | "wrong-type" | "broken" | "password" | "formula" | "empty" | "missing";

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

/** A spreadsheet read as it goes: its header row, and the rows under it, one at a time. */
export interface SheetStream {
  headers: string[];
  /** The non-empty rows under the header, in file order, every cell as text; a formula throws SheetError("formula"). */
  rows: AsyncGenerator<string[]>;
}

/**
 * Opens an .xlsx (its first visible tab) or a .csv (UTF-8, or GBK/GB18030 as Excel in China saves
 * it). Refuses, before anything is written, a file over `maxBytes`, of another type, a broken or
 * password-protected workbook, and a workbook with formulas (their values would be guesses; found
 * as the rows are read). Both are streamed, never held whole: 100,000 rows in a few MB.
 */
export async function streamSheet(file: string, fileName: string, maxBytes: number): Promise<SheetStream> {
  // A job's copy of the file can be gone by the time a runner reads it again (a cleaned-up files directory).
  const size = await stat(file).then(
    (s) => s.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") throw new SheetError("missing");
      throw error;
    },
  );
  if (size > maxBytes) throw new SheetError("too-large", `${Math.round(maxBytes / 1_048_576)} MB`);
  const head = Buffer.alloc(4);
  const handle = await open(file, "r");
  await handle.read(head, 0, 4, 0).finally(() => handle.close());
  const lower = fileName.toLowerCase();
  let lines: AsyncGenerator<string[]>;
  if (lower.endsWith(".csv")) lines = readCsv(file, await csvEncoding(file));
  else {
    if (head.equals(OLE)) throw new SheetError("password");
    if (!lower.endsWith(".xlsx") && !head.equals(ZIP)) throw new SheetError("wrong-type");
    if (!head.equals(ZIP)) throw new SheetError("broken");
    lines = readXlsx(file);
  }
  const first = await lines.next();
  if (first.done) throw new SheetError("empty");
  return { headers: first.value.map((h) => h.trim()), rows: lines };
}

/** The whole sheet in memory (small files and tests; imports stream it). */
export async function readSheet(file: string, fileName: string, maxBytes: number): Promise<Sheet> {
  const { headers, rows } = await streamSheet(file, fileName, maxBytes);
  const all: string[][] = [];
  for await (const row of rows) all.push(row);
  if (all.length === 0) throw new SheetError("empty");
  return { headers, rows: all };
}

/** The bytes a CSV is read by at a time (a character may be split between two reads: the decoder joins it). */
export const CSV_CHUNK_BYTES = 64 * 1024;

/** A CSV's rows as they are read: decoded and parsed a chunk at a time, never the whole file in memory. */
async function* readCsv(file: string, encoding: string): AsyncGenerator<string[]> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  // pipeline: a read or decoding error reaches the parser, and a consumer that stops early closes the file.
  pipeline(Readable.from(decoded(file, encoding)), parser, () => {});
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    throw new SheetError("broken", error instanceof Error ? error.message.slice(0, 100) : "");
  }
}

/** The file's text, chunk by chunk; one streaming decoder joins a character split between two chunks (and drops a BOM). */
async function* decoded(file: string, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of createReadStream(file, { highWaterMark: CSV_CHUNK_BYTES })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * UTF-8 when the whole file is valid UTF-8, else GB18030 (a superset of GBK, as Excel in China
 * saves a CSV). Read through as a stream, nothing kept, stopping at the first byte that is not
 * UTF-8: a GBK file is told within its first Chinese character, and a file that only turns
 * Chinese after thousands of ASCII rows is not mistaken for UTF-8 by a look at its start.
 */
async function csvEncoding(file: string): Promise<"utf-8" | "gb18030"> {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const stream = createReadStream(file, { highWaterMark: CSV_CHUNK_BYTES });
  try {
    for await (const chunk of stream) utf8.decode(chunk as Buffer, { stream: true });
    utf8.decode();
    return "utf-8";
  } catch (error) {
    if (error instanceof TypeError) return "gb18030";
    throw error;
  } finally {
    stream.destroy();
  }
}

/** The first visible tab's non-empty rows (see xlsx-row-stream.ts for why exceljs's streaming reader is wrapped). */
async function* readXlsx(file: string): AsyncGenerator<string[]> {
  try {
    for await (const row of xlsxRows(file)) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell);
      });
      const line = Array.from(cells, (c) => c ?? "");
      if (line.some((c) => c.trim() !== "")) yield line;
    }
  } catch (error) {
    if (error instanceof SheetError) throw error;
    throw new SheetError("broken", error instanceof Error ? error.message.slice(0, 100) : "");
  }
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
