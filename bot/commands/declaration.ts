import type { Locale } from "../types.js";

/** Text a user reads, in both languages. */
export type Bilingual = Readonly<Record<Locale, string>>;

/**
 * Who a command (or one form of it) is meant for. It is what help, usage replies and the docs say;
 * the domain services still check permissions, so a wrong declaration misinforms but grants nothing.
 */
export type Role = "everyone" | "manager" | "admin";

/** One way of using a command: "deal new <company> [amount] [stage]". */
export interface CommandForm {
  /** What to type, `<placeholders>` and `[optional]` parts included, starting with one of the command's words. */
  synopsis: Bilingual;
  /** What it does, one line (help and the docs' table). */
  summary: Bilingual;
  /** A filled-in line, when the synopsis alone leaves the reader guessing. */
  example?: Partial<Bilingual>;
  /** Set when it differs from the command's role ("contact erase" is for admins, "contact show" is not). */
  role?: Role;
  /** Only in the docs' table: the rules a reader of the reference needs and a chat reply has no room for. */
  details?: string;
}

/** Everything a user (or the docs) can learn about one command, declared once beside it. */
export interface CommandDeclaration {
  /** The words that start the command; the first English word is its name. */
  words: { readonly en: readonly string[]; readonly zh: readonly string[] };
  role: Role;
  forms: readonly CommandForm[];
}

/** The parts of a Command derived from its declaration: the words it answers to and its usage line. */
export interface Declared {
  declaration: CommandDeclaration;
  /** English words first, then Chinese (lookup is case-insensitive). */
  names: string[];
  usage: Bilingual;
}

export function declared(declaration: CommandDeclaration): Declared {
  return {
    declaration,
    names: [...declaration.words.en, ...declaration.words.zh],
    usage: { zh: usageOf(declaration, "zh"), en: usageOf(declaration, "en") },
  };
}

const ROLE_MARK: Record<Locale, Record<Exclude<Role, "everyone">, string>> = {
  zh: { manager: "（经理）", admin: "（管理员）" },
  en: { manager: " (managers)", admin: " (admins)" },
};

/** " (admins)" / " (managers)" (admins included) after a form not meant for everyone; "" otherwise. */
export function roleMark(role: Role, locale: Locale): string {
  return role === "everyone" ? "" : ROLE_MARK[locale][role];
}

/** The form's own role, or the command's when the form sets none. */
export function formRole(declaration: CommandDeclaration, form: CommandForm): Role {
  return form.role ?? declaration.role;
}

/**
 * The body of a usage reply: every form by default, so a wrong use shows the right one whichever was
 * meant; a reply about one form (a name missing after "contact erase") passes just that one.
 */
export function usageOf(declaration: CommandDeclaration, locale: Locale, forms: readonly CommandForm[] = declaration.forms): string {
  return forms.map((form) => form.synopsis[locale] + roleMark(formRole(declaration, form), locale)).join(" | ");
}
