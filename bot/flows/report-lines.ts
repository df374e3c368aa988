/**
 * A rep's daily report, one customer per line ("1. Globex - called, wants a quote\n2. Initech - demo
 * Tue", "今日汇报：\n1、拜访腾讯…\n2、给京东打电话…"), was read as one sentence naming several customers
 * and answered with "which customer?". Each line is its own message.
 */

/** "1.", "2、", "3)", "(4)", "-", "•", "*", "①" before a line's words. */
const ITEM_MARK = /^\s*(?:\(?\d{1,2}[.、)）:：]|[（(]\d{1,2}[)）]|[-•*·▪◦]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/u;
/** "今日工作汇报：", "Daily update:", "Today —", "【今日工作】", "EOD recap": a heading, with nothing to log. */
const HEADING =
  /^[^，,。.;；!！?？]{0,20}[:：—–-]\s*$|^[【\[][^】\]]{1,20}[】\]]$|^(?:eod|daily|today'?s?|weekly|sales)?\s*(?:recap|update|summary|report|notes?|wrap-?up)$/iu;
/**
 * A heading that says when or what ("明天：", "Yesterday:", "Mon:", "今天拜访了两家：") applies to every line
 * below it: such a message is not split (its lines would lose the day or the verb).
 */
const HEADING_SAYS_MORE =
  /明|后天|昨|前天|周[一二三四五六日天末]|星期|礼拜|上周|下周|本周|这周|月|号|日(?!报)|拜访|电话|见|聊|会|访|跑|去|\b(?:tomorrow|tmrw|yesterday|mon|tue|wed|thu|fri|sat|sun|next|last|this\s+week|week|met|called|visited|calls?|meetings?|visits?|demos?)\b|\d/iu;
/** A customer named after someone speaking ("王总说腾讯报价更低", "CFO said Initech…") is a remark, not the line's customer. */
const SPEAKER_BEFORE = /说|表示|提到|反馈|讲|透露|\b(?:said|says|told|mentioned|claims?|thinks?|heard)\b/iu;
/** A line going on about the customer before ("他们说…", "they also…") is no new item. */
const CONTINUES = /^(?:他们|她们|他|她|对方|客户|这家|该公司|they|he|she|it|also|and|but|then)\b|^(?:他们|她们|他|她|对方|客户|这家|该公司)/iu;
/** Without an item mark, the customer is named near the start of its line ("拜访腾讯，…", "Globex - called"). */
const NAMED_WITHIN = 10;

export interface ReportLine {
  text: string;
  /** The line had an item mark ("1.", "-"). */
  marked: boolean;
}

/** The lines of a report, item marks taken off and a heading dropped; null when the text is not several lines. */
export function reportLines(text: string): ReportLine[] | null {
  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length < 2) return null;
  const heading = HEADING.test(lines[0]!) ? lines[0]! : null;
  // "今日工作汇报：", "Daily update:" only title the report; a day or a verb in it belongs to every line.
  if (
    heading &&
    HEADING_SAYS_MORE.test(heading.replace(/今日|今天|工作|汇报|日报|总结|更新|\b(?:update|daily|summary|recap|notes?|report|eod|wrap-?up|sales)\b/giu, ""))
  )
    return null;
  const items = lines
    .filter((line, i) => !(i === 0 && heading))
    .map((line) => ({ text: line.replace(ITEM_MARK, "").trim(), marked: ITEM_MARK.test(line) }))
    .filter((line) => line.text.length > 0);
  return items.length >= 2 ? items : null;
}

/** Where each line names known customers: their ids and where the first one starts. */
export interface NamedLine {
  line: ReportLine;
  customers: readonly { id: string; start: number }[];
}

/**
 * A report of several customers: every line names a known customer, near its start unless the line
 * is a marked item, none goes on about the previous one ("他们说…"), and the lines name at least two
 * different customers. Anything else stays one message, as before.
 */
export function isSeveralCustomersReport(lines: readonly NamedLine[]): boolean {
  if (lines.length < 2) return false;
  const firsts = new Set<string>();
  for (const { line, customers } of lines) {
    if (customers.length === 0 || CONTINUES.test(line.text)) return false;
    const first = customers.reduce((a, b) => (b.start < a.start ? b : a));
    if (!line.marked && first.start > NAMED_WITHIN) return false;
    if (SPEAKER_BEFORE.test(line.text.slice(0, first.start))) return false;
    firsts.add(first.id);
  }
  return firsts.size >= 2;
}
