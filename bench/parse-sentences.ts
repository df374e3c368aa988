/**
 * The mix of rep messages the parse-only bench times: English and Chinese, short and long,
 * with dates, amounts, names and questions. Written for the bench; not an accuracy set.
 */
export const BENCH_SENTENCES: readonly string[] = [
  "called Acme, they want a quote next Tuesday",
  "跟张总通了电话，下周二报价",
  "Met the Globex CTO for lunch, budget around $250k, follow up in 10 days",
  "拜访了华为，客户很满意，明天下午3点再沟通，预算20多万",
  "left a voicemail for Bob at Initech",
  "腾讯和阿里都在比价，下周一前给腾讯发报价",
  "Acme meeting went long, they asked for a proposal, send it next Friday 4pm",
  "京东来电咨询价格，报价12万5，月底前签",
  "what is the status of Globex?",
  "华为的商机有哪些？",
  "emailed the contract to Umbrella, they sign on the 15th",
  "上午去比亚迪现场做了演示，两周后回访",
  "coffee with Soylent's procurement lead, 1,200,000 RMB deal, decision by Christmas",
  "国庆后约王经理吃饭，聊续约，合同额8亿元人民币",
  "Stark Industries cold-called us back, wants a demo tomorrow morning",
  "昨晚和小米的马经理喝茶，对方说明年九月再考虑",
];
