import { formatMoney } from "../../cards/format.js";
import { statusName } from "../../cards/quote.card.js";
import type { Replies, TurnContext } from "../context.js";
import { msg } from "../i18n/msg.js";
import { PAGE_SIZE, pagedList, takePage } from "./list-page.js";

const STATUS_WORDS: Record<string, readonly string[] | null> = {
  draft: ["draft"],
  drafts: ["draft"],
  草稿: ["draft"],
  pending: ["pending"],
  waiting: ["pending"],
  待审批: ["pending"],
  审批中: ["pending"],
  approved: ["approved"],
  已批准: ["approved"],
  已通过: ["approved"],
  rejected: ["rejected"],
  已驳回: ["rejected"],
  已拒绝: ["rejected"],
  all: null,
  全部: null,
  所有: null,
};

const QuoteListM = {
  title: msg<[number]>(
    (n) => `报价单（${n}）`,
    (n) => `Quotes (${n})`,
  ),
  none: msg(
    () => "没有符合条件的报价单。",
    () => "No quotes match.",
  ),
  unread: msg<[string]>(
    (w) => `没看懂「${w}」。例如：报价 列表 [草稿|待审批|已批准|已驳回|全部] [第2页]`,
    (w) => `I did not understand “${w}”, e.g. quote list [draft|pending|approved|rejected|all] [page 2]`,
  ),
};

/** "quote list [draft|pending|approved|rejected|all] [page n]": the quotes the asker may read, newest first. */
export async function listQuotes(ctx: TurnContext, tokens: string[]): Replies {
  const { page, rest } = takePage(tokens);
  let statuses: readonly string[] | undefined;
  for (const word of rest) {
    const lower = word.toLowerCase();
    if (!(lower in STATUS_WORDS)) return [{ text: QuoteListM.unread[ctx.locale](word) }];
    statuses = STATUS_WORDS[lower] ?? undefined;
  }
  const { quotes, total } = await ctx.domain.quotes.listVisible(ctx.actor, {
    ...(statuses ? { statuses } : {}),
    limit: PAGE_SIZE,
    skip: (page - 1) * PAGE_SIZE,
  });
  if (total === 0) return [{ text: QuoteListM.none[ctx.locale]() }];
  const lines = quotes.map(
    (q) => `${q.number} · ${q.company.name} · ${statusName(q.status, ctx.locale)} · ${formatMoney(Number(q.totalMinor), q.currency, ctx.locale)}`,
  );
  const command = { en: "quote list", zh: "报价 列表" };
  return pagedList(ctx, { title: QuoteListM.title[ctx.locale](total), lines, page, total, command, filters: rest });
}
