/**
 * What the words around a number say about it: a budget word makes it money,
 * a unit of time, count or percentage makes it anything but.
 */

/** Words that make a nearby number a deal value rather than a head count or a date. */
export const BUDGET_BEFORE = new RegExp(
  String.raw`(?:budget(?:ed)?|(?:po|purchase\s+order|signed|closed|sold|won)\s+(?:for|at)|(?:settled|landed|agreed)\s+(?:on|at)|quote[ds]?(?:\s+(?:for|of|at))?|quotation|worth|valued\s+at|deal(?:\s+(?:size|value|of))?|contract(?:\s+(?:value|of|worth))?|price[ds]?(?:\s+at)?|pricing|amount|total|cost[s]?|spend|refund(?:ed)?|预算|金额|报价|合同额|合同金额|合同|总价|价格|单价|成交价|成交额|订单|采购额|费用|投入|标的|额度|退款|退了|花了|(?:降价?|砍|压|让|谈)到|(?:单子|那单|这单|金额)(?:更新一下|更新|改一下)|→|->|=>|⟶|年费|月费|月租|年租|租金|服务费|维护费|续费|(?:每|一)个?(?:年|月|季度|季)|每个?(?:台|套|个|件|张|份|箱|部|只|条|支|账号|坐席|节点|用户|许可))` +
    String.raw`(?:[\s:：=]|is|of|at|should\s+be|will\s+be|comes\s+to|about|around|approx\.?|approximately|roughly|up\s+to|(?:changed|updated|set|revised|moved|raised|lowered|bumped|increased|reduced|cut)\s+to|now|~|≈|为|是|约|大概|大约|在|有|差不多|左右|给了?|报了?|定了?|(?:改|调整|变|更新|修改|提高|上调|下调|涨|降)(?:成|为|到))*$`,
  "iu",
);
export const BUDGET_AFTER = /^\s*(?:的)?\s*(?:(?:for|on)\s+(?:the\s+)?)?(?:budget|deal|contract|预算|合同|订单|单子|项目)/iu;

/** Units that turn a bare number into a date, time, count or measure. */
const NON_MONEY_UNIT = String.raw`(?:点(?![一二两三四五六七八九\d]+[万亿千百元块])|时|分(?!之)|秒|月|日(?!元|圆)|号|年|天|周|岁|%|％|‰|个|個|人|位|次|楼|层|期|届|台|套|件|张|家|条|名|户|用户|小时|分钟|星期|礼拜|倍|成(?!交|单|功|为|了)|折|度|米|公里|斤|公斤|克|吨|页|篇|本|辆|am\b|pm\b|a\.m|p\.m|[:：/]\s*\d|-\s*\d|(?:st|nd|rd|th)\b|(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|seconds?|people|persons?|pcs|units|seats|users|licen[cs]es|employees|staff|times|percent|per\s?cent|pct|of\s+us|x\b|km|kg|miles?|steps|calls|meetings|emails|visits|items|pieces|boxes|orders|sites|locations|plants|offices|stores|branches|warehouses|factories|rooms)\b)`;

export const NON_MONEY_AFTER = new RegExp(String.raw`^\s*${NON_MONEY_UNIT}`, "iu");

/** "10, 20 and 50 seats", "10、20和50台": the numbers of a list share the unit after its last one. */
export const LISTED_BEFORE_UNIT = new RegExp(
  String.raw`^(?:\s*(?:[,，、/]|,?\s*(?:and|or|to|和|或|或者|及|与|到))\s*\d+(?:\.\d+)?)+(?=\s*${NON_MONEY_UNIT})`,
  "iu",
);

/** Just before the number: ordinals, percentages, identifiers. */
export const NON_MONEY_BEFORE = /(?:第|百分之|千分之|No\.?\s?|#|编号|单号|订单号|号码|电话|手机|tel\.?\s?|phone\s?|ext\.?\s?|room\s?|rm\s?)$/iu;

/** A refund, credit or discount given back reads as a negative amount. */
export const REFUND_BEFORE = /(?:refund(?:ed)?|credit(?:ed)?\s+(?:back|note)?|chargeback|退款|退了|退还|退费|返还|返现|赔了)(?:[\s:：]|of|为|是|了)*$/iu;
