import { stageName } from "../../cards/labels.js";
import { HELP_INTRO, HELP_STAGES, HELP_STAGES_PREFIX } from "../i18n/help.js";
import type { Locale } from "../types.js";
import { type CommandDeclaration, formRole, roleMark } from "./declaration.js";

const EXAMPLE: Record<Locale, string> = { zh: "，例：", en: ", e.g. " };

/** A pipeline stage as help names it. */
export interface HelpStage {
  nameZh: string;
  nameEn: string;
  kind: string;
}

/**
 * The text of "help" / "帮助": every form of every command, in declaration order, one line each, then
 * the stages — the configured ones when given (the chat), the default ones otherwise.
 */
export function helpText(declarations: readonly CommandDeclaration[], locale: Locale, stages?: readonly HelpStage[]): string {
  const lines = declarations.flatMap((declaration) =>
    declaration.forms.map((form) => {
      const example = form.example?.[locale];
      // The role right after the summary, so it is not read as part of the example.
      return `  ${form.synopsis[locale]} — ${form.summary[locale]}${roleMark(formRole(declaration, form), locale)}${example ? EXAMPLE[locale] + example : ""}`;
    }),
  );
  return [HELP_INTRO[locale], ...lines, stages ? stagesLine(stages, locale) : HELP_STAGES[locale]].join("\n");
}

function stagesLine(stages: readonly HelpStage[], locale: Locale): string {
  const open = stages.filter((s) => s.kind === "open").map((s) => stageName(s, locale));
  const closed = stages.filter((s) => s.kind !== "open").map((s) => stageName(s, locale));
  return HELP_STAGES_PREFIX[locale] + [open.join(" → "), closed.join(" | ")].filter(Boolean).join(" → ");
}
