import { searchRecords } from "../flows/search-records.js";
import type { Command } from "./command.js";

/** "search 华为" / "搜索 Acme": customers, contacts and deals by name; never writes. */
export const searchCommand: Command = {
  names: ["search", "搜索", "查找", "查询", "搜"],
  usage: { zh: "搜索 <客户、联系人或商机名称>", en: "search <customer, contact or deal name>" },
  run: (ctx, args) => searchRecords(ctx, args.join(" ")),
};
