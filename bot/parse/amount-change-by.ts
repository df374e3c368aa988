import type { ParsedAmount } from "./types.js";
import { isCompetitorFigure } from "./competitor-figure.js";

/**
 * "报价降了20万", "追加了30万的服务", "added 20k in services", "$5k off": the amount is how much the
 * deal's value moved, not its new value ("降到20万", "now 95k" are the new value). Read in the words
 * right around the amount; the flow applies it to the deal's current amount.
 */
// 多 / 少 in 差不多, 至少, 不少 are no change: "预算差不多200万" is the budget itself.
const DOWN_BEFORE_ZH =
  /(?:降价|减价|让价|压价|砍价|降|减|(?<![不很多至最减])少|便宜|(?<![出转])让|砍|优惠|下调|下降|打掉|让利|折让)(?:了|掉|掉了)?(?:大概|约|差不多|将近|近)?\s*$/u;
// ("增加了实施服务费20万": what was added may be named between)
const UP_BEFORE_ZH =
  /(?:涨|(?<![参附外])加|增加|追加|(?<![差不很许好大最更至])多|提高|上调|上涨|(?<![新])增|加购|增购)(?:了)?(?:[\p{Script=Han}]{1,8}?(?:费|费用|服务费|模块|功能|服务))?(?:大概|约|差不多|将近|近)?\s*$/u;
const DOWN_BEFORE_EN =
  /\b(?:(?:deal|price|quote|value|amount|it)\s+(?:is\s+|went\s+|goes\s+)?down|down\s+by|(?:reduced|cut|lowered|dropped|trimmed|slashed)\s+(?:it|(?:the\s+|their\s+|our\s+)?(?:budget|price|deal|quote|order|contract|scope|spend|value|amount))?\s*by|knock(?:ed|ing)?\s+off|shaved(?:\s+off)?|minus|less)\s+(?:another\s+)?$/iu;
const UP_BEFORE_EN =
  /\b(?:added|adding|add|plus|up\s+by|(?:upped|bumped|bumped\s+up)\s+(?:(?:the|their)\s+(?:deal|order|contract|quote)\s+|it\s+)?(?:up\s+)?by|(?:increased|raised|grew|expanded)\s+(?:it|(?:the\s+|their\s+|our\s+)?(?:budget|price|deal|quote|order|contract|scope|spend|value|amount))?\s*by|upsold|upsell(?:ing)?(?:\s+of)?)\s+(?:another\s+|an?\s+(?:extra|additional)\s+|(?:extra|additional)\s+)?$|\bfor\s+(?:another|an?\s+(?:extra|additional))\s+$/iu;
/** "加单两套，每套15万", "增购了一批服务器 30万": more was ordered, and the figure is what it adds. */
const ADDED_ORDER_BEFORE_ZH = /(?:加单|加购|增购|追加|扩容)[^。；;!！?？]{0,14}$/u;
const DOWN_AFTER = /^\s*(?:off\b|discount\b|less\b|cheaper\b|lower\b|的(?:折扣|优惠|让利))/iu;
/** "upsell +$15k", "追加+30万": a plus sign after a word of adding is an addition ("+$95k forecast" is a figure). */
const PLUS_BEFORE =
  /(?:upsell|up-?sold|add(?:ed|ing)?|add-?ons?|expansion|more\s+(?:seats|licen[cs]es|users)|追加|增购|加购|扩容|加)[^.;。；]{0,24}[+＋]\s*$/iu;
const UP_AFTER = /^\s*(?:more\b|extra\b|additional\b|on\s+top\b|(?:in\s+)?(?:add-?ons?|upsell)\b)/iu;
/**
 * "Globex +15k for the extra licences", "华为那单+30万", "+30万 增购": a plus sign with what was added after it, or
 * on the deal itself, is an addition ("Globex: +$95k forecast" stays a figure).
 */
const PLUS_ON_DEAL_BEFORE = /(?:那单|这单|单子|商机|订单|合同|\bdeal|\border|\bcontract)\s*[+＋]\s*$/iu;
const PLUS_SIGN_BEFORE = /(?:^|[^\p{L}\p{N}:：])[+＋]\s*$/u;
/** "Globex +20k, they added the analytics module": the customer named, then a plus sign, opens the message. */
/** "globex down 5k", "initech up 10k": the customer named, then which way its deal moved, opens the message. */
const NAME_WORDS = String.raw`^\s*[\p{L}][\p{L}\p{N}&'’.\-]*(?:\s+(?!(?:is|was|are|were|now)\b)[\p{L}\p{N}&'’.\-]+){0,3}`;
const NAME_THEN_DOWN = new RegExp(String.raw`${NAME_WORDS}\s+down\s+(?:by\s+)?$`, "u");
const NAME_THEN_UP = new RegExp(String.raw`${NAME_WORDS}\s+up\s+(?:by\s+)?$`, "u");
const NAME_THEN_PLUS = /^\s*[\p{L}][\p{L}\p{N}&'’.\- ]{0,30}?(?:\s|(?<=\p{Script=Han}))[+＋]\s*$/u;
/** "met Globex today, +10k, f/u next thurs": a signed figure that is a clause of its own is a change. */
const CLAUSE_PLUS_BEFORE = /(?:^|[,，;；])\s*[+＋]\s*$/u;
const CLAUSE_END_AFTER = /^\s*(?:$|[,，.。;；!！])/u;
const ADDED_AFTER =
  /^\s*(?:(?:on|to)\s+(?:the|this|our)\s+(?:deal|contract|order)\b|for\s+(?:the\s+|an?\s+|some\s+)?(?:extra|additional|more|another|new|added)\b|(?:的)?(?:增购|加购|追加|扩容|加模块|新增))/iu;

/** "比去年多30万", "30k more than last year": a difference from something else, whose value is not known. */
const COMPARED_BEFORE = /比(?!亚迪|如|较|例|赛|价|特|利时|萨|尔)[^，,。；;]{1,12}$/u;
/** "价格低了40万", "报价高出20万", "贵了5万", "价格差了10万": a gap from another price, not a value and not a change of ours. */
const GAP_BEFORE_ZH = /(?<![最降提调])(?:低|高|贵)(?:了|出|出了)?(?:大概|约|将近|近|差不多)?\s*$|(?:差了|差价|差距|相差|差)(?:大概|约|将近|近|有)?\s*$/u;
const COMPARED_AFTER = /^\s*(?:more|less|fewer|higher|lower|up|down)\s+(?:than|from|on|vs\.?|versus)\b/iu;

/** "asked for a 20k discount", "客户要求再降5万": a change asked for is not made. */
const ASKED_BEFORE =
  /\b(?:ask(?:ed|s|ing)?\s+(?:us\s+)?for|request(?:ed|s|ing)?|wants?|wanted|wanna|pushing\s+for|hoping\s+for)\b[^,.;]{0,16}$|(?:要求|希望|想要|想|申请|争取)[^，,。；;]{0,6}$/iu;

/** "Globex countered at 65k", "客户还价到60万": the customer's counter is their position, not the deal's value. */
const COUNTER_BEFORE =
  /\b(?:(?:they|client|customer|buyer|procurement)(?:['’]re|\s+are|\s+is|['’]s)\s+(?:still\s+|now\s+|only\s+)?at|counter(?:ed|s|ing)?(?:\s+(?:at|with))?|counter-?offer(?:ed|s)?(?:\s+(?:of|at|with))?|came\s+back\s+(?:at|with)|pushed\s+back\s+(?:to|at|with)|lowball(?:ed)?(?:\s+(?:us\s+)?(?:at|with))?)\s*[:：]?\s+(?:an?\s+|their\s+)?$|\bcounter(?:-?offer)?\s*[:：]\s*$|(?:还价|还到了?|还价到|出价|回价)(?:到|为|是)?\s*$/iu;

/** "二期预算大概是300万", "phase 2 could be another 200k": a later phase's money is another deal's, not this one's value. */
const OTHER_PHASE_BEFORE =
  /(?:(?<![一\d])[二三四五2-5]期|下一期|后续项目)(?:的|项目)?(?:预算|金额|报价|费用|合同额?)[^，,。；;.\s]{0,6}$|(?:(?<![一\d])[二三四五2-5]期|下一期|后续项目)\s*(?:大概|大约|约|差不多|预计|估计)?\s*$|\b(?:phase\s*(?:2|3|ii|iii|two|three)|next\s+phase|follow-?on\s+(?:project|phase|deal))\b[^，,。；;.]{0,20}$/iu;

/** "一期合同总额90万 二期预算300万": the figure is a later phase's (another deal's). */
export function isOtherPhaseFigure(text: string, amount: ParsedAmount): boolean {
  const at = text.indexOf(amount.text);
  return at >= 0 && OTHER_PHASE_BEFORE.test(text.slice(Math.max(0, at - 48), at));
}

/** "华为这单如果谈成了，能有300万", "if they sign it could be 80k": what a deal might bring is no value yet. */
const CONDITION = /如果|要是|假如|万一|只要|除非|\b(?:if|unless|provided)\b/iu;
const HYPOTHETICAL_BEFORE = /(?:能有|就有|会有|能到|可以有|能做到|\b(?:would|could|might)\s+(?:be|bring|mean)\b)[^，,。；;]{0,4}$/iu;
/** "won't sign unless we cut price to 70k", "如果降到150万就签": a price demanded as a condition is no value yet. */
const DEMANDED_CUT_BEFORE =
  /(?:降到|降价到|便宜到|打到|压到|\b(?:cut|drop|lower|reduce|bring)\s+(?:the\s+|our\s+)?(?:price\s+|it\s+)?(?:down\s+)?to|\b(?:come|go)\s+down\s+to|\bmatch(?:ing)?(?:\s+(?:their|the|a|oracle['’]s|[A-Z]\w*['’]s))?(?:\s+(?:price|quote|offer|bid))?(?:\s+of)?)[^，,。；;]{0,4}$/iu;

// ("问我们能不能降到200万以下": a cut asked as a question)
const ASKED_CUT_BEFORE = /要求|希望|想要|压价|砍价|问|能不能|能否|可不可以|可否|\b(?:ask(?:ed|s|ing)?|wants?|wanted|pushing|demand(?:ed|s|ing)?)\b/iu;

/** "We countered at 75k", "我们出价150万": our own figure. */
const OURS_BEFORE = /\b(?<!\b(?:to|with|for)\s)(?:we|i|our)\b[^,.;]{0,20}$|(?<![跟给向对和与])(?:我们|我方|咱们)[^，,。；;]{0,4}$/iu;
/** "countered at 65k, we accepted", "还价到150万，我们接受了": the counter became the price. */
const ACCEPTED_AFTER =
  /^[^.;。；]{0,24}?(?:(?<!(?:\bnot|n't|\bnever|\byet\s+to)\s+(?:\w+\s+)?)\b(?:accepted|agreed|took\s+it|signed|ok['’]?e?d|okayed|signed\s+off|green[\s-]?lit)\b|(?<![不没未还能]|需要[^，,。]{0,4})(?:接受|同意|答应)(?!吗)|签了|成交|(?:说|回复|答复|回)(?:了)?(?:可以|没问题|行|ok)(?![吗么不])|就按)/iu;

/** "Globex wants a discount, asking for 70k": in talk of a discount, the price the customer asks for is their position. */
const ASKED_PRICE_BEFORE =
  /\b(?:ask(?:ed|s|ing)?|want(?:s|ed|ing)?|hoping|pushing|demand(?:ed|s|ing)?)\s+(?:us\s+)?(?:for\s+)?(?:(?:a\s+)?(?:discount|price|deal)\s+(?:to|of|at)\s+)?(?:only\s+|just\s+)?(?:to\s+pay\s+)?[$€£¥]?\s*$/iu;
const DISCOUNT_TALK = /\bdiscount|\bcheaper\b|\blower\s+(?:the\s+|our\s+)?price|\bprice\s+(?:cut|reduction|break)|降价|便宜|折扣|打折|压价|砍价|让价/iu;

function customersCounter(before: string, after: string): boolean {
  // ("they're at 80k budget" is the budget they have, not a counter)
  return COUNTER_BEFORE.test(before) && !OURS_BEFORE.test(before) && !ACCEPTED_AFTER.test(after) && !/^\s*budget\b/iu.test(after);
}

/** "we're at 72k", "we are holding at 36k", "our quote is 80万", "final 90k", "我们报的80万": our own position beside an ignored figure. */
export const OUR_POSITION_BEFORE =
  /(?:\bwe(?:'re|\s+are)\s+(?:still\s+)?(?:(?:holding|staying|sticking|standing)(?:\s+firm)?\s+)?at|\b(?:vs\.?|versus)\s+our|\bwe\s+(?:hold|held|stay(?:ed)?|stick|stuck|stand|stood)(?:\s+firm)?\s+at|\b(?:we|i)\s+(?:came\s+in|came\s+back\s+(?:w\/|with|at)|quoted(?:\s+them)?|bid|offered|proposed|pitched|countered\s+(?:at|with))\s+(?:them\s+)?(?:at\s+)?|\bour\s+(?:price|quote|offer|number|ask|floor)\s*(?:is|was|of|at|stays?\s+at|:)?|\bfinal(?:\s+(?:price|number|amount))?\s*(?:is|of|at|:)?|\blist(?:\s+price)?\s*(?:is|of|at|:)?|\bsettled\s+(?:at|on)|我们(?:最多|最低|顶多)?(?:只能)?(?:给到|降到|让到|做到|到)|我们(?:报的|报了|报价|坚持|的报价|出价)?(?:是|为|在)?|我方(?:报价)?(?:是|为)?|最终(?:价格)?(?:是|为|定在)?|最后定在|(?:最后|最终)?谈成了?|成交价(?:是|为)?|我(?:报的|报了|出价)(?:是|为|在)?)\s*$/iu;

/**
 * "up" / "down": the deal's value moved by the amount; "ignore": a difference from another figure, a
 * change only asked for, or the customer's counter-offer: no amount at all.
 */
export function amountChangeBy(text: string, amount: ParsedAmount): "up" | "down" | "ignore" | null {
  const at = text.indexOf(amount.text);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 24), at);
  const after = text.slice(at + amount.text.length, at + amount.text.length + 16);
  if (
    isCompetitorFigure(text, at) ||
    COMPARED_BEFORE.test(before) ||
    GAP_BEFORE_ZH.test(before) ||
    COMPARED_AFTER.test(after) ||
    customersCounter(before, text.slice(at + amount.text.length, at + amount.text.length + 40)) ||
    (ASKED_PRICE_BEFORE.test(before) && DISCOUNT_TALK.test(text) && !OURS_BEFORE.test(before) && !/^\s*(?:worth|of|in)\b/iu.test(after)) ||
    OTHER_PHASE_BEFORE.test(text.slice(Math.max(0, at - 48), at)) ||
    (CONDITION.test(text) && (HYPOTHETICAL_BEFORE.test(before) || DEMANDED_CUT_BEFORE.test(before))) ||
    // "客户要求降价 从220万降到200万", "they want us to come down to 70k": a cut only asked for
    (DEMANDED_CUT_BEFORE.test(before) &&
      ASKED_CUT_BEFORE.test(text.slice(Math.max(0, at - 40), at)) &&
      !OURS_BEFORE.test(before) &&
      !ACCEPTED_AFTER.test(text.slice(at + amount.text.length, at + amount.text.length + 40)))
  )
    return "ignore";
  const change = changeAround(before, after, text.slice(Math.max(0, at - 60), at));
  // "wants $5k off, agreed", "要求再降5万，老板同意了": a change asked for and then agreed to is made
  const asked = ASKED_BEFORE.test(before) && !ACCEPTED_AFTER.test(text.slice(at + amount.text.length, at + amount.text.length + 40));
  const onCondition =
    offeredOnCondition(text, at, amount.text.length) && !ACCEPTED_AFTER.test(text.slice(at + amount.text.length, at + amount.text.length + 40));
  return change && (asked || onCondition) ? "ignore" : change;
}

/** "价格再降20万就签", "如果便宜30万就考虑", "if we knock off 10k they'll sign": a change they would answer with is not made. */
const CONDITION_IN_CLAUSE_BEFORE = /(?:如果|要是|假如|只要|\b(?:if|unless|provided)\b)[^，,。；;!！?？]*$/iu;
const ANSWERED_WITH_AFTER =
  /^[^，,。；;!！?？]{0,6}?(?:就|才|便)(?:能|可以|会)?(?:签|考虑|下单|成交|同意|定|买)|^[^,.;!?]{0,30}?\b(?:they(?:['’]ll|\s+will|\s+would|['’]d)|we\s+(?:get|have)\s+a\s+deal)\b/iu;
export function offeredOnCondition(text: string, at: number, length: number): boolean {
  return CONDITION_IN_CLAUSE_BEFORE.test(text.slice(Math.max(0, at - 48), at)) || ANSWERED_WITH_AFTER.test(text.slice(at + length, at + length + 40));
}

/** "dropping the analytics module ($15k)", "去掉了培训服务（5万）": what was dropped or added, its price in brackets. */
const DROPPING_BEFORE = /\b(?:dropp?(?:ing|ed)|remov(?:e|ed|ing)|cut(?:ting)?|tak(?:ing|e)\s+out|took\s+out|scrapp?(?:ing|ed))\b|去掉|砍掉|减掉|取消|拿掉/iu;
const ADDING_BEFORE = /\b(?:add(?:ing|ed)?|includ(?:e|ed|ing)|upgrad(?:e|ed|ing))\b|加上|增加|追加|加了/iu;

/** `wide`: more of the text before the figure, for what its bracket prices. */
function changeAround(before: string, after: string, wide: string): "up" | "down" | null {
  if (DOWN_BEFORE_ZH.test(before) || DOWN_BEFORE_EN.test(before) || DOWN_AFTER.test(after) || NAME_THEN_DOWN.test(before)) return "down";
  if (/[(（]\s*$/u.test(before) && /^\s*[)）]/u.test(after) && DROPPING_BEFORE.test(wide)) return "down";
  if (NAME_THEN_UP.test(before)) return "up";
  if (UP_BEFORE_ZH.test(before) || UP_BEFORE_EN.test(before) || PLUS_BEFORE.test(before) || UP_AFTER.test(after) || ADDED_ORDER_BEFORE_ZH.test(before))
    return "up";
  if (
    PLUS_ON_DEAL_BEFORE.test(before) ||
    NAME_THEN_PLUS.test(before) ||
    (CLAUSE_PLUS_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) ||
    (PLUS_SIGN_BEFORE.test(before) && ADDED_AFTER.test(after)) ||
    // "they're adding the premium support package (+$12k)": what an addition costs, in brackets
    (/[(（]\s*[+＋]\s*$/u.test(before) && /^\s*[)）]/u.test(after)) ||
    (/[(（]\s*$/u.test(before) && /^\s*[)）]/u.test(after) && ADDING_BEFORE.test(wide))
  )
    return "up";
  return null;
}
