/**
 * Money the rep spent ("spent 20k on ads for Fabrikam", "请张总吃饭花了800", "差旅费3000") is an
 * expense, never the deal's value: its clause is blanked (same length, so positions still fit)
 * before the amount is looked for. A clause where the customer buys ("华为花了200万买我们的系统")
 * is the deal's money and is kept (their 采购, the buyer, buys nothing in "请采购吃饭花了800").
 */
const EXPENSE_EN =
  /\b(?:spent|(?:we|i|i'm|we're|we'll|i'll)\s+(?:spend|spending)|expens(?:e|es|ed)|reimburs\w*|ad\s+spend|travel\s+costs?|costs?\s+(?:us|me)|on\s+(?:ads|advertising|marketing|travel|dinner|lunch|drinks|gifts?|hotels?|flights?|swag)|booth)\b/iu;
const EXPENSE_ZH = /花了|花费|开销|报销|差旅|招待费|餐费|请客|交通费|广告费|打车费?|机票|住宿费?|酒店费|油费|礼品|红包|展位|餐标/u;
const CUSTOMER_BUYS =
  /买(?!单)|采购了|(?:要|会|准备|计划|打算)采购|购买|订购|下单|签(?:约|合同|单|了)|在我们这|跟我们|\b(?:buy|bought|purchas\w*|sign\w*|order\w*|with\s+us)\b/iu;
const CLAUSE = /[^,;，；。！!？?\n]+/gu;

/** "给小米寄了一盒新年礼品，500块左右": a figure alone in the clause after an expense is its cost. */
const FIGURE_ALONE =
  /^\s*(?:大概|大约|约|差不多|about|around|~)?\s*[¥$￥]?\s*[\d.,零〇一二两三四五六七八九十百千万]+\s*(?:块钱?|元|rmb|cny|usd|万|k|bucks|dollars)?\s*(?:左右|上下|的样子|ish)?\s*$/iu;

export function blankExpenses(text: string): string {
  let afterExpense = false;
  return text.replace(CLAUSE, (clause) => {
    const expense = ((EXPENSE_EN.test(clause) || EXPENSE_ZH.test(clause)) && !CUSTOMER_BUYS.test(clause)) || (afterExpense && FIGURE_ALONE.test(clause));
    afterExpense = expense;
    return expense ? " ".repeat(clause.length) : clause;
  });
}
