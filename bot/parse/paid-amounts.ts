import { allMatches } from "./all-matches.js";
import { parseAmount } from "./parse-amount.js";

/**
 * Money collected, owed, overdue or charged ("回款50万还没到账", "逾期款45万", "paid 10k in fees", "定金10万下周到", "10k deposit on
 * signing") is a payment's business (contracts), never a deal's value. Only the figure next to such a word
 * is blanked: the price beside it stays ("华为合同总价150万，定金10万下周到" is a ¥1,500,000 deal), and
 * a product named after payments ("转账系统，预算300万") keeps its budget.
 */
const PAYMENT_WORD =
  /回款|打款|付款(?!方式|条件|条款|周期|计划|节点)|付了|已付|到账|尾款|首付款?|首款|预付款?|定金|订金|押金|转账|汇款|结款|付清|欠款|应收|货款|逾期款?|催款|未付款?|账款|分期(?:付款)?|每期|\b(?:paid|payments?|wired|remitted|invoices?|invoiced|fees|owes?|owed|outstanding|overdue|past\s+due|arrears|receivables?|instal+ments?(?:\s+of)?|deposits?|retainers?|prepa(?:id|yments?))\b/giu;
/** The payment word ends this close before the figure ("付了首款30万", "installments of 10k", "尾款付清了，12万"). */
const WORD_THEN_FIGURE =
  /^(?:\s|的|了|是|为|共|约|大概|还剩|剩下|剩余|还差|还有|还欠|共计|合计|总共|一共|a|an|the|first|of|us|in|another|total|roughly|about|around|approximately|[:：]|[,，]){0,4}$/iu;
/** …or starts this close after it ("10万订金", "30k deposit", "50万已到账"). */
const FIGURE_THEN_WORD = /^(?:\s|的|已经?|已|还|都|in|of)*$/iu;

const OWN_FIGURE_AFTER = /^\s*(?:款|金)?\s*(?:是|为|of|[:：])?\s*[$¥￥]?\s*[\d一二三四五六七八九十两半]/iu;

const PRICE_BEFORE =
  /(?:合同额?|总价|总额|报价|单价|项目|预算|金额|订单|单子|成交价?|价格|签了|签约|下单了?|下了单|\b(?:deal|contract|price[ds]?|quoted?|budget|worth|value|total|agreed\s+(?:to|on)|settled\s+(?:at|on)|closed\s+(?:at|for)|signed\s+(?:at|for)|sold\s+(?:at|for)|won\s+(?:at|for)|po\s+for|purchase\s+order\s+for|plan)\b)(?:[^，,。；;.]{0,6}|\s*[，,]\s*)$/iu;

export function blankPaidAmounts(text: string): string {
  const words = allMatches(text, PAYMENT_WORD).map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  if (words.length === 0) return text;
  let out = text;
  let work = text;
  for (let i = 0; i < 8; i++) {
    const amount = parseAmount(work);
    if (!amount) break;
    const start = work.indexOf(amount.text);
    if (start < 0) break;
    const end = start + amount.text.length;
    // In a sentence about money paid, a figure is the deal's only when a price word says so ("合同总价150万",
    // "deal is 95k", "预算300万", "合同签了，一百八十万"); "还差150万", "paid half, 40k", "owes about 20k" are not.
    const priced = PRICE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
    const nextToPayment = words.some(
      (w) =>
        (w.end <= start && WORD_THEN_FIGURE.test(text.slice(w.end, start))) ||
        // "合同额98万 首付30%": a payment word with a figure of its own after it is not this figure's;
        // "金额85万 回款下月初": after a price word, a space ends the figure's words (the collection is news of its own)
        (w.start >= end &&
          FIGURE_THEN_WORD.test(text.slice(end, w.start)) &&
          !OWN_FIGURE_AFTER.test(text.slice(w.end, w.end + 8)) &&
          !(priced && /^\s+$/u.test(text.slice(end, w.start)))),
    );
    const paid = nextToPayment || !priced;
    const blank = " ".repeat(amount.text.length);
    if (paid) out = out.slice(0, start) + blank + out.slice(end);
    work = work.slice(0, start) + blank + work.slice(end);
  }
  return out;
}
