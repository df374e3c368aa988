/**
 * Rewrites the command tables of docs/commands.md from the commands' declarations
 * (bot/commands/*.declaration.ts). `npm run docs:commands`; a test fails until it is run after a change.
 */
import fs from "node:fs";
import path from "node:path";
import { commandTables, withCommandTables } from "../bot/commands/command-table.js";
import { COMMANDS } from "../bot/commands/registry.js";

const file = path.join(import.meta.dirname, "..", "docs", "commands.md");
const before = fs.readFileSync(file, "utf8");
const after = withCommandTables(before, commandTables(COMMANDS.map((c) => c.declaration)));
if (after === before) {
  console.log("docs/commands.md: the command tables are up to date");
} else {
  fs.writeFileSync(file, after);
  console.log("docs/commands.md: command tables rewritten");
}
