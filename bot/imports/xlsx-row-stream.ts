import type { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { Open, type ZipEntry } from "unzipper";

/** What exceljs's streaming WorkbookReader reads from xl/workbook.xml and its relationships. */
interface BookModel {
  sheets?: { rId: string; state?: string }[];
}

/** The parts of exceljs's streaming WorkbookReader this file overrides or calls (not in its type definitions). */
interface ReaderInternals {
  input: string;
  model?: BookModel;
  workbookRels?: { Id: string; Target: string }[];
  parse(): AsyncGenerator<unknown>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}
type ReaderClass = new (input: string, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) => ReaderInternals;

/**
 * exceljs 4.4's streaming reader turns each chunk of a zip entry into text on its own
 * (utils/parse-sax.js: `bufferToString(chunk)`), so a UTF-8 character split across two chunks
 * becomes two replacement characters: a Chinese name garbled every few thousand rows. Its
 * parser passes chunks that are already text through unchanged, so this reader hands it text
 * decoded across chunk boundaries: the shared strings' entry through the stream's own decoder
 * (setEncoding), each worksheet's chunks through one streaming TextDecoder.
 *
 * Its parse() reads the zip in one streaming pass, in stored order. exceljs writes the sheet
 * before the shared strings and xl/workbook.xml last, so the sheet waits in a temp file and the
 * pass must deliver that last entry before the sheet can be read; under load it sometimes does
 * not (exceljs issue #3064: "Cannot read properties of undefined (reading 'sheets')") and a good
 * workbook was refused as damaged. This reader opens the zip by its central directory instead,
 * reads the parts a sheet depends on first, whatever their stored order, then streams only the
 * first visible sheet in tab order (a hidden first sheet of dropdown lists is not the data).
 */
function utf8SafeReader(ExcelJS: typeof import("exceljs")): ReaderClass {
  const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as ReaderClass;
  return class Utf8SafeWorkbookReader extends Base {
    override _parseSharedStrings(entry: NodeJS.ReadableStream) {
      entry.setEncoding("utf8");
      return super._parseSharedStrings(entry);
    }

    override _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
      return super._parseWorksheet(utf8Text(iterator), sheetNo);
    }

    override async *parse() {
      const { files } = await Open.file(this.input);
      const part = (name: string) => files.find((f) => f.type === "File" && f.path.replace(/^\//u, "") === name);
      const rels = part("xl/_rels/workbook.xml.rels");
      const book = part("xl/workbook.xml");
      if (rels) await this._parseRels(rels.stream());
      if (book) await this._parseWorkbook(book.stream());
      const strings = part("xl/sharedStrings.xml");
      if (strings) yield* this._parseSharedStrings(strings.stream());
      const styles = part("xl/styles.xml");
      if (styles) await this._parseStyles(styles.stream());
      const sheet = firstSheet(files, this.model, this.workbookRels);
      if (!sheet) throw new Error("no worksheet in the workbook");
      yield* this._parseWorksheet(sheet.entry.stream(), sheet.no);
    }
  };
}

/** The first visible sheet in tab order (xl/workbook.xml), else the lowest-numbered sheet file. */
function firstSheet(files: ZipEntry[], model: BookModel | undefined, rels: { Id: string; Target: string }[] = []) {
  const sheets = files
    .map((entry) => ({ entry, no: /^\/?xl\/worksheets\/sheet(\d+)\.xml$/u.exec(entry.path)?.[1] }))
    .filter((s): s is { entry: ZipEntry; no: string } => s.no !== undefined)
    .sort((a, b) => Number(a.no) - Number(b.no));
  const fileOf = (rId: string) => {
    const target = rels.find((r) => r.Id === rId)?.Target.replace(/^\/?(xl\/)?/u, "");
    return sheets.find((s) => s.entry.path.replace(/^\/?xl\//u, "") === target);
  };
  for (const tab of model?.sheets ?? []) {
    const sheet = tab.state === "hidden" || tab.state === "veryHidden" ? undefined : fileOf(tab.rId);
    if (sheet) return sheet;
  }
  return sheets[0];
}

/** exceljs (~20 MB resident) is loaded with the first workbook read, not by every process at start. */
let Reader: ReaderClass | undefined;

async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The first worksheet's rows, one at a time, read from the file as they are needed (memory stays flat). */
export async function* xlsxRows(file: string): AsyncGenerator<ExcelJS.Row> {
  // Styles are kept: a date-formatted number is read as a Date, as the whole-file reader does.
  Reader ??= utf8SafeReader((await import("exceljs")).default);
  const reader = new Reader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  for await (const sheet of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row>>) {
    for await (const row of sheet) yield row;
    return; // parse() gives the first sheet only
  }
}
