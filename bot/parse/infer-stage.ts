import { clauseBounds } from "./clause-bounds.js";
import type { StageKey } from "./types.js";
import { allMatches } from "./all-matches.js";
import { signaturePending } from "./signature-pending.js";

/** Ordered from most to least decisive: a signed deal outranks talk of a quote. */
const STAGE_PATTERNS: ReadonlyArray<readonly [StageKey, RegExp]> = [
  [
    "won",
    /\b(?:signed(?!\s+(?:up|in|off\s+on\s+(?:the\s+)?(?:nda|budget)|(?:the\s+|an?\s+|our\s+|their\s+|mutual\s+)*(?:mutual\s+)?(?:nda|non[- ]disclosure|confidentiality|loi|letter\s+of\s+intent|mou|poc|pilot|trial|eval(?:uation)?)\b))|sign(?!\s+up|\s+(?:the\s+|an?\s+|our\s+|their\s+)*(?:mutual\s+)?(?:nda|non[- ]disclosure|confidentiality|loi|letter\s+of\s+intent|mou|poc|pilot|trial|eval(?:uation)?)\b)|sign(?:ed)?\s+(?:the\s+)?(?:contract|deal|po)|closed\s+(?:the\s+)?(?:deal|it)|closed[- ]won|won(?!['’]t)|renewed(?!\s+(?:interest|talks|discussions?|push|focus|with(?!\s+us\b)|(?:the\s+|an?\s+|their\s+|our\s+)*(?:mutual\s+)?(?:nda|non[- ]disclosure|confidentiality|loi|mou|poc|pilot|trial)\b)|\s*\?)|deal\s+won|got\s+the\s+(?:deal|po|contract)|purchase\s+order\s+received|(?:PO|purchase\s+order)\s+(?:(?:#|no\.?\s*)?\s*[\w-]*\d[\w-]*\s+)?(?:was\s+|has\s+been\s+|just\s+)?(?:received|came\s+in|arrived)|received\s+(?:the\s+|their\s+|a\s+)?(?:PO|purchase\s+order)|(?:PO|purchase\s+order)\s+for\s+[^.;]{1,24}?\s+(?:was\s+|has\s+been\s+|just\s+)?(?:received|came\s+in|arrived))\b|(?<![没未不还])已经?盖(?:好)?章|盖完章了?|签约(?!时间|日期|流程|事宜|意向|意愿|可能|概率|计划|前)|签了(?!保密|NDA|意向)(?:合同|单|约)?|(?<=(?:下周|下个?月|月底|月初|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天]|年底|年前|节后|节前)[^，。,.；;]{0,3})签(?=[，。,.！!？?；;]|$)|签下|签单(?!率|量|数|额|金|时间|日期|流程|计划|前|的可能)|(?:PO|订单|采购单|采购订单)(?:已经?|终于|总算)?下来了(?!吗)|签(?:了|的)?合同|合同签了|赢单(?![率概几])|合同(?:已经?|都)签(?:了|好|完|署|订)?|(?<![未没])已经?签(?:约|合同|署|订|单|下|好|了)?(?![到收])|签(?:署|订)了(?:合同|协议)?|成交(?![价额率概金])|(?<![未没不])成单(?![率量])|拿下(?:了)?(?:订单|单子|合同|项目)?|中标|收到[^，,。；;]{0,8}?(?:采购订单|订单|PO)|赢下|(?:单子|订单|项目|标)(?:已经?|终于|总算)?(?:赢了|搞定了|成了)|(?:单子|订单|项目|合同|续约|续费|续签|这单|生意|合作)(?:已经?|终于|总算)?谈(?:下来|成)了|谈成了|(?<!去年[^，,。；;]{0,4})续(?:费|约)(?:了|成功)(?!竞品|别家|对手|其他|友商|吗|没)|赢了(?!比赛)|下单了|\b(?:chose|picked|selected|went\s+with)\s+us\b|(?:决定|确定)(?:了)?(?:用|选|采购)(?:了)?我们|选(?:择)?了我们|订单(?:已经?)?确认(?!中)|确认了?(?:下单|订单)|下了?(?:个|一个)?(?:订)?单(?!据|时间|日期|流程)|合同[^，,。；;！!？?]{1,8}?(?<![没未不还再待等])签(?![到收字名])|合同[^，,。；;！!？?]{0,6}?(?<![没未不还再要])(?:盖(?:好|了)?章|用(?:好|了)?印|回签(?:了|回来))/iu,
  ],
  // "they placed the order", "placed an order for 500 units"; "will place the order" is a plan (negotiation),
  // "asked about placing an order" a question
  [
    "won",
    /(?<!\b(?:we|i)\s+(?:have\s+|had\s+|just\s+|already\s+)?)(?<!\b(?:about|on|for|before|after|of|considering|consider|regarding|re)\s+)\b(?:plac(?:ed?|es|ing))\s+(?:the\s+|an?\s+|their\s+|its\s+|our\s+)?(?:first\s+|initial\s+|purchase\s+)?order\b/iu,
  ],
  [
    "lost",
    /\b(?:rejected\s+(?:our|the|my)\s+(?:proposal|quote|quotation|offer|bid)|turned\s+(?:us|our\s+(?:proposal|offer|quote))\s+down|(?:going|went|gone|decided\s+to\s+go)\s+with\s+(?:a\s+|another\s+)(?:competitor|vendor|provider|supplier)|lost(?!\s+(?:contact|touch|track))|went\s+with\s+(?:a\s+|another\s+|the\s+)?competitor|chose\s+(?:a\s+|another\s+)?(?:competitor|vendor|someone\s+else)|picked\s+(?:a\s+|another\s+)?(?:competitor|vendor)|(?:chose|picked|selected|went\s+with|preferred)\s+[\w&.-]+(?:\s+[\w&.-]+)?\s+over\s+us|deal\s+is\s+dead|not\s+moving\s+forward|closed[- ]lost)\b|丢单|输单|(?<=某{2,}\s*(?:这单|那单|这次|这回|最后|最终|还是|又){0,2})(?:输了|丢了)(?=\s|$|[，,。；;!！…])|(?<![还暂目前])(?:这单|那单|单子|项目)?没(?:能)?(?:拿下|谈成|签下来|中标)(?![^，,。；;！!？?]{0,4}[吗呢])|(?<![怕心一果])(?:这单|那单|单子|订单|这个项目|那个项目|这个单子?|那个单子?)(?:又|也|还是|最后|最终){0,2}(?:丢了|输了)|(?<![怕心一果个的])项目(?:又|也|还是|最后|最终){0,2}(?:丢了|输了)|选了?别家|选择了?别家|选了?竞争对手|选择了?竞(?:争对手|品)|用了?别家|黄了|没戏了|不做了|放弃了|(?:没|未)(?:能)?中标|落标|被(?:别人|别家|对手|竞争对手|竞品|友商)?(?:拿走|抢走|抢了|截胡)|被[^，,。；;\s]{1,6}?(?:截胡|抢走|抢了|拿走)|丢给了?(?:友商|竞品|对手|竞争对手|别家)|(?<!(?:上(?:次|回)|上个(?:项目|单子?|标)|之前|以前|去年|过去|那次)[^，,。；;]{0,6})(?<!(?:怕|担心|可能|会|能|别|避免|防止|小心)[^，,。；;]{0,4})输给了?(?=[^，,。；;！!？?\s])/iu,
  ],
  // Sales shorthand: "globex cw", "docusigned", "docusign completed", "contract fully executed"; "is a no-go", "globex is dead"
  [
    "won",
    /\b(?:(?<!\b(?:to|with|w|at|from|cc|and|met|called|emailed|pinged|told|asked)\s+)cw(?=\s*(?:[!.,]|$|[$\d]))|deal\s+(?:is\s+|was\s+|got\s+|has\s+been\s+|just\s+|finally\s+)?closed(?![\s-]*lost)(?!\s+(?:to|for)\b)|docusigned|docu-?sign(?:ed)?\s+(?:completed|complete|done|signed|back|came\s+back)|(?:fully\s+)?executed\s+(?:the\s+)?contract|(?:contract|agreement|msa|order\s+form)\s+(?:is\s+|was\s+|has\s+been\s+|got\s+)?(?:fully\s+)?executed)\b/iu,
  ],
  [
    "lost",
    /\b(?:(?:is|'s|was|went)\s+(?:a\s+)?(?:no[- ]go|dead(?!\s+(?:set|against|serious|keen|sure|certain|on)\b))|no[- ]go|went\s+w\/?\s+(?:a\s+|another\s+|the\s+)?competitor)\b/iu,
  ],
  // "globex chose salesforce", "went with hubspot": a well-known vendor chosen, in any case
  [
    "lost",
    /\b(?:chose|picked|selected|went\s+with|going\s+with|gone\s+with|signed\s+with|switched\s+to|moving\s+to)\s+(?:salesforce|hubspot|zoho|pipedrive|oracle|sap|ms\s+dynamics|dynamics(?:\s+365)?|freshsales|freshworks|zendesk|servicenow|netsuite|workday|monday(?:\.com)?|sugarcrm|copper|close\.com)\b/iu,
  ],
  // "going with Salesforce": a vendor named after "going with" (case matters: "going with the flow" is not one)
  ["lost", /\b(?:going|went|gone|decided\s+to\s+go)\s+with\s+(?!(?:us|our|the|a|an|it|that|this|option|plan)\b)[A-Z][\w&.-]+/u],
  [
    "negotiation",
    /\b(?:verbal(?:ly)?\s+(?:yes|ok|okay|agree(?:d|ment)?|commit(?:ment|ted)?|approval)|negotiat\w*|haggl\w*|push(?:ing|ed)?\s+back\s+on\s+(?:the\s+)?price|asked\s+for\s+(?:a\s+)?discount|discount|redlines?|contract\s+review|ready\s+to\s+(?:move\s+forward|proceed|go\s+ahead|sign)|(?:want|wants|decided)\s+to\s+(?:move\s+forward|proceed|go\s+ahead)|(?:sending|send|issue|issuing|cut(?:ting)?)\s+(?:us\s+)?(?:the\s+|a\s+)?(?:PO|purchase\s+order))\b|口头(?:上)?(?:答应|同意|确认|承诺)(?:了)?|谈价格?|砍价|议价|谈判|压价|讲价|要?折扣|让利|商务条款|合同条款|价格谈|(?:接受|同意|认可)了?(?:我们|我方)?的?(?:报价|价格|方案)|审(?:核|批|阅)?(?:一下)?合同|合同(?:正在|在)?(?:审核|审批|评审|会签)|法务(?:正在|在)?(?:看|审)|走合同(?:审批)?流程|(?:基本|原则上)(?:同意|答应)了?(?![^，,。；;\s]{0,8}?(?:报价|方案))|(?:发|寄|出)(?:正式)?合同(?!了吗)|合同(?:已经?|都)?(?:发|寄)(?:过去|出去|给)|\b(?:accepted|agreed\s+to|approved|signed\s+off\s+on)\s+(?:our|the)\s+(?:counter(?:-?offer)?|offer|price|pricing|quote|proposal|terms)\b|\bagreed\s+on\s+(?:a|the|[$€£¥]|\d)|(?:客户|对方|他们|她们|[\p{Script=Han}]{1,3}(?:总|经理|总监|主任))(?:[^，,。；;]{0,8}?说)?(?:已经?|也)?(?:接受|同意|认可)了(?=[，,。；;！!\s]|$)|(?:准备|开始|在)走合同(?!了吗)|\b(?:contract|paperwork|msa|agreement)\s+out\s+(?:next|this|on|by|tomorrow|tmrw|mon|tue|wed|thu|fri)|\bwaiting\s+(?:on|for)\s+(?:their\s+|the\s+|a\s+)?signatures?\b|\b(?:contract|paperwork|msa|order\s+form|agreement)s?\s+(?:goes|going|went|will\s+go|is\s+going)\s+out\b|\b(?:drafting|draft)\s+(?:the\s+)?(?:terms|contract|msa|agreement)\b|(?:打|给|要|让|砍到|降到|压到)(?:个|了|到)?(?:[一二三四五六七八九]{1,2}|\d(?:\.\d)?)折|(?:要求|希望|想要?|能不能|可不可以)打折|\b\d{1,2}(?:\.\d)?\s?%\s+off\b/iu,
  ],
  // ("我们报了280万": a figure we quoted)
  [
    "proposal",
    /\b(?:quotes?|quotation|proposal|pricing|price\s+list|sow|rfp|rfq)\b|报价|方案|询价|标书|投标|(?<=(?:我们|我方|咱们|我)\s*(?:口头|最终|最后|目前)?)报(?:了|的是|的|价是)(?=\s*[\d一二两三四五六七八九十几])|\b(?:i|we)\s+(?:just\s+|already\s+)?quoted\b/iu,
  ],
  [
    "qualified",
    /\b(?:confirmed\s+(?:the\s+)?(?:requirements?|needs|budget|scope)|qualified|requirements?\s+confirmed|has\s+(?:a\s+)?budget|budget\s+(?:is\s+)?(?:confirmed|approved))\b|确认(?:了)?需求|需求(?:已经?|都)?确认|确认(?:了)?预算|有预算|预算(?:已经?|都)?(?:批|确认)|立项了?/iu,
  ],
  ["lead", /\b(?:new\s+lead|inbound|cold\s+lead|first\s+contact|intro(?:duction)?\s+call)\b|新线索|新客户|初次(?:接触|拜访|沟通)|第一次(?:接触|联系|沟通)/iu],
];

/**
 * "多年前签约的老客户", "已签约客户回访": the signing describes the customer, not news of this deal.
 * "刚签约的客户", "新签约的大客户", "成为我们的签约客户" are the news.
 */
const OLD_CUSTOMER_AFTER = /^(?:过)?的?(?:老|存量|长期)(?:客户|用户)/u;
const CUSTOMER_AFTER = /^(?:过)?的?(?:大|重点|优质)?(?:客户|用户|企业|公司)/u;
const LONG_AGO_BEFORE = /(?:多年前|几年前|早年|很久以前|以前|之前|去年|前年)[^，,。；;]{0,4}$/u;
const COMPOUND_CUSTOMER_AFTER = /^(?:客户|用户)/u;
const NEWS_BEFORE = /(?:刚刚?|新|今天|终于|成功|成为|成了)[^，,。；;]{0,6}$/u;
function describesCustomer(before: string, after: string): boolean {
  if (OLD_CUSTOMER_AFTER.test(after)) return true;
  if (CUSTOMER_AFTER.test(after) && LONG_AGO_BEFORE.test(before)) return true;
  return COMPOUND_CUSTOMER_AFTER.test(after) && !NEWS_BEFORE.test(before);
}

/** "didn't sign", "还没签约": a negated stage word says the opposite. */
const NEGATION_BEFORE =
  /(?:\b(?:not|never|no|didn't|did\s+not|haven't|hasn't|have\s+not|yet\s+to|won't|isn't)\s+(?:\w+\s+)?|没有?|未|还没有?|不|别|尚未|不(?:打算|准备|想|会|再|需要|考虑)(?:再|继续)?)$/iu;

/**
 * "对方透露竞品报价25万", "the competitor's proposal", "f/u re pricing": another vendor's quote or
 * signing, or a topic named, is no step of our deal.
 */
const OTHERS_OR_TOPIC_BEFORE =
  /(?:(?<!针对|对标|应对|比照|参考)(?:竞品|竞争对手|对手|友商|别家|其他家|另一家)|\bcompetitor['’]?s?|\brival['’]?s?|(?<!['’])\b(?:re|regarding)\s*:?)\s*(?:的)?$/iu;

/** A stage word about the future ("will sign", "准备签约") means we are still negotiating. */
const FUTURE_BEFORE =
  /(?:才|(?<![很尽赶飞])快要?|马上就?要?|就要|眼看(?:就要?)?|['’]d\s+|\b(?:might|may|could|can|would|must|should|shall|almost|nearly|close\s+to|likely\s+to|before\s+(?:they|we|he|she)\s+(?:can|could))\s+|\b(?:will|going\s+to|ready\s+to|about\s+to|plan(?:ning)?\s+to|expect\s+to|hope\s+to|want\s+to|need\s+to|to)\s+|\b(?:next\s+\w+|tomorrow|this\s+\w+|by\s+\w+|on\s+\w+)\s+|(?:争取|尽量|想办法|能不能|能否|准备|打算|要|得|必须|一定要?)把[^，,。；;]{0,10}|准备|计划|打算|争取|预计|希望|等|要|将|明天|后天|月底前?|月初|年底前?|下个?月(?:初|中|底)?|下(?:个)?(?:周|星期|礼拜)[一二三四五六日天末]?|(?:本|这)(?:周|星期)[一二三四五六日天末]?|(?<![上前])周[一二三四五六日末]|(?<![上前])星期[一二三四五六日天]|\d{1,2}(?:号|日))\s*$/iu;

/** A day of the month or of the week right before the stage word (the part of FUTURE_BEFORE that only dates it). */
const DAY_BEFORE = /(?:\d{1,2}(?:号|日)|周[一二三四五六日末]|星期[一二三四五六日天])\s*$/u;

const HOLIDAY_BEFORE = /(?<![一二两三四五六七八九十几半多\d])(?:年前|节前|节后|年后|年内)[^，。,.；;]{0,3}$/u;

/** "年前把合同签了", "月底前把合同签了": a deadline and 把 before the stage word give an order, not news. */
const DEADLINE_BA_BEFORE = /(?:(?<![一二三四五六七八九十两几\d]个?(?:年|天|月|周|星期|礼拜|小时))前|[内里])(?:要|得|必须|一定)?把[^，,。；;!！?？]{0,8}$/u;

/** "we sign next Monday": a present-tense English verb followed by a future date. */
const FUTURE_AFTER = /^\s+(?:the\s+\w+\s+)?(?:next\s+\w+|tomorrow|on\s+\w+|this\s+\w+|by\s+\w+|in\s+\w+\s+(?:days?|weeks?))\b/iu;

/**
 * Further back in the same clause: "预计下月中旬签约", "年底前有望签约", "客户说月底之前会签合同",
 * "让我们周一上午过去签合同", "we expect that they will sign". Words of a plan, a coming date, an
 * errand (过去/去 + 签) or a request to us anywhere before the stage word, in its clause; 了 still makes it done.
 */
const FUTURE_IN_CLAUSE =
  /(?:元旦|春节|国庆|五一|中秋|端午|圣诞|双十一|年|节)(?:前后|左右)|(?:天|周|星期|礼拜|月|季度|年)\s*(?:之|以)?内|近期|近日|预计|准备|计划|打算|争取|希望|有望|能|可以|将要?|即将|可能|应该|会(?!议|谈|面|上|后|签了)|要(?!求)|下(?:个)?(?:月|周|星期|礼拜|季度)|明天|后天|明年|(?:月|年)底前|等[^，,。；;]{0,14}(?:就|再|才|完|好|后|下来)|(?:就|再|才)签$|[上中下]旬|月[初中]|(?<![\d.])\d{1,2}\s*[号日]|之前|以前|(?<![上前])(?:周|星期)[一二三四五六日天末]|让(?:我们|我|咱们)|叫(?:我们|我)|请(?:我们|我)|约(?:我们|我)|过去|过来|(?<!失)去(?!年)|\b(?:will|going\s+to|expects?\s+to|plans?\s+to|hopes?\s+to|should|aim(?:s|ing)?\s+to|about\s+to|promised?\s+to|promises\s+to|agreed\s+to\s+send|to\s+send)\b|['’]ll\b/iu;
/** ...and after it: "签约仪式定在下周五", "sign the contract next week"; a 签约仪式 not yet held is ahead. */
const FUTURE_LATER_IN_CLAUSE =
  /^\s*仪式(?![^，,。；;]*[了过])|定在|安排在|约在|\b(?:next\s+(?:week|month|quarter|year|mon|tue|wed|thu|fri)\w*|tomorrow|by\s+(?:the\s+)?end\s+of)\b/iu;
/** Done: "签了", "签约了", "已经签约", "上月签约". Outranks a plan further back ("本来计划下周签，今天提前签了"). */
const PAST_IN_CLAUSE = /已经?|刚刚?|终于|昨天|前天|上(?:个)?(?:月|周|星期|礼拜)|去年|\b(?:already|finally|yesterday|last\s+(?:week|month))\b/iu;
const CONTRAST = /\b(?:but|however|though|although)\b|但是?|不过|可是/iu;
function plannedInClause(text: string, match: string, start: number): boolean {
  const end = start + match.length;
  const clause = clauseBounds(text, start, end);
  const before = text.slice(clause.start, start);
  // "lost to a competitor but they might come back next year": what follows a "but" is another matter
  const after = text.slice(end, clause.stop).split(CONTRAST)[0]!;
  // 过 of a finished act, not of 过去/过来 ("带合同过去签" is an errand ahead)
  if (/了|过(?![去来])/u.test(match) || /^\s*(?:了|过(?![去来]))/u.test(after) || PAST_IN_CLAUSE.test(before)) return false;
  // "合同下周一签": the date can sit inside the matched words
  return FUTURE_IN_CLAUSE.test(before) || FUTURE_IN_CLAUSE.test(match) || FUTURE_LATER_IN_CLAUSE.test(after) || DATE_INSIDE.test(match);
}
const DATE_INSIDE =
  /明天|后天|月底|月初|年底|周[一二三四五六日天末]|星期[一二三四五六日天]|\d{1,2}(?:号|日)|(?:本|这个?|下个?)(?:周|星期|礼拜|月)|(?:周|天|月)内|尽快|马上/u;

/** "如果谈成了", "if they sign", "否则就黄了", "otherwise we lose it": a condition before the stage word in its clause. */
const CONDITIONAL_BEFORE = /(?:如果|要是|假如|万一|一旦|只要|否则|不然|要不然|\b(?:if|unless|assuming|otherwise|or\s+else)\b)/iu;
/** "they'd sign if we drop to 30k", "won't sign unless…": the condition said after the stage word. */
const CONDITIONAL_AFTER = /\b(?:if|unless|provided)\b|的话|前提是/iu;

/** The global twin of each stage pattern, built once instead of on every message. */
const globalTwins = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let twin = globalTwins.get(re);
  if (!twin) {
    twin = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    globalTwins.set(re, twin);
  }
  return twin;
}

function firstAffirmed(text: string, re: RegExp): { index: number; future: boolean } | null {
  // A plan and then the deed ("本来计划下周签，今天提前签了合同"): the deed is the news.
  let planned: { index: number; future: boolean } | null = null;
  for (const m of allMatches(text, globalOf(re))) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 16), start);
    if (NEGATION_BEFORE.test(before) || OTHERS_OR_TOPIC_BEFORE.test(before)) continue;
    const after = text.slice(start + m[0].length, start + m[0].length + 30);
    if (describesCustomer(before, after)) continue;
    const presentTense = /^[a-z]/i.test(m[0]) && !/ed\b/i.test(m[0]);
    // "华为这单如果谈成了，能有300万": a win said under a condition is still ahead.
    const bounds = clauseBounds(text, start, start + m[0].length);
    const conditional = CONDITIONAL_BEFORE.test(text.slice(bounds.start, start)) || CONDITIONAL_AFTER.test(text.slice(start + m[0].length, bounds.stop));
    // "15号签约了", "上个月15号签的合同", "周三签了": a day before a signing told as done dates the deed, it plans nothing
    const datedDeed =
      DAY_BEFORE.test(before) &&
      (/了|过(?![去来])/u.test(m[0]) || /^\s*(?:了|过(?![去来])|的)/u.test(after) || PAST_IN_CLAUSE.test(text.slice(bounds.start, start)));
    const future =
      conditional ||
      (FUTURE_BEFORE.test(before) && !datedDeed) ||
      // "华为年前签", "节后签约": before or after the new year, unless said as done ("节后签了", "半年前签的")
      (HOLIDAY_BEFORE.test(before) && !/[了的过]/u.test(m[0]) && !/^[了的过]/u.test(after)) ||
      DEADLINE_BA_BEFORE.test(before) ||
      signaturePending(text.slice(bounds.start, start), m[0], text.slice(start + m[0].length, bounds.stop)) ||
      // "他们问合同什么时候签", "asked when they can sign", "sign-off delayed for 2 months": a signing asked about or put off
      WHEN_ASKED_BEFORE.test(text.slice(bounds.start, start)) ||
      WHEN_ASKED_INSIDE.test(m[0]) ||
      PUT_OFF_AFTER.test(text.slice(start + m[0].length, bounds.stop)) ||
      (presentTense && FUTURE_AFTER.test(after)) ||
      plannedInClause(text, m[0], start);
    if (!future) return { index: start, future };
    planned ??= { index: start, future };
  }
  return planned;
}

const WHEN_ASKED_ZH = "什么时候|几号|哪天|何时|啥时候|几时|能不能|要不要|是否";
const WHEN_ASKED_BEFORE = new RegExp(String.raw`(?:${WHEN_ASKED_ZH}|\b(?:when|whether|if)\b)[^，,。；;]{0,8}$`, "iu");
const WHEN_ASKED_INSIDE = new RegExp(WHEN_ASKED_ZH, "u");
const PUT_OFF_AFTER = /^(?:-?off)?\s+(?:(?:is|was|has\s+been|got|been)\s+)?(?:delayed|pushed|postponed|on\s+hold|slipp\w*|deferred)\b/iu;

/** "现在是需求确认阶段", "in the proposal stage now", "stage: negotiation": the stage said in so many words. */
const STATED_STAGE =
  /(?:(?:现在|目前|已经|当前)?(?:是|在|到了?|进入了?|处于|推进到|推到))?(?<zh>线索|需求确认|方案报价|方案|报价|商务谈判|谈判|赢单|输单)阶段|\b(?:in|at|to|into)\s+(?:the\s+)?(?<en>lead|qualified|qualification|proposal|negotiation)\s+stage\b|\bstage\s*(?:is\s+(?:now\s+)?|:|=|->|→)\s*(?<named>lead|qualified|qualification|proposal|negotiation|won|lost)\b/iu;
const STAGE_WORDS: Record<string, StageKey> = {
  线索: "lead",
  需求确认: "qualified",
  方案报价: "proposal",
  方案: "proposal",
  报价: "proposal",
  商务谈判: "negotiation",
  谈判: "negotiation",
  赢单: "won",
  输单: "lost",
  lead: "lead",
  qualified: "qualified",
  qualification: "qualified",
  proposal: "proposal",
  negotiation: "negotiation",
  won: "won",
  lost: "lost",
};

/** The stage said outright; "none" when it is denied ("还没到谈判阶段"), null when none is said. */
function statedStage(text: string): StageKey | "none" | null {
  const m = STATED_STAGE.exec(text);
  if (!m) return null;
  const before = text.slice(Math.max(0, (m.index ?? 0) - 16), m.index);
  if (NEGATION_BEFORE.test(before) || /(?:还没|没有?|未|not\s+yet|not)\s*$/iu.test(before)) return "none";
  const word = (m.groups?.zh ?? m.groups?.en ?? m.groups?.named ?? "").toLowerCase();
  return STAGE_WORDS[word] ?? null;
}

/**
 * "价格上输给了华三 技术上赢了 还在谈", "lost round one but still negotiating": a deal said to be still under
 * discussion is neither won nor lost, whatever was won or lost on the way.
 */
const STILL_OPEN =
  /(?:还|仍|仍然|依然|继续)(?:在|再)?(?:谈|谈判|商谈|洽谈|博弈|拉锯|磨)(?!完|成|下来|妥|崩|黄|好|也没用|没用|没意义)|没(?:有)?(?:定|结束|定下来)|\bstill\s+(?:negotiating|in\s+(?:talks|negotiations?|play|the\s+running)|talking|open|alive)\b|\b(?:not\s+over\s+yet|talks\s+continue)\b/iu;

/**
 * A win or a loss of a part, not of the deal: "价格上输给了华三", "技术上赢了", "lost the first round", "won the
 * bake-off", or both said at once. "华为赢单了，细节还在谈" is a win whose details are talked about.
 */
const PARTIAL =
  /\p{Script=Han}{1,4}(?:上|方面|层面)(?:输|赢|领先|落后)|第[一二三四五1-5]轮|技术评分|评标|\b(?:round|bake-?off|eval(?:uation)?|tech(?:nical)?\s+(?:eval\w*|review|round)|shortlist\w*|first\s+stage)\b/iu;
const WON_WORD = /赢|\bwon\b/iu;
const LOST_WORD = /输|丢|\blost\b/iu;
function partialOrMixed(text: string): boolean {
  return PARTIAL.test(text) || (WON_WORD.test(text) && LOST_WORD.test(text));
}

const SIGNED = /签|合同|成交|\b(?:sign\w*|contract|po|closed)\b/iu;

/**
 * Won or lost with something else as the object: "globex lost their champion", "lost connection during the call",
 * "lost budget approval", "globex won an industry award", "we won the POC". The deal itself was neither.
 */
const NOT_THE_DEAL =
  /\blost\s+(?:(?:their|his|her|its|my|our|the|a|an|some|all)\s+)?(?:\w+\s+)?(?:connection|signal|power|budget|funding|approval|access|data|recording|paperwork|notes?|files?|wifi|internet|time|money|momentum|champion|sponsor|cfo|ceo|cto|cio|vp|head|job|keys?|password|laptop|phone|battery|voice|audio|video|call|meeting)\b|\blost\s+(?:their|his|her|its)\s+\w+|\bwon\s+(?:(?:an?|the|their|its|some)\s+)?(?:\w+\s+){0,2}?(?:awards?|prizes?|hackathon|poc|pilot|trial|govt|gov|government)\b(?:\s+\w+)?/giu;

const CHOSEN =
  /\b(?:chose|picked|selected|went\s+with)\s+us\b|\bverbal(?:ly)?\s+(?:award|win|yes)|(?:决定|确定)(?:了)?(?:用|选|采购)(?:了)?我们|选(?:择)?了我们|中标/iu;
const CONTRACT_TO_COME =
  /合同[^，,。；;！!？?]{0,8}?(?:下周|明天|后天|过几天|月底|之后|再|才|会)[^，,。；;！!？?]{0,4}?(?:发|寄|签|过来)|(?:contract|paperwork)s?\s+(?:to\s+follow|(?:is\s+)?coming|will\s+follow|goes\s+out|next\s+week)/iu;
const SIGNED_DONE = /签了|已签|签好|盖(?:好)?章了|\bsigned\b|赢单|\bwon\b|\bclosed\b/iu;

export function inferStage(input: string): StageKey | null {
  const text = input.replace(NOT_THE_DEAL, (m) => " ".repeat(m.length));
  const stated = statedStage(text);
  const found = stageFromWords(text);
  // …but a signing is done whatever is still being talked about ("签了合同，还在谈二期")
  const read = (found === "won" || found === "lost") && STILL_OPEN.test(text) && !SIGNED.test(text) && partialOrMixed(text) ? "negotiation" : found;
  // "他们选了我们 verbal award 正式合同下周发过来": chosen, with the contract still to come, is not signed yet
  if (read === "won" && CHOSEN.test(text) && CONTRACT_TO_COME.test(text) && !SIGNED_DONE.test(text)) return "negotiation";
  // "卡在方案阶段好久了，今天终于签了": a win or a loss said is the news over the stage it was in
  if (read === "won" || read === "lost" || !stated) return read;
  return stated === "none" ? null : stated;
}

function stageFromWords(text: string): StageKey | null {
  for (const [stage, re] of STAGE_PATTERNS) {
    const hit = firstAffirmed(text, re);
    if (!hit) continue;
    if (stage === "won" && hit.future) return "negotiation";
    // "可能会丢单", "they'll go with a competitor if…": a worry, not a loss.
    if (stage === "lost" && hit.future) return null;
    // "下个月才有预算": a budget still to come qualifies nothing yet.
    if (stage === "qualified" && hit.future) return null;
    return stage;
  }
  return null;
}

const QUOTE_WORDS = /\b(?:quotes?|quotation|pricing|price\s+list|rfq)\b|报价|询价|报个价|价格表/iu;
/** "sent the quote" is done work, not a request the bot should turn into a task. */
const QUOTE_ALREADY_SENT =
  /(?:\b(?:sent|emailed|e-mailed|delivered|submitted|shared|forwarded|fwd)\s+(?:(?:them|him|her|over|across|out)\s+)?(?:(?!(?:a|an|the|our|them|him|her|about|re|regarding|asking|asked|for|on|to|with|us|me|back|in)\b)[\w&'’.-]+\s+){0,2}?(?:the\s+|a\s+|an\s+|our\s+)?(?:(?:revised|updated|new|final|formal|draft|latest|full|detailed|v\d+)\s+)?$)|发(?:了|过)$|已经?发$|已(?:经)?(?:提交|给)了?$/iu;
/** "报价发过去了", "quote went out": the quote named, then said sent. */
const QUOTE_SENT_AFTER =
  /^(?:单|表)?\s*(?:也|刚刚?|今天|昨天)?\s*(?:已经?|都)?\s*(?:发|传|给)(?:过去|出去|给[^，,。；;\s]{1,6}?)?了(?![吗么没])|^(?:单|表)?\s*已经?(?:发|提交|给)|^s?\s+(?:was\s+|got\s+|has\s+been\s+|is\s+)?(?:sent|out(?!\s+of\b)|delivered|submitted|went\s+out)\b/iu;
/** "确认了需求，报价45万": 报价 with its figure reports the price given ("明天报价45万" still plans it). */
const QUOTED_FIGURE_AFTER_ZH =
  /^\s*(?:了|是|为)?\s*[¥￥]?\s*(?:\d[\d.,，、]*\s*(?:万|千|百|亿|w|k|kw|元|块|美刀|美元|刀|到|-|~|$|[\s，,。；;])|[一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?\s*(?:万|千|百|亿|元|块))/iu;
const PLANS_BEFORE_ZH = /明天|后天|下周|下个?星期|下礼拜|要|会|准备|打算|计划|再|需要|得|周[一二三四五六日天]|前/u;

const QUOTE_WORDS_ALL = new RegExp(QUOTE_WORDS.source, "giu");

export function inferWantsQuote(text: string): boolean {
  for (const m of allMatches(text, QUOTE_WORDS_ALL)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 16), m.index);
    if (NEGATION_BEFORE.test(before) || OTHERS_OR_TOPIC_BEFORE.test(before)) continue;
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (QUOTE_ALREADY_SENT.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index)) || QUOTE_SENT_AFTER.test(after)) continue;
    if (m[0] === "报价" && QUOTED_FIGURE_AFTER_ZH.test(after) && !PLANS_BEFORE_ZH.test(before.split(/[，,。；;\s]/u).pop() ?? "")) continue;
    return true;
  }
  return false;
}
