import type ExcelJS from "exceljs";

/** The parts of exceljs's streaming WorkbookReader this file overrides (not in its type definitions). */
interface ReaderInternals {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): AsyncGenerator<unknown>;
}
type ReaderClass = new (input: string, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) => ReaderInternals;

/**
 * exceljs 4.4's streaming reader turns each chunk of a zip entry into text on its own
 * (utils/parse-sax.js: `bufferToString(chunk)`), so a UTF-8 character split across two chunks
 * becomes two replacement characters: a Chinese name garbled every few thousand rows. Its
 * parser passes chunks that are already text through unchanged, so this reader hands it text
 * decoded across chunk boundaries: the shared strings' entry through the stream's own decoder
 * (setEncoding), each worksheet's chunks through one streaming TextDecoder.
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
  };
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
    return; // the first sheet only
  }
}
