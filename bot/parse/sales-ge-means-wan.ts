/**
 * In sales speech a bare "N个" closing a money phrase is N万: "那单80个", "报价120个", "压到95个".
 * Only when a money word stands right before the number and nothing is counted after 个, so
 * "3个人" or "报价两个版本" stay counts. 个 becomes 万 one character for one, keeping offsets.
 */
const MONEY_WORD_THEN_GE =
  /(?<=(?:(?<![订下买菜清名])单子?|报价|报了|合同|预算|成交价?|金额|价格|总价|标的|砍到|压到|降到|谈到|调到|签了?)\s*(?:是|为|在|大概|大约|约)?\s*\d{1,4}(?:\.\d+)?)个(?=\s*(?:$|[，,。；;！!？?、）)]|成交|签|左右|上下|的单|的合同|的项目))/gu;

export function foldSalesGeToWan(text: string): string {
  return text.replace(MONEY_WORD_THEN_GE, "万");
}
