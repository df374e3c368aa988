import type { PaymentAmount } from "../commands/payment-amount.js";
import { parseChineseNumber } from "./chinese-numerals.js";
import { findAmount } from "./parse-amount.js";
import { toHalfWidth } from "./normalize-text.js";

/** A sentence reporting money a customer paid: who, what (money, a share, an instalment), and the rest (a day). */
export interface PaymentMention {
  company: string;
  amount: PaymentAmount;
  /** The words left once the company and the amount are taken (may name the day). */
  rest: string;
}

/** What names a payment in Chinese (the longer words first: 回了款 before 回款). */
const ZH_VERB = /(?:回了款|付了款|打了款|回款|打款|(?<![首预])付款|汇款|转账|结款|付清|回了|打了|付了)/u;
/** Nouns for money that name a payment only with 收到 / 到账 ("华为的首付款30%已到账", "定金20万已经到了"). */
const ZH_MONEY_NOUN = /(?:首付款|预付款|尾款|货款|款项|定金|订金|的款|款)/u;
const ZH_RECEIVED = /^(?:今天|昨天|前天|刚刚|刚才|刚)?(?:已经|已)?收到了?/u;
/** 到账, 到位, or 到了 ("定金20万已经到了"); a bare 到 may be ahead ("下周到"). */
const ZH_ARRIVED = /(?:已经|已)?(?:(?:到账|到位)了?|到了)[。！!]?$/u;
const ZH_FILLER_WORDS = "那边|方面|那笔|这笔|今天|昨天|前天|上周[一二三四五六日天]?|本周|这周|上个?月|本月|这个?月|月初|刚刚|刚才|刚|已经|已|也|又|终于|总算";
const ZH_FILLER_END = new RegExp(`(?:的|${ZH_FILLER_WORDS})+$`, "u");
/** The same without 的: 美的, 目的地 keep it. */
const ZH_FILLER_END_KEEP_DE = new RegExp(`(?:${ZH_FILLER_WORDS})+$`, "u");
/**
 * What makes a sentence no payment: money not (yet) received, owed, planned, a rate, money paid to
 * someone else, or a bounced payment. Such a sentence is logged as it is.
 */
const NOT_A_PAYMENT =
  /(?:没|未|尚未|还没|不会|不能|还剩|剩下|剩余|还差|欠|总共|一共|合计|共计|率|进度|计划|预计|应收|应付|给(?:供应商|对方|第三方|他们)|退款|退回|n['’]t\b|\b(?:not|never|yet|owes?|owing|outstanding|remaining|left|bounced|declined|failed|refund(?:ed)?|will|would|going\s+to|expects?|promised?|plans?)\b|\bto\s+(?:their|a|the)\s+\w+|\bin\s+fees\b)/iu;
/** "Acme paid the first 30%", "Acme wired us $30,000 yesterday". */
const EN_COMPANY_FIRST = /^(?<company>.+?)\s+(?:has\s+|have\s+|just\s+)?(?:paid|wired|transferred|remitted)(?:\s+(?:us|in|up))?\s+(?<tail>.+)$/iu;
/** "received $30k from Acme yesterday", "got a payment of 30k from Acme". */
const EN_RECEIVED =
  /^(?:we\s+)?(?:received|got|collected)\s+(?:a\s+|the\s+)?(?:(?:payment|deposit|down\s+payment|prepayment|retainer)\s+(?:of\s+)?)?(?<amount>\S+)\s+(?:(?:payment|deposit|down\s+payment|prepayment|retainer)\s+)?from\s+(?<company>.+?)(?<tail>\s+(?:today|yesterday|this\s+morning|on\s+.+))?[.!]?$/iu;

const PERCENT = /(?<![\d.,])(\d{1,3}(?:\.\d{1,2})?)\s*[%％]/u;
const INSTALMENT_ZH = /第([一二三四五六七八九十两\d]{1,3})(?:期|笔)/u;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5 };
const INSTALMENT_EN =
  /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:instal(?:l)?ments?|payments?|tranches?)\b|\binstal(?:l)?ment\s+(\d{1,2})\b/iu;

/** The payment a sentence reports, or null (most sentences; "回款很慢" names no amount). */
export function detectPayment(text: string): PaymentMention | null {
  const line = toHalfWidth(text).trim().replace(/\s+/gu, " ");
  if (NOT_A_PAYMENT.test(line)) return null;
  const en = EN_RECEIVED.exec(line);
  if (en?.groups) {
    const amount = amountIn(en.groups.amount!);
    return amount ? { company: en.groups.company!.trim(), amount: amount.amount, rest: en.groups.tail?.trim() ?? "" } : null;
  }
  const english = EN_COMPANY_FIRST.exec(line);
  if (english?.groups) {
    const amount = amountIn(english.groups.tail!);
    return amount ? { company: english.groups.company!.trim(), amount: amount.amount, rest: amount.rest } : null;
  }
  return detectChinese(line);
}

/**
 * "华为回款50万", "华为的回款50万到账了", "收到华为50万回款", "华为50万到账了", "华为的首付款30%已到账":
 * the company is what comes before the payment word, or before the amount when that comes first.
 */
/** "…，是第一期", "…，首付款": a last clause that only says which payment it was. */
const WHICH_PAYMENT =
  /[，,]\s*(?:是|为|这是|属于)?(?:第[一二三四五六七八九十两\d]{1,3}(?:期|笔)款?|首付款?|首期款?|尾款|预付款|定金|订金)(?:已到账|到账了?)?[。！!]?$/u;

/** "美的那边回款了，第一笔10万到账": the payment said, then its amount in a clause of its own. */
function joinAmountClause(line: string): string {
  const clauses = line.split(/[，,]\s*/u);
  if (clauses.length !== 2 || !ZH_VERB.test(clauses[0]!) || amountIn(clauses[0]!) || !amountIn(clauses[1]!)) return line;
  return clauses.join("");
}

function detectChinese(whole: string): PaymentMention | null {
  const line = joinAmountClause(whole.replace(WHICH_PAYMENT, ""));
  if (/[，,。；;？?]/u.test(line.replace(/[。！!]$/u, "").replace(/(?<=\d),(?=\d)/gu, ""))) return null; // one clause only: a call note mentioning 回款 is logged
  const received = ZH_RECEIVED.test(line);
  const body = line.replace(ZH_RECEIVED, "");
  const arrived = ZH_ARRIVED.test(body);
  const verb = ZH_VERB.exec(body) ?? (received || arrived ? ZH_MONEY_NOUN.exec(body) : null);
  if (!verb && !(received || arrived)) return null;
  const before = verb ? body.slice(0, verb.index) : body.replace(ZH_ARRIVED, "");
  const after = verb ? body.slice(verb.index + verb[0].length).replace(/^了?[:：]?/u, "") : "";
  // The amount comes after the payment word ("华为回款50万") or before it ("华为50万回款", "华为50万到账了").
  const late = amountIn(after);
  const early = late ? null : amountIn(before);
  const amount = late ?? early;
  if (!amount) return null;
  const companyPart = early ? before.slice(0, before.search(/[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾$¥￥%第]/u)) : before;
  // 美的, 目的地: a name that ends in 的 keeps it ("美的那边" still loses 那边).
  const stripped = companyPart.replace(ZH_FILLER_END, "").trim();
  const company = stripped.length >= 2 ? stripped : companyPart.replace(ZH_FILLER_END_KEEP_DE, "").trim();
  if (!company || /\s/u.test(company)) return null;
  // "华为上周回款50万": the day words between the name and the verb say when.
  const when = companyPart
    .slice(company.length)
    // 本月 / 这个月 say only that it was this month: the payment is dated today
    .replace(/的|那边|方面|那笔|这笔|已经|已|也|又|终于|总算|本月|这个?月/gu, "")
    .trim();
  const rest = [when, (early ? after : amount.rest).replace(ZH_ARRIVED, "").trim()].filter(Boolean).join(" ");
  return { company, amount: amount.amount, rest };
  return null;
}

/** The amount in a tail of words, and the words without it ("the first 30%" → 30%). Approximate sums ("20多万") are no payment. */
function amountIn(tail: string): { amount: PaymentAmount; rest: string } | null {
  const percent = PERCENT.exec(tail);
  if (percent) return { amount: { kind: "percent", percent: Number(percent[1]) }, rest: without(tail, percent[0]) };
  const zh = INSTALMENT_ZH.exec(tail);
  // "第一笔10万到账": the sum said is what arrived; which instalment it was is only a word about it.
  const stated = zh ? moneyIn(without(tail, zh[0])) : null;
  if (stated) return stated;
  if (zh) {
    const seq = /^\d+$/u.test(zh[1]!) ? Number(zh[1]) : parseChineseNumber(zh[1]!);
    return seq ? { amount: { kind: "instalment", seq }, rest: without(tail, zh[0]) } : null;
  }
  const en = INSTALMENT_EN.exec(tail);
  if (en) return { amount: { kind: "instalment", seq: en[2] ? Number(en[2]) : ORDINALS[en[1]!.toLowerCase()]! }, rest: without(tail, en[0]) };
  return moneyIn(tail);
}

function moneyIn(tail: string): { amount: PaymentAmount; rest: string } | null {
  const money = findAmount(tail, "CNY", false);
  if (!money || money.approximate || money.minor <= 0) return null;
  return { amount: { kind: "money", minor: money.minor, currency: money.currency, text: money.text }, rest: without(tail, money.text) };
}

function without(text: string, part: string): string {
  return text.replace(part, " ").replace(/\s+/gu, " ").trim();
}
