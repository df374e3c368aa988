import { searchRecords } from "../flows/search-records.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { searchDeclaration } from "./search.declaration.js";

/** "search 华为" / "搜索 Acme": customers, contacts and deals by name; never writes. */
export const searchCommand: Command = {
  ...declared(searchDeclaration),
  run: (ctx, args) => searchRecords(ctx, args.join(" ")),
};
