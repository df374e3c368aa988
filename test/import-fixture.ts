import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { FileStore } from "../bot/documents/file-store.js";
import type { BotResponse } from "../bot/types.js";
import type { Harness, Person } from "./bot-harness.js";

/** A workbook the test makes: a header row and rows, each cell a string, a number or a formula. */
export async function workbook(rows: (string | number | { formula: string })[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("客户");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Sends a file to the bot as a chat would: stored first, then a "file" event naming it. */
export async function sendFile(h: Harness, files: FileStore, who: Person, fileName: string, bytes: Buffer): Promise<BotResponse> {
  const ext = /\.(\w+)$/u.exec(fileName)?.[1] ?? "bin";
  const stored = await files.create("import", ext);
  writeFileSync(stored.path, bytes);
  return h.inbox.handle({
    type: "file",
    channel: "local",
    user: { platformUserId: who.platformUserId, displayName: who.displayName },
    conversation: { id: `dm:${who.platformUserId}`, kind: "direct" },
    fileName,
    storedName: stored.fileName,
  });
}
