import { importMaxBytes } from "./import-limit.js";
import { rm } from "node:fs/promises";
import type { Replies, TurnContext } from "../context.js";
import type { InboundFile } from "../types.js";
import { ImportM } from "./import-messages.js";
import { previewSpreadsheet } from "./import-kind.js";

/** A file someone sent: a spreadsheet is previewed for import; anything else is refused (and not kept). */
export async function receiveFile(ctx: TurnContext, file: Pick<InboundFile, "fileName" | "storedName" | "problem">): Replies {
  if (file.problem === "too-large") return [{ text: ImportM.sheetProblem("too-large", `${importMaxBytes() / 1_048_576} MB`, ctx.locale) }];
  // Before the type: an adapter that could not fetch a file may not know its real name either.
  if (file.problem === "not-fetched") return [{ text: ImportM.notFetched[ctx.locale](file.fileName) }];
  const path = file.storedName ? ctx.files.resolve(file.storedName) : null;
  if (!/\.(xlsx|csv)$/iu.test(file.fileName)) {
    if (path) await rm(path, { force: true });
    return [{ text: ImportM.sheetProblem("wrong-type", "", ctx.locale) }];
  }
  if (!path) return [{ text: ImportM.notFetched[ctx.locale](file.fileName) }];
  return previewSpreadsheet(ctx, { fileName: file.fileName, path });
}
