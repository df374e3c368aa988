import { rm } from "node:fs/promises";
import type { Replies, TurnContext } from "../context.js";
import type { InboundFile } from "../types.js";
import { ImportM } from "./import-messages.js";
import { previewImport } from "./import-flow.js";

/** A file someone sent: a spreadsheet is previewed for import; anything else is refused (and not kept). */
export async function receiveFile(ctx: TurnContext, file: Pick<InboundFile, "fileName" | "storedName" | "problem">): Replies {
  if (file.problem === "too-large") return [{ text: ImportM.sheetProblem("too-large", `${process.env.CRM_IMPORT_MAX_MB ?? 20} MB`, ctx.locale) }];
  if (!/\.(xlsx|csv)$/iu.test(file.fileName)) {
    const path = file.storedName ? ctx.files.resolve(file.storedName) : null;
    if (path) await rm(path, { force: true });
    return [{ text: ImportM.sheetProblem("wrong-type", "", ctx.locale) }];
  }
  const path = file.storedName ? ctx.files.resolve(file.storedName) : null;
  if (!path) return [{ text: ImportM.notFetched[ctx.locale](file.fileName) }];
  return previewImport(ctx, { fileName: file.fileName, path });
}
