import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { FileStore } from "../bot/documents/file-store.js";
import { ImportRunner } from "../bot/imports/import-runner.js";
import type { BotResponse, Reply } from "../bot/types.js";
import { button, type Harness, type Person } from "./bot-harness.js";

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

/**
 * Lets a runner work the confirmed imports, as the app does in the background (ImportRunner), and
 * returns what it queued for the importers' chats (progress messages and the result), oldest first.
 */
export async function runImports(h: Harness, files: FileStore, editable = false): Promise<Reply[]> {
  const before = new Set((await h.t.db.outboxMessage.findMany({ select: { id: true } })).map((r) => r.id));
  const runner = new ImportRunner({ domain: h.domain, files, editable: () => editable });
  await runner.tick();
  const rows = await h.t.db.outboxMessage.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.filter((r) => !before.has(r.id)).map((r) => (JSON.parse(r.payload) as { reply: Reply }).reply);
}

/** Presses the preview's Import button (`:update` or `:skip`) and runs the job: the progress card, then the result. */
export async function confirmImport(h: Harness, files: FileStore, who: Person, preview: BotResponse, choice: "update" | "skip"): Promise<BotResponse> {
  const pressed = await h.press(
    who,
    button(preview, (b) => b.value.endsWith(`:${choice}`)),
  );
  return { replies: [...pressed.replies, ...(await runImports(h, files))] };
}
