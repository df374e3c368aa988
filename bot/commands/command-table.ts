import { SUBCOMMANDS } from "./command.js";
import { type CommandDeclaration, type CommandForm, formRole, type Role, roleMark } from "./declaration.js";

/** docs/commands.md holds the generated tables between these two lines; everything around them is prose. */
export const TABLE_BEGIN = "<!-- commands:begin -->";
export const TABLE_END = "<!-- commands:end -->";

const WHO: Record<Role, string> = { everyone: "everyone", manager: "managers and admins", admin: "admins" };

/** A table cell: a literal "|" would end the cell, even inside backticks. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

const code = (text: string) => `\`${text}\``;

function formRow(declaration: CommandDeclaration, form: CommandForm): string {
  const typed = (locale: "en" | "zh") => {
    const example = form.example?.[locale];
    return code(form.synopsis[locale]) + (example ? `, e.g. ${code(example)}` : "");
  };
  // The role right after the summary, as in help, so it is not read as part of the details.
  const does = form.summary.en + roleMark(formRole(declaration, form), "en") + (form.details ? `; ${form.details}` : "");
  return `| ${cell(typed("en"))} | ${cell(typed("zh"))} | ${cell(does)} |`;
}

/**
 * The words table (which words start which command, and for whom), the forms table, and the words a
 * form's subcommand may be written with ("deal add" is "deal new"), as markdown.
 */
export function commandTables(declarations: readonly CommandDeclaration[], subcommands: Readonly<Record<string, readonly string[]>> = SUBCOMMANDS): string {
  const words = [
    "| command | English words | 中文 | for (a form may say otherwise) |",
    "|---|---|---|---|",
    ...declarations.map(
      (d) => `| ${cell(code(d.words.en[0] ?? ""))} | ${cell(d.words.en.map(code).join(", "))} | ${cell(d.words.zh.map(code).join(", "))} | ${WHO[d.role]} |`,
    ),
  ];
  const forms = ["| English | 中文 | what it does |", "|---|---|---|", ...declarations.flatMap((d) => d.forms.map((f) => formRow(d, f)))];
  const synonyms = [
    '| subcommand | any of these words ("deal add" is "deal new") |',
    "|---|---|",
    ...Object.entries(subcommands).map(([name, all]) => `| ${code(name)} | ${cell(all.map(code).join(", "))} |`),
  ];
  return [...words, "", ...forms, "", ...synonyms].join("\n");
}

/** The document with its generated part replaced by `tables`; throws when the markers are missing. */
export function withCommandTables(doc: string, tables: string): string {
  const begin = doc.indexOf(TABLE_BEGIN);
  const end = doc.indexOf(TABLE_END);
  if (begin < 0 || end < begin) throw new Error(`the command reference needs a line ${TABLE_BEGIN} and, after it, a line ${TABLE_END}`);
  const note = "<!-- generated from bot/commands/*.declaration.ts by `npm run docs:commands`; edit the declarations, not this table -->";
  return `${doc.slice(0, begin)}${TABLE_BEGIN}\n${note}\n\n${tables}\n\n${doc.slice(end)}`;
}
