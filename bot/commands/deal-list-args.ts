import { parseAmountSlot } from "../parse/amount-slot.js";
import type { ParsedAmount } from "../parse/types.js";

export type ClosingPeriod = "this-week" | "next-week" | "this-month" | "next-month";

/** What "deal list …" asks for; every part optional. `unread` is what none of the filters took. */
export interface DealListQuery {
  mine: boolean;
  owner?: string;
  closing?: ClosingPeriod;
  minAmount?: ParsedAmount;
  stale: boolean;
  page: number;
  /** Words left for a stage name ("proposal", "方案报价", "Quote sent"). */
  rest: string;
  /** An amount bound that could not be read ("over lots"): refused with a hint, never ignored. */
  badAmount?: string;
}

const ZH_PERIOD: Record<string, ClosingPeriod> = {
  本周: "this-week",
  这周: "this-week",
  这个星期: "this-week",
  下周: "next-week",
  下个星期: "next-week",
  本月: "this-month",
  这个月: "this-month",
  当月: "this-month",
  下个月: "next-month",
  下月: "next-month",
};

/** Takes the first match out of the text, returning its groups. */
function take(state: { text: string }, pattern: RegExp): RegExpExecArray | null {
  const match = pattern.exec(state.text);
  if (match) state.text = `${state.text.slice(0, match.index)} ${state.text.slice(match.index + match[0].length)}`.replace(/\s+/gu, " ").trim();
  return match;
}

/**
 * "proposal mine closing this month over 100k stale page 2", "商机 列表 方案报价 我的 本月成交 10万以上 停滞 第2页",
 * "deal list owner Li Lei" → the filters. The owner's name runs to the end of the line.
 */
export function readDealListQuery(line: string, defaultCurrency: string): DealListQuery {
  const state = { text: line.normalize("NFKC").trim() };
  const page = take(state, /(?:^|\s)(?:page\s*(\d{1,4})|第\s*(\d{1,4})\s*页)(?=\s|$)/iu);
  const owner = take(state, /(?:^|\s)(?:owner|owned\s+by|负责人(?:是|为)?)\s*[:：]?\s*(.+)$/iu);
  const closingEn = take(state, /(?:^|\s)(?:closing|close|closes|to\s+close)\s+(this|next)\s+(week|month)(?=\s|$)/iu);
  const closingZh = take(state, /(本周|这周|这个星期|下周|下个星期|本月|这个月|当月|下个月|下月)内?(?:要|预计|将)?(?:成交|签约|签单|关单|结单|到期)/u);
  // "超过两周没跟进了", "haven't been touched in 2 weeks": quiet deals, at the stale-deal rule's days.
  const stale = take(
    state,
    /(?:^|\s)(?:stale|quiet|stuck|idle|gone\s+(?:quiet|cold)|(?:with\s+)?no\s+(?:recent\s+)?activity(?:\s+(?:for|in)\s+(?:a|\d+|two|three|four)\s+(?:days?|weeks?|months?))?|(?:that\s+)?(?:haven['’]t|have\s+not|weren['’]t)\s+been\s+(?:touched|updated|followed\s+up)(?:\s+(?:for|in)\s+(?:a|\d+|two|three|four)\s+(?:days?|weeks?|months?))?)(?=\s|$)|停滞|沉睡|无进展|没进展|没有进展|(?:超过|已经)?(?:[一二两三四五六七八九十\d]+个?(?:天|周|星期|礼拜|月))?(?:都|以上)?(?:没有?|未)(?:人)?(?:跟进|动静|进展|联系|更新|动)过?了?|很久没(?:有)?(?:跟进|动|联系)过?了?/iu,
  );
  const mine = take(state, /(?:^|\s)(?:mine|my|my\s+own)(?=\s|$)|我的|我自己的/iu);
  const bound =
    take(state, /(?:^|\s)(?:amount\s*)?(?:>=|≥|>|over|above|at\s+least|min(?:imum)?)\s*(\S+(?:\s+(?:usd|rmb|cny|eur|k|m))?)(?=\s|$)/iu) ??
    take(state, /(?:金额)?\s*(?:>=|≥|>|大于|超过|不低于|至少)\s*(\S+?)(?:以上)?(?=\s|$)/u) ??
    take(state, /(?:金额)?(\S+?)(?:以上|及以上)(?=\s|$)/u);
  const amountText = bound?.[1];
  const minAmount = amountText ? (parseAmountSlot(amountText, defaultCurrency) ?? undefined) : undefined;
  const closing = closingEn
    ? (`${closingEn[1]!.toLowerCase()}-${closingEn[2]!.toLowerCase()}` as ClosingPeriod)
    : closingZh
      ? ZH_PERIOD[closingZh[1]!]
      : undefined;
  return {
    mine: mine !== null,
    stale: stale !== null,
    page: Math.max(1, Number(page?.[1] ?? page?.[2] ?? 1)),
    rest: state.text,
    ...(owner ? { owner: owner[1]!.trim() } : {}),
    ...(closing ? { closing } : {}),
    ...(minAmount ? { minAmount } : {}),
    ...(amountText && !minAmount ? { badAmount: amountText } : {}),
  };
}
