import type { TurnContext } from "../context.js";
import { fieldOf } from "../imports/header-mapping.js";
import { remapImport, undoImport } from "../imports/import-flow.js";
import { resumeImport } from "../imports/import-start.js";
import { remapOpenLeadImport, switchImportKind } from "../imports/import-kind.js";
import { ImportM } from "../imports/import-messages.js";
import { M } from "../i18n/messages.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { importDeclaration } from "./import.declaration.js";

const MAP = ["map", "映射", "对应"];
const RESUME = ["resume", "continue", "继续"];
const UNDO = ["undo", "撤销", "撤回"];
const NONE = ["none", "-", "skip", "不导入", "跳过", "无"];
const LEADS = ["leads", "lead", "线索"];
const CUSTOMERS = ["customers", "customer", "companies", "客户"];

/** "import", "import map <column> <field>", "import leads|customers", "import resume", "import undo" (a spreadsheet itself arrives as a file). */
export const importCommand: Command = {
  ...declared(importDeclaration),
  async run(ctx, args) {
    const word = (args[0] ?? "").toLowerCase();
    if (MAP.includes(word) && args.length >= 3) {
      const fieldWord = args.at(-1)!;
      const none = NONE.includes(fieldWord.toLowerCase());
      const asLeads = await remapOpenLeadImport(ctx, args.slice(1, -1).join(" "), none ? null : fieldWord);
      if (asLeads) return asLeads;
      const field = none ? null : fieldOf(fieldWord);
      return remapImport(ctx, args.slice(1, -1).join(" "), field === null && !NONE.includes(fieldWord.toLowerCase()) ? fieldWord : null, field);
    }
    if (RESUME.includes(word) && args.length === 1) return resumeImport(ctx);
    if (LEADS.includes(word) && args.length === 1) return switchImportKind(ctx, "leads");
    if (CUSTOMERS.includes(word) && args.length === 1) return switchImportKind(ctx, "customers");
    if (UNDO.includes(word) && args.length === 1) return undoImport(ctx);
    if (args.length === 0) return status(ctx);
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

async function status(ctx: TurnContext) {
  const job = await ctx.domain.imports.latestOpen(ctx.actor);
  if (!job) return [{ text: ImportM.nothingOpen[ctx.locale]() }];
  return [{ text: ImportM.progress[ctx.locale](job.doneRows, job.totalRows) }];
}
