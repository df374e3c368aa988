import { formatDealAmount } from "../../cards/format.js";
import { localeCurrency } from "../i18n/locale-currency.js";
import { stageName } from "../../cards/labels.js";
import { startOfLocalWeek } from "../../domain/automation/local-day.js";
import type { DealListFilter } from "../../domain/deals/deal.service.js";
import { NotFoundError } from "../../domain/shared/errors.js";
import type { Replies, TurnContext } from "../context.js";
import type { Reply } from "../types.js";
import { DealListM } from "../i18n/deal-list-messages.js";
import { M } from "../i18n/messages.js";
import { addMonths, zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";
import { type ClosingPeriod, readDealListQuery } from "./deal-list-args.js";
import { PAGE_SIZE, pagedList, takePage } from "./list-page.js";
import { lookupScope } from "./user.command.js";

const WEEK_MS = 7 * 86_400_000;

/**
 * "deal list [stage] [mine|owner <name>] [closing this/next week|month] [over <amount>] [stale] [page n]":
 * the deals the asker may see, filtered, ten per page, largest first within each stage. Deal numbers
 * never change, so "deal show 12" from any page opens the same deal.
 */
export async function listDeals(ctx: TurnContext, tokens: string[]): Replies {
  const read = await readDealFilter(ctx, tokens);
  if ("replies" in read) return read.replies;
  const { filter, filters, page } = read;
  const { deals, total } = await ctx.domain.deals.listPage(ctx.actor, { ...filter, limit: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE });
  if (total === 0) return [{ text: filters ? DealListM.noneMatch[ctx.locale](filters) : M.noDeals[ctx.locale]() }];
  const lines = deals.map(
    (d) => `#${d.number} ${d.title} · ${stageName(d.stage, ctx.locale)} · ${formatDealAmount(d.amountMinor, d.currency, ctx.locale)} · ${d.owner.name}`,
  );
  return pagedList(ctx, {
    title: DealListM.title[ctx.locale](total, filters),
    lines,
    page,
    total,
    command: { en: "deal list", zh: "商机 列表" },
    filters: takePage(tokens).rest,
    buttons: deals.slice(0, 5).map((d) => ({ label: `#${d.number} ${d.title}`, actionId: "deal.show", value: d.id })),
  });
}

/**
 * The deal-list words as the domain's filter, with the filters in words for a title ("方案报价 · 我的"),
 * or the reply naming what could not be read. Shared by `deal list` and `export deals`.
 */
export async function readDealFilter(
  ctx: TurnContext,
  tokens: string[],
): Promise<{ filter: DealListFilter; filters: string; page: number } | { replies: Reply[] }> {
  const line = tokens.join(" ");
  const query = readDealListQuery(line, localeCurrency(ctx.locale));
  if (query.badAmount) return { replies: [{ text: DealListM.badAmount[ctx.locale](query.badAmount) }] };
  const filter: DealListFilter = {};
  const labels: string[] = [];
  if (query.rest) {
    const stage = await ctx.domain.stages.resolve(query.rest).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!stage) return { replies: [{ text: DealListM.unread[ctx.locale](query.rest) }] };
    filter.stageKey = stage.key;
    labels.push(stageName(stage, ctx.locale));
  } else if (!query.closing) {
    // With no stage named the list is of open deals; a close-date filter shows won ones too.
    filter.openOnly = true;
  }
  if (query.owner) {
    const { user } = await ctx.domain.users.resolveRef(lookupScope(ctx), query.owner);
    filter.ownerId = user.id;
    labels.push(DealListM.owner[ctx.locale](user.name));
  } else if (query.mine) {
    filter.ownerId = ctx.actor.userId;
    labels.push(DealListM.mine[ctx.locale]());
  }
  if (query.closing) {
    filter.closing = closingRange(query.closing, ctx.now, ctx.timezone);
    labels.push(DealListM.closing[query.closing][ctx.locale]());
  }
  if (query.minAmount) {
    filter.minAmount = { minor: query.minAmount.minor, currency: query.minAmount.currency };
    labels.push(DealListM.minAmount[ctx.locale](formatDealAmount(BigInt(query.minAmount.minor), query.minAmount.currency, ctx.locale)));
  }
  if (query.stale) {
    const days = (await ctx.domain.rules.get("stale-deal")).condition.days;
    filter.quietSince = new Date(ctx.now.getTime() - days * 86_400_000);
    labels.push(DealListM.stale[ctx.locale](days));
  }
  return { filter, filters: labels.join(" · "), page: query.page };
}

/** [from, to) of "closing this week" (Monday to Monday) or "this month" in the asker's zone. */
export function closingRange(period: ClosingPeriod, now: Date, timeZone: string): { from: Date; to: Date } {
  if (period === "this-week" || period === "next-week") {
    const thisWeek = startOfLocalWeek(now, timeZone);
    // Monday a week on: the 8th day at noon lands in next week whatever the DST shift.
    const nextWeek = startOfLocalWeek(new Date(thisWeek.getTime() + WEEK_MS + 12 * 3_600_000), timeZone);
    if (period === "this-week") return { from: thisWeek, to: nextWeek };
    return { from: nextWeek, to: startOfLocalWeek(new Date(nextWeek.getTime() + WEEK_MS + 12 * 3_600_000), timeZone) };
  }
  const today = zonedParts(now, timeZone);
  const monthStart = (delta: number) => {
    const { year, month } = addMonths(today.year, today.month, delta);
    return zonedTimeToInstant({ year, month, day: 1 }, { hour: 0, minute: 0 }, timeZone);
  };
  return period === "this-month" ? { from: monthStart(0), to: monthStart(1) } : { from: monthStart(1), to: monthStart(2) };
}
