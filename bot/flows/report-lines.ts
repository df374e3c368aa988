/**
 * A rep's daily report, one customer per line ("1. Globex - called, wants a quote\n2. Initech - demo
 * Tue", "今日汇报：\n1、拜访腾讯…\n2、给京东打电话…"), was read as one sentence naming several customers
 * and answered with "which customer?". Each line is its own message.
 */

/** "1.", "2、", "3)", "(4)", "-", "•", "*", "①" before a line's words. */
const ITEM_MARK =
  /^\s*(?:\(?\d{1,2}[.、)）:：]|[（(]\d{1,2}[)）]|[-•*·▪◦]|[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}\s+(?=\p{Script=Han})(?![万千亿元块个人台套家次天周月年号点]))\s*/u;
/** "今日工作汇报：", "明天：", "Today —", "【今日工作】", "EOD recap": a heading (a mere title is dropped, anything more goes with each line). */
const HEADING =
  /^[^，,。.;；!！?？]{0,20}[:：—–-]\s*$|^[【\[][^】\]]{1,20}[】\]]$|^(?:eod|daily|today'?s?|weekly|sales)?\s*(?:recap|update|summary|report|notes?|wrap-?up)$/iu;
/** A heading that only titles the report ("今日工作汇报：", "Daily update:", "【今日工作】"): nothing of it goes to the lines. */
const TITLE_ONLY =
  /^[\s【\[]*(?:今日|今天|本日|\d{1,2}月\d{1,2}[日号]|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[/.]\d{1,2})?\s*的?(?:工作|销售|客户)?(?:汇报|日报|总结|报告|更新|记录|情况|进展|动态)?[\s】\]:：—–-]*$|^\s*(?:eod|daily|today'?s?|sales)?\s*(?:recap|update|summary|report|notes?|wrap-?up)?\s*(?:\d{1,2}\/\d{1,2})?\s*[:：—–-]?\s*$/iu;
/** A customer named after someone speaking ("王总说腾讯报价更低", "CFO said Initech…") is a remark, not the line's customer. */
const SPEAKER_BEFORE = /说|表示|提到|反馈|讲|透露|\b(?:said|says|told|mentioned|claims?|thinks?)\b/iu;
/** A line going on about the customer before ("他们说…", "they also…") is no new item. */
const CONTINUES = /^(?:他们|她们|他|她|对方|客户|这家|该公司|they|he|she|it|also|and|but|then)\b|^(?:他们|她们|他|她|对方|客户|这家|该公司)/iu;
/** Without an item mark, the customer is named near the start of its line ("拜访腾讯，…", "Globex - called"). */
const NAMED_WITHIN = 10;
/** A day's report is a handful of lines; a pasted list longer than this is left whole (a spreadsheet import fits it). */
const MAX_LINES = 20;

export interface ReportLine {
  text: string;
  /** The line had an item mark ("1.", "-"). */
  marked: boolean;
  /**
   * What is sent for the line: the line with the report's heading before it when the heading says more
   * than a title ("明天：拜访华为", "Yesterday: Globex - demo went well", "今天拜访了两家：华为，谈了价格"),
   * so each line keeps the day and the verb the heading gave every line.
   */
  say: string;
}

/** The lines of a report, item marks taken off and a heading put before each line; null when the text is not several lines. */
export function reportLines(text: string): ReportLine[] | null {
  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length < 2 || lines.length > MAX_LINES + 1) return null;
  // "今天跑了三家客户\n1 美的 电话…\n2 小米 拜访…": an unmarked first line above marked items only titles them
  const titled = !HEADING.test(lines[0]!) && !ITEM_MARK.test(lines[0]!) && lines.length >= 3 && lines.slice(1).every((line) => ITEM_MARK.test(line));
  const heading = HEADING.test(lines[0]!) || titled ? lines[0]! : null;
  const lead = heading && !titled && !TITLE_ONLY.test(heading) ? (/[:：—–-]\s*$/u.test(heading) ? `${heading} ` : `${heading}: `) : "";
  const items = lines
    .filter((_, i) => !(i === 0 && heading))
    .map((line) => {
      const words = line.replace(ITEM_MARK, "").trim();
      return { text: words, marked: ITEM_MARK.test(line), say: `${lead}${words}` };
    })
    .filter((line) => line.text.length > 0);
  return items.length >= 2 && items.length <= MAX_LINES ? items : null;
}

/** The report's heading, when it has one (it must not name a customer of its own). */
export function reportHeading(text: string): string | null {
  const first = text.trim().split(/\r?\n/u)[0]?.trim() ?? "";
  return HEADING.test(first) ? first : null;
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
