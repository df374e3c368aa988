import type { CardBlock, CardButton } from "../../cards/model.js";
import type { TurnContext } from "../context.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import type { Locale, Reply } from "../types.js";
import { msg } from "../i18n/msg.js";

/** Every list shows this many lines per page; numbers shown are the records' own, so paging never shifts them. */
export const PAGE_SIZE = 10;

const PAGE_WORD = /^(?:page\s*(\d{1,4})|第\s*(\d{1,4})\s*页|p(\d{1,4}))$/iu;

/** "page 2" / "第2页" anywhere among the words → the page, and the words without it. */
export function takePage(tokens: readonly string[]): { page: number; rest: string[] } {
  const words = tokens
    .join(" ")
    .normalize("NFKC")
    .replace(/\bpage\s+(\d)/giu, "page$1")
    .split(/\s+/u)
    .filter(Boolean);
  const at = words.findIndex((w) => PAGE_WORD.test(w));
  if (at < 0) return { page: 1, rest: words };
  const m = PAGE_WORD.exec(words[at]!)!;
  return { page: Math.max(1, Number(m[1] ?? m[2] ?? m[3])), rest: words.filter((_, i) => i !== at) };
}

export const ListM = {
  page: msg<[number, number, string]>(
    (page, pages, next) => `第 ${page}/${pages} 页${next ? ` · 下一页：${next}` : ""}`,
    (page, pages, next) => `Page ${page}/${pages}${next ? ` · next: ${next}` : ""}`,
  ),
  pastLastPage: msg<[number, number]>(
    (page, pages) => `没有第 ${page} 页：一共 ${pages} 页。`,
    (page, pages) => `There is no page ${page}: ${pages} page${pages === 1 ? "" : "s"} in all.`,
  ),
};

/** The command that shows the next page: the command words and filters as typed, then the page. */
export function nextPage(commandWords: Readonly<Record<Locale, string>>, filters: readonly string[], page: number, locale: Locale): string {
  const typed = filters.join(" ");
  return locale === "zh" ? `${commandWords.zh} ${typed}${typed ? " " : ""}第${page}页` : `${commandWords.en} ${typed}${typed ? " " : ""}page ${page}`;
}

/** "Page 1/3 · next: …" when there is more than one page; nothing otherwise. */
export function pageFooter(page: number, total: number, next: string, locale: Locale): string | null {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return pages > 1 ? ListM.page[locale](page, pages, page < pages ? next : "") : null;
}

/**
 * One page of a list as a card for the asker only (lists carry amounts and contacts): its lines,
 * "Page 1/3 · next: …" under them when there are more, and the buttons; a page past the last one
 * says how many there are.
 */
export function pagedList(
  ctx: TurnContext,
  p: {
    title: string;
    lines: string[];
    page: number;
    total: number;
    command: Readonly<Record<Locale, string>>;
    filters: readonly string[];
    buttons?: CardButton[];
  },
): Reply[] {
  const { locale } = ctx;
  if (p.lines.length === 0) return [{ text: ListM.pastLastPage[locale](p.page, Math.ceil(p.total / PAGE_SIZE)) }];
  const footer = pageFooter(p.page, p.total, nextPage(p.command, p.filters, p.page + 1, locale), locale);
  const blocks: CardBlock[] = [{ type: "text", text: p.lines.join("\n") }];
  if (footer) blocks.push({ type: "text", text: footer });
  if (p.buttons && p.buttons.length > 0) blocks.push({ type: "actions", buttons: p.buttons });
  return onlyForAsker(ctx, [{ card: { title: p.title, blocks } }]);
}
