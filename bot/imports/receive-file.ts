import { rm } from "node:fs/promises";
import type { Replies, TurnContext } from "../context.js";
import { ImportM } from "./import-messages.js";
import { previewImport } from "./import-flow.js";

/** A file someone sent: a spreadsheet is previewed for import; anything else is refused (and not kept). */
export async function receiveFile(ctx: TurnContext, fileName: string, storedName: string): Replies {
  const path = ctx.files.resolve(storedName);
  if (!path) return [{ text: ImportM.sheetProblem("broken", "", ctx.locale) }];
  if (!/\.(xlsx|csv)$/iu.test(fileName)) {
    await rm(path, { force: true });
    return [{ text: ImportM.sheetProblem("wrong-type", "", ctx.locale) }];
  }
  return previewImport(ctx, { fileName, path });
}
