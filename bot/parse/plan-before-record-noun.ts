/**
 * "小米 下周三报价", "小米 50万 下周三 报价", "华为周五前合同": 报价 and 合同 are things to do as well as
 * records. Before them, a day to come or a figure says it is a plan or a report, not a request for the record
 * ("华为的报价", "华为之前的报价", "小米100万的合同", "我本周的拜访记录" stay requests).
 */
const ACTION_NOUN = /^(?:报价单?|合同)/u;
const DAY_TO_COME =
  /明天|后天|大后天|下下?周|下下?个?星期|下下?个?礼拜|下个?月|(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}\s*[号日]|月底|月初|年底|年前|节前|节后/u;
const FIGURE = /\d+(?:\.\d+)?\s*(?:[万千亿kKwW]|元|块)|[一二两三四五六七八九十百千]+[万亿]/u;

/**
 * Whether `before` (what stands before the noun) with `noun` reads as something arranged or priced.
 * `possessive`: 的 stood between them — "华为3号的合同", "小米100万的合同" name a record.
 */
export function isPlanBeforeRecordNoun(before: string, noun: string, possessive: boolean): boolean {
  return !possessive && ACTION_NOUN.test(noun) && (DAY_TO_COME.test(before) || FIGURE.test(before));
}
