import { HELP_INTRO, HELP_STAGES } from "../i18n/help.js";
import type { Locale } from "../types.js";
import { type CommandDeclaration, formRole, roleMark } from "./declaration.js";

const EXAMPLE: Record<Locale, string> = { zh: "，例：", en: ", e.g. " };

/** The text of "help" / "帮助": every form of every command, in declaration order, one line each. */
export function helpText(declarations: readonly CommandDeclaration[], locale: Locale): string {
  const lines = declarations.flatMap((declaration) =>
    declaration.forms.map((form) => {
      const example = form.example?.[locale];
      // The role right after the summary, so it is not read as part of the example.
      return `  ${form.synopsis[locale]} — ${form.summary[locale]}${roleMark(formRole(declaration, form), locale)}${example ? EXAMPLE[locale] + example : ""}`;
    }),
  );
  return [HELP_INTRO[locale], ...lines, HELP_STAGES[locale]].join("\n");
}
