import {
  ZH_COMPANY_SUFFIXES_STRONG,
  ZH_COMPANY_SUFFIXES_WEAK,
  ZH_COMPOUND_SURNAMES,
  ZH_CONTACT_FALSE_FRIENDS,
  ZH_NOT_NAMES,
  ZH_SURNAMES,
  ZH_TITLES,
} from "./name-lexicon.js";
import type { NameHints } from "./name-hints.js";
import { allMatches } from "./all-matches.js";
import { extractFullNamesAfterCompany } from "./extract-names-zh-full-names.js";

const NAME_CHAR = String.raw`[\u4e00-\u9fa5A-Za-z0-9&·]`;
const NAME_CHAR_RE = new RegExp(NAME_CHAR, "u");
const NUMERALS = String.raw`\d零〇一二两三四五六七八九十百千万亿`;

/**
 * 张总 / 王总监 / 小王 / 欧阳经理. Not after a numeral ("20万总价") and not
 * when 总 starts a word (总共, 总部, 总价), nor 工 (蒙牛工厂, 李工作室).
 */
const CONTACT_SOURCE =
  `(?:(?:${ZH_COMPOUND_SURNAMES.join("|")}|[${ZH_SURNAMES}])(?:${ZH_TITLES.join("|")})(?![共是之部体结算额计价数量])(?!(?<=工)[厂作地具资艺业期序单位种])` +
  `|[小老][${ZH_SURNAMES}])`;
const CONTACT_RE = new RegExp(`(?<![${NUMERALS}])${CONTACT_SOURCE}`, "gu");
const ENDS_WITH_CONTACT = new RegExp(`${CONTACT_SOURCE}$`, "u");
const IS_CONTACT = new RegExp(`^${CONTACT_SOURCE}$`, "u");
/** "王总发微信说…": a person opening the clause and then acting; the run is no organisation. */
const CONTACT_THEN_VERB = new RegExp(`^(?:${CONTACT_SOURCE})(?=[发打来说问约找给跟和在要想去到让请催回讲提])`, "u");

/** Tokens that end the name when walking left from a suffix or a 的. */
const VERB_BOUNDARIES = [
  "上门拜访了",
  "上门拜访",
  "拜访了",
  "拜访",
  "一趟",
  "趟",
  "一次",
  "拜会了",
  "回访了",
  "走访了",
  "约见了",
  "联系了",
  "去了",
  "到了",
  "见了",
  "约了",
  "找了",
  "跟进",
  "一下",
  "跟",
  "和",
  "与",
  "给",
  "同",
  "向",
  "对",
  "帮",
  "替",
  "去",
  "到",
  "在",
  "把",
  "被",
  // "刚从美的回来": where one comes back from, not part of its name
  "从",
  "了",
  "是",
  "的",
  "及",
  "还有",
  "以及",
  "让",
  "请",
  "说",
] as const;
const OTHER_BOUNDARIES = [
  "今天",
  "昨天",
  "明天",
  "前天",
  "后天",
  "上午",
  "下午",
  "晚上",
  "中午",
  "早上",
  "刚才",
  "刚刚",
  "我们",
  "他们",
  "她们",
  "我",
  "他",
  "她",
  "客户",
  "对方",
  "这家",
  "那家",
] as const;

/** "的市场部经理", "的采购总监", "的CTO": a role at the organisation named before 的 */
const ROLE_AT =
  /的(?:(?:[\u4e00-\u9fa5]{1,3}部)?(?:采购|市场|技术|销售|财务|运营|产品|法务|行政|人事|信息|IT|HR)?(?:经理|总监|主管|负责人|老板|老总|总裁|副总|工程师|专员|对接人|部长|处长|科长|主任|CTO|CEO|CFO|CIO|VP)|采购(?:部|们)?(?=[，,。；;\s]|$|[吃见聊谈打发说来约加问]|[\u4e00-\u9fa5](?:总|经理|工|主管))|朋友)/gu;
/** "美团朋友介绍了他们行政采购": a friend there, who introduced or recommended someone */
const FRIEND_AT = /朋友(?=介绍|推荐|引荐|牵线)/gu;
/** "宁德时代储能事业部邮件询价": a division of the organisation (its two-character business before 事业部) */
const DIVISION = /(?:^|[，。！？；,.!?;\s])(?<name>[\u4e00-\u9fa5A-Za-z]{2,8})[\u4e00-\u9fa5]{2}(?:事业部|事业群)/gu;
/** "字节跳动HR系统负责人通过官网留言找过来", "宁德时代IT负责人来电": a role at the organisation, glued to its name */
const ROLE_GLUED =
  /(?:^|[，。！？；,.!?;\s])(?<name>(?:(?!的)[\u4e00-\u9fa5]){2,8}?)(?<!的)(?:HR|IT|人力|人事|技术|财务|法务|市场|行政|信息)(?:系统|部门|部)?(?:负责人|经理|总监|主管|对接人)/gu;

/** Where a trigger-introduced name stops: a verb, a particle or punctuation. */
const STOP =
  // ("打了三次美地都没人接": 都 and what follows)
  "(?:的|那边|这边|方面|都没|都不|都说|都在|都还|通了|通完|通电话|通过|打完|开完|聊完|谈完|见完|打了|打电话|打|发了|发邮件|发|开会|开了|开|聊了|聊|谈了|谈|见面|见了|见|约了|约|签约|签了|签|" +
  // contract verbs: "跟字节续约" is about 字节, not a company called 字节续
  "续约|续签|续费|续订|解约|违约|" +
  // "后天过去详谈": a talk planned, not a company called 详谈
  "详谈|详聊|细谈|细聊|洽谈|商谈|" +
  "沟通|交流|讨论|确认|电话|吃饭|吃|说|要|想|对接|碰|汇报|介绍|演示|做|进行|一起|关于|商量|了|报价|面谈|讲|问|提|拿|看|参观|过来|" +
  "过去|过了|来|合作|在|视频|语音|微信|拜访|上门|找|回|答复|" +
  // "去华为参加方案评审": what the rep went there to attend
  "参加|出席|参与|" +
  "下周|上周|本周|这周|下星期|明天|今天|昨天|后天|前天|大后天|上午|下午|中午|晚上|早上|周[一二三四五六日天末]|星期[一二三四五六日天]|[，。！？、；：,.!?;:\\s]|$)";
/** "客户拜访记录", "回访计划", "跟进情况": the verb heads a noun, no one is visited. */
const RECORD_NOUN_AFTER = "(?!记录|报告|纪要|计划|总结|情况|次数|量|表|日志|单|汇总|明细)";
const TRIGGER_CAPTURE = new RegExp(
  `(?:上门拜访(?:完了|[了过])?|拜访(?:完了|[了过])?${RECORD_NOUN_AFTER}|拜会[了过]?|回访(?:完了|[了过])?${RECORD_NOUN_AFTER}|走访[了过]?|接待了?|(?:终于|总算)?搞定了?|打了?[一二两三四五六七八九十几\d]{1,2}(?:次|通|遍)(?:电话)?(?:给)?|约见了?|见了|(?<=(?:^|[，,。；;\\s]|[天午上周]|周[一二三四五六日天]|(?:去|飞|到)\\p{Script=Han}{2,4}))见(?![了过面到识]|分晓)|约了|联系[了过]?(?!人|方式|电话)|跟进(?:一下)?${RECORD_NOUN_AFTER}|跟踪(?:一下)?|跟(?!进|踪)|和|与|给|去了|去(?![年过])` +
    // English verbs in front of a Chinese name: "called 华为"
    String.raw`|\b(?:called|call|met|meet|emailed|visited|visit|with|at)\s+(?=[\u4e00-\u9fa5]))\s*` +
    // lazy, and stop words allowed inside: 联想 and 理想 contain 想, 美的 contains 的
    `(?!${STOP})(?<name>${NAME_CHAR}{2,15}?)(?=${STOP})`,
  "gu",
);

/** "刚从海尔回来", "从比亚迪那边出来": the place one comes back from (从 alone opens many clauses: "从上周开始"). */
const FROM_PLACE = new RegExp(`从(?<name>${NAME_CHAR}{2,10}?)(?=回来|回公司|出来|离开|那边|这边|那里|这里|过来)`, "gu");
/** "收到海信的询价邮件", "接到美团的电话": who sent what was received. */
const RECEIVED_FROM = new RegExp(
  `(?:收到|接到)(?:了)?(?<name>${NAME_CHAR}{2,10}?)(?:发来|寄来)?的(?:询价|报价|采购|招标|询盘|合作)?(?:邮件|电话|消息|询价单|需求|订单|函|信息|微信)`,
  "gu",
);

const CHAIN_ONLY = ["信息", "智能", "数据", "技术", "服务", "管理", "咨询", "发展", "股份"];
const CHAIN = [...ZH_COMPANY_SUFFIXES_WEAK, ...CHAIN_ONLY].join("|");
const SUFFIX_RE = new RegExp(`(?:${CHAIN})*(?:${ZH_COMPANY_SUFFIXES_STRONG.join("|")})|(?:${CHAIN})*(?:${ZH_COMPANY_SUFFIXES_WEAK.join("|")})`, "gu");

const LEADING_NOISE =
  /^(?:今天|明天|昨天|后天|上午|下午|晚上|中午|早上|刚才|刚刚|已经|又|再|也|都|还|一起|了|收到了?|上门拜访[了过]?|拜访[了过]?|拜会[了过]?|去[了过]?|到了?|见[了过]?|约了?|联系[了过]?|找了?|过|一?趟)+/u;
/** "两点", "5号": a time that slipped into a name slot */
const TIME_LIKE = /[\d零〇一二两三四五六七八九十半]+(?:点|时|分钟|号|日|月|周|天|年)/u;
const PRONOUN_START = /^[我他她你您咱它]/u;
const ONLY_NUMERALS = new RegExp(`^[${NUMERALS}]+$`, "u");

/**
 * "京东来电咨询…", "网易那边说…": a clause that opens with an organisation and then a verb. The
 * name is the shortest run before a verb-like cue, so 联想 and 美的 survive their inner 想 / 的.
 */
const LEADING_NAME = new RegExp(
  `(?:^|[，。！？；,.!?;\\s])(?:(?:(?:听|据|朋友|同事|老板|领导)说|今天|昨天|前天|刚才|刚刚|上午|下午|晚上|中午|早上|今早|昨晚|上周|本周|这周|(?:钉钉|微信|企业微信|企微|飞书)?群里|(?:钉钉|微信|企业微信|企微|飞书)上|电话里|邮件里)[，,]?)*` +
    `(?<name>${NAME_CHAR}{2,10}?)(?=有个|有位|有一个|有家|来电|打电话|打来|微信|短信|发邮件|邮件说|钉钉|来询价|询价|咨询|那边|这边|方面|的|说|要|想|希望|反馈|回复|发来|发了|下单|确认|同意|` +
    `表示|问|约|邀请|在|对|也|都|又|还|再|一直|已经|刚|[一二两三四五六七八九十半\\d]+个?(?:天|周|星期|礼拜|月|小时)(?:后|内|以后|之后|以内)|到(?:我们|咱们)?(?:公司|我司|办公室|总部)|(?:那|这)(?:个|一)?(?:单子|单|项目|订单|商机|合同)|今天|明天|昨天|后天|下下周|上上周|下周|上周|这周|本周|下个?月|下个?礼拜|下个?星期|计划|准备|决定|打算|需要|提出|提了|来|催|签|采购|招标|口头|取消|推迟|` +
    // "顺丰预算大概三十来万": a money word after the name ends it
    `预算|金额|合同额)`,
  "gu",
);

/** A name alone at the very start, then a space and an activity or task word ("美团电话 下周再聊": or the word glued on, then a break). */
const HEADING_NAME = new RegExp(
  `^[\\s\\-*•>#]*(?<name>[\\u4e00-\\u9fa5]{2,10}?)(?=\\s+(?:来电|电话|打电话|拜访|上门|会议|开会|饭局|见面|面谈|沟通|微信|邮件|报价|演示|跟进|回访|询价|签约|签了|下单|到访|参观|来访|` +
    // "百度 通了电话", "字节 约了周五…", "海康威视 来我们公司参观", "格力 王总 明天…去拜访": what happened, or who was there
    `通了|打了|约了|约好|来(?:我们|咱们|我司|公司)|${CONTACT_SOURCE})|(?:打了?(?:个|一?通)?电话|通了?电话|电话|开会|拜访)(?:\\s|[，,。:：]|$))`,
  "u",
);

const LATIN_HEADING = /^[\s\-*•>#]*(?<name>[A-Za-z][A-Za-z0-9&.'’-]{2,30}(?:\s[A-Z][A-Za-z0-9&.'’-]*){0,2})(?=\s+\p{Script=Han})/u;
/** Latin words that open a Chinese note without naming anyone. */
const LATIN_NOT_NAME =
  /^(?:called|call|calling|met|meet|meeting|visited|visit|emailed|email|sent|send|signed|lost|won|quoted|pinged|texted|talked|spoke|with|and|re|fw|fwd|ok|okay|hi|hello|fyi|btw|pls|please|update|todo|note|demo|wechat|crm|ceo|cfo|cto|vp|po|poc|sow|nda|rfp|rfq|ppt|pdf|excel|word|bd|kpi|q[1-4]|am|pm)$/iu;

/** A clause that opens with an action or a particle has no organisation in front. */
const CLAUSE_START =
  /^(?:[跟和与给同向对帮替去到在把被请让谈聊发做问催签报开看拿送寄回打约见等找从]|刚|确认|讨论|沟通|交流|商量|安排|准备|提供|整理|修改|参观|演示|介绍|拜访|联系|跟进|客户|对方|需要|希望|觉得|感觉|可能|应该|大概|改到|改成|改在|推到|推迟|延到|延期|挪到|收到|取消)/u;

/** Function words no organisation name contains: "价格太高了" is a remark, not a company. */
const CLAUSE_WORDS =
  /[了是很太不没已还再又也都就能会吗呢吧啊么给跟和与同向对把被让请说要]|有几|有些|有点|有个|团队|同事|领导|刚才|刚刚|的人|终于|总算|[打通开聊谈见]完|(?:周|星期|礼拜)[1-7]|[换改变]成|[上下本这]周|周[一二三四五六日天末]|星期|月[底初中]|年[底初]|[今明昨后前]天|[上下中]午|晚上|早上|之前|之后|以前|以后/u;

/** "下周要来公司", "预计明年Q1": a time or a plan read as a name; no organisation is called so. */
const TIME_OR_PLAN =
  /[上下本这]周|(?:周|星期|礼拜)[1-7]|周[一二三四五六日天末]|星期[一二三四五六日天]|[上下本这]个?礼拜|礼拜[一二三四五六日天]|[今明昨后前]天|[今明昨后前]儿|明年|今年|去年|[上下]个?月|本月|[上下本这]个?季度|[上下]半年|月[底初中]|年[底初中]|[上下中]午|晚上|早上|预计|估计|预估|也许|或许|大概|可能|要来|要去|会来/u;

const STRONG_SUFFIX = new RegExp(`(?:${ZH_COMPANY_SUFFIXES_STRONG.join("|")})$`, "u");
/** Words of a remark about the customer ("比较关注", "非常重视"), never inside the name before 数据 / 信息 / 网络. */
const REMARK_WORDS = /比较|关注|关心|重视|在意|担心|考虑|需要|希望|觉得|非常|特别|主要|提到|问到|强调|聊到|聊了|谈了|讲了|要求/u;
/** "朋友介绍的大疆 今天下午…": the customer someone introduced, heading the note */
const INTRODUCED = /(?:介绍|推荐|转介绍)(?:的|了)(?<name>[\u4e00-\u9fa5A-Za-z]{2,8}?)(?=\s|[，,。；;]|$)/gu;

/** "发邮件说 圣诞节后再谈": a holiday in a name slot; no organisation is called so (channels are in ZH_NOT_NAMES). */
const HOLIDAY_NAME = /^(?:圣诞节?|元旦|春节|国庆节?|五一|中秋节?|端午节?|清明节?|节|年)(?:后|前|期间|假期|以后|之后|以前|之前)?$|^(?:假期|放假|假后)$/u;

function isJunk(name: string): boolean {
  return (
    name.length < 2 ||
    HOLIDAY_NAME.test(name) ||
    TIME_OR_PLAN.test(name) ||
    ZH_NOT_NAMES.has(name) ||
    PRONOUN_START.test(name) ||
    ONLY_NUMERALS.test(name) ||
    TIME_LIKE.test(name) ||
    // "见了HR负责人": a role at the customer, not the customer
    /(?:负责人|对接人|联系人)$/u.test(name) ||
    // "阿里的那个小姑娘": someone at the customer, not the customer
    /的(?:那个|那位|这个|这位|几个)?(?:小姑娘|小伙子|姑娘|女的|男的|人|美女|帅哥|小哥|小妹|同事|朋友)$/u.test(name) ||
    // "能不能给个八五折": a discount, not a customer
    /[一二三四五六七八九\d]{1,2}折$/u.test(name) ||
    // "客户挺满意", "回访老客户", "一个新客户", "还没问公司名": words about a customer, never its name
    /客户|公司名/u.test(name) ||
    /^(?:还)?没/u.test(name) ||
    /^(?:一面|见面|一下|一趟|一次)$/u.test(name) ||
    // "给个说法", "今天之内必须回复": a measure word or 之 opens no name
    /^[个之掉]/u.test(name) ||
    /(?:一下|一趟)$/u.test(name) ||
    /^(?:ltd|inc|corp|co|llc|group)$/iu.test(name)
  );
}

/**
 * The name that ends at `end`: walk left over name characters, then keep
 * only what follows the last verb, particle or time word.
 */
function nameEndingAt(text: string, end: number): { name: string; afterVerb: boolean } {
  let start = end;
  while (start > 0 && end - start < 14 && NAME_CHAR_RE.test(text[start - 1] ?? "")) start--;
  const segment = text.slice(start, end);
  let cut = 0;
  let afterVerb = false;
  for (const [tokens, isVerb] of [
    [VERB_BOUNDARIES, true],
    [OTHER_BOUNDARIES, false],
  ] as const) {
    for (const token of tokens) {
      const at = segment.lastIndexOf(token);
      if (at >= 0 && at + token.length > cut) {
        cut = at + token.length;
        afterVerb = isVerb;
      }
    }
  }
  return { name: segment.slice(cut).replace(LEADING_NOISE, ""), afterVerb };
}

function addCandidate(hints: NameHints, raw: string, score: number, index: number): void {
  // "去宁德时代现场看了产线": the site is where, not part of the name
  // ("跟阿里技术团队开了个线上会": the team is of the customer)
  const name = raw
    .replace(LEADING_NOISE, "")
    .replace(/(?<=..)(?:现场|那里|这里|那边|这边|方面|那单|这单)$/u, "")
    .replace(/(?<=..)(?:的)?(?:技术|采购|产品|运营|IT|项目|业务|研发|销售|市场)?(?:团队|部门|的人|那帮人)$/u, "");
  if (isJunk(name)) return;
  if (IS_CONTACT.test(name) && !ZH_CONTACT_FALSE_FRIENDS.has(name)) {
    hints.contact(name, score + 1, index);
    return;
  }
  const acting = CONTACT_THEN_VERB.exec(name);
  if (acting && !ZH_CONTACT_FALSE_FRIENDS.has(acting[0])) {
    hints.contact(acting[0], score + 1, index);
    return;
  }
  // "华为张总" without 的: split the organisation from the person.
  const tail = ENDS_WITH_CONTACT.exec(name);
  if (tail && tail.index >= 2 && !ZH_CONTACT_FALSE_FRIENDS.has(tail[0])) {
    const company = name.slice(0, tail.index);
    if (!isJunk(company)) hints.company(company, score, index);
    hints.contact(tail[0], score + 1, index + tail.index);
    return;
  }
  hints.company(name, score, index);
}

/** A word heading a note may be a customer: no action, remark, person or time word. */
function mayHeadNote(name: string): boolean {
  return !CLAUSE_START.test(name) && !CLAUSE_WORDS.test(name) && !IS_CONTACT.test(name) && !isJunk(name);
}

/** The first word of a note and the space after it. */
const OPENING_WORD = /^[\s\-*•>#]*(?<name>[\u4e00-\u9fa5A-Za-z0-9&·]{2,20}?)\s+(?=\S)/u;
/** Words that head a note as its label, not as whom it is about. */
const HEADING_LABELS =
  /^(?:好的?|好嘞|嗯+|收到|明白|了解|对了?|是的|行|可以|OK|ok|另外|还有|然后|刚才|刚刚|补充一下|记一下|记录一下|备忘|加个提醒|提醒我|提醒一下|帮我记一下|顺便|哦|啊|哈|哈哈|呃|紧急|重要|备注|更新|补录|补充|记录|跟进|进展|反馈|汇报|总结|纪要|会议纪要|日报|周报|待办|提醒|注意|问题|需求|情况|结果|好消息|坏消息|喜报|成交|签约|回款|线索|商机|新客户|老客户|今日|本周|拜访|电话|来电|开会|会议|邮件|微信|报价|方案|合同|演示)$/u;
/** A note that tells of a contact or a step: the words that make an opening name worth offering. */
// (English words reps mix in: "网易 下周一 demo")
const CONTACT_WORDS =
  /电话|来电|认识|名片|展会|打来|招标|投标|拜访|上门|去了|开会|会议|见面|面谈|吃饭|演示|邮件|邮箱|微信|发了|已发|报价|方案|合同|沟通|聊|谈|签|约|联系|回复|对接|\b(?:demo|call|meeting|mtg|visit|email|zoom|poc|kickoff|lunch|dinner|coffee)\b/iu;

/** "新客户：杭州海康威视，…", "客户名称：星河科技": the customer as the label of a note. */
const LABELLED = /(?:^|[，,。；;\s])(?:新|意向)?(?:客户|公司|单位|企业|甲方)(?:名称|名字)?\s*[:：]\s*(?<name>[^，,。；;：:！!？?\s]{2,30})/gu;

/**
 * "新客户 宁德时代 第一次电话沟通", "新客户宁德时代，电话沟通了一下", "拜访了一家新客户 宁德时代": a new customer named right
 * after the words.
 */
const NEW_CUSTOMER = /(?:^|[，,。；;\s]|[家个位])(?:新客户|新客(?!户)|意向客户|潜在客户)\s*(?<name>[^，,。；;：:！!？?\s的]{2,20})/gu;
// "网易 新客户 刚加了微信": what happened after the words is no name (刚 / 已经 / a day / 了 in it), nor who or a particle
// ("新客户 对方是信息部的孙部长", "新客户哈")
const NOT_A_NAME_START =
  /^(?:拜访|电话|来电|沟通|开会|见面|需求|跟进|介绍|推荐|线索|资料|报价|签约|成交|开发|的|刚|已|今天|昨天|明天|前天|后天|上午|下午|晚上|早上|中午|约|加了?|对方|他们|我们|这|那|就是|哈|啊|呀|嘛)|了/u;
/** "网易 新客户 …", "拼多多是新客户": the name just before the words. */
const NAMED_NEW_CUSTOMER = /(?:^|[，,。；;\s])(?<name>[^，,。；;：:！!？?\s的]{2,12}?)\s*(?:是)?(?:新客户|新客|意向客户|潜在客户)(?=[，,。；;\s]|$)/gu;

export function extractChineseNames(text: string, hints: NameHints): void {
  for (const m of allMatches(text, NEW_CUSTOMER)) {
    const name = m.groups?.name ?? "";
    if (!isJunk(name) && !IS_CONTACT.test(name) && !NOT_A_NAME_START.test(name)) hints.company(name, 3, (m.index ?? 0) + m[0].length - name.length);
  }
  for (const m of allMatches(text, NAMED_NEW_CUSTOMER)) {
    const name = m.groups?.name ?? "";
    if (!isJunk(name) && !IS_CONTACT.test(name) && !NOT_A_NAME_START.test(name)) hints.company(name, 3, (m.index ?? 0) + m[0].indexOf(name));
  }
  for (const m of allMatches(text, LABELLED)) {
    const name = m.groups?.name ?? "";
    if (!isJunk(name) && !IS_CONTACT.test(name)) hints.company(name, 3, (m.index ?? 0) + m[0].length - name.length);
  }

  for (const m of allMatches(text, CONTACT_RE)) {
    const index = m.index ?? 0;
    const contact = m[0];
    if (ZH_CONTACT_FALSE_FRIENDS.has(contact)) continue;
    // 公司总监 is a role at "the company", not Mr. 司
    if (contact.startsWith("司") && text[index - 1] === "公") continue;
    // "陪王经理去了趟格力": the person the rep went along with is a colleague, not the customer's contact
    if (/(?:陪|陪同|陪着|跟着|带着|和同事)$/u.test(text.slice(Math.max(0, index - 3), index))) continue;
    hints.contact(contact, 3, index);
    if (text[index - 1] === "的") {
      const { name } = nameEndingAt(text, index - 1);
      if (!isJunk(name)) hints.company(name, 3, index - 1 - name.length);
    } else {
      const { name, afterVerb } = nameEndingAt(text, index);
      // "阿里对接人换成孙经理了": 对 of 对接人 is no verb in front of a name
      if (afterVerb && !isJunk(name) && !IS_CONTACT.test(name) && !CLAUSE_WORDS.test(name)) hints.company(name, 2, index - name.length);
    }
  }

  for (const m of allMatches(text, SUFFIX_RE)) {
    const index = m.index ?? 0;
    const { name: base } = nameEndingAt(text, index);
    if (base.length < 2 || isJunk(base)) continue;
    // "对方比较关注数据安全": a remark before a weak suffix word (数据, 信息, 网络…) is no name
    if (!STRONG_SUFFIX.test(m[0]) && (CLAUSE_WORDS.test(base) || REMARK_WORDS.test(base))) continue;
    // "聊了无人机数据管理": what was talked about before a weak suffix word is no name
    if (!STRONG_SUFFIX.test(m[0]) && /(?:聊|谈|讲|说|问|做|关于)了?$/u.test(text.slice(Math.max(0, index - base.length - 2), index - base.length))) continue;
    // "大疆来公司参观了": coming to (our) office, not a company called 大疆来公司
    if (/^(?:公司|办公室)/u.test(m[0]) && /(?:[来去到回进]|过来)$/u.test(base)) continue;
    hints.company(base + m[0], 3, index - base.length);
  }

  for (const m of allMatches(text, LEADING_NAME)) {
    const name = m.groups?.name ?? "";
    // a verb inside means the clause opened with an action ("去拜访…"), which the triggers read
    if (VERB_BOUNDARIES.some((v) => v.length > 1 && name.includes(v)) || CLAUSE_START.test(name)) continue;
    // "PO下来了", "合同批下来了": 下来 / 回来 / 出来… is one verb, not a name followed by 来
    if (/[下上回出过起进]$/u.test(name) && text[(m.index ?? 0) + m[0].length] === "来") continue;
    // ("vivo的采购打电话来", "IBM来电": a Latin name opening the clause counts too, unless it is a word of the trade)
    // (only opening the message or a clause: after a space it is as often a person, "Globex 电话 Tom说…")
    const start = (m.index ?? 0) + m[0].length - name.length;
    const latinName =
      /^[A-Za-z][A-Za-z0-9&.'-]+$/u.test(name) && !LATIN_NOT_NAME.test(name) && (start === 0 || /[，。！？；,.!?;\p{Script=Han}]/u.test(text[start - 1] ?? ""));
    if (OTHER_BOUNDARIES.some((w) => name.includes(w)) || (!latinName && !/\p{Script=Han}/u.test(name)) || CLAUSE_WORDS.test(name)) continue;
    addCandidate(hints, name, 1, (m.index ?? 0) + m[0].length - name.length);
  }

  // "北京字节 来电", "深圳大疆 拜访 下周一": the message opens with a name alone, then a space and what happened
  const heading = HEADING_NAME.exec(text);
  const headingName = heading?.groups?.name ?? "";
  const headingTaken = Boolean(heading) && mayHeadNote(headingName);
  if (headingTaken) addCandidate(hints, headingName, 1, heading!.index + heading![0].length - headingName.length);
  // "安踏 上周去拜访过一次", "华润万家 门店数字化项目 今天第一次电话", "中国联通 省公司 来电": a name alone heading the
  // note, then a space and anything, in a note that tells of a contact; a label heading it ("备注 …", "紧急 …") is none
  const opening = headingTaken ? null : OPENING_WORD.exec(text);
  const openingName = opening?.groups?.name ?? "";
  const openingTaken =
    opening !== null &&
    /\p{Script=Han}/u.test(openingName) &&
    !HEADING_LABELS.test(openingName) &&
    mayHeadNote(openingName) &&
    CONTACT_WORDS.test(text.slice(opening[0].length));
  if (opening && openingTaken) addCandidate(hints, openingName, 1, opening.index + opening[0].indexOf(openingName));
  // "Initec 下周二 上门演示": a Latin name heading a Chinese note (looked up as typed, so a typo is offered as a guess).
  const latin = LATIN_HEADING.exec(text);
  if (latin?.groups?.name && !LATIN_NOT_NAME.test(latin.groups.name))
    hints.company(latin.groups.name, 1, latin.index + latin[0].length - latin.groups.name.length);

  for (const m of allMatches(text, TRIGGER_CAPTURE)) {
    const name = m.groups?.name ?? "";
    // "伊利 上门拜访 初步聊了…": after a heading name, what follows the verb and a space is what was said, not who
    const spaced = /\s$/u.test(m[0].slice(0, m[0].length - name.length));
    // ("拼多多 陌生拜访 前台没让进": likewise after a name opening the note)
    addCandidate(hints, name, spaced && (headingTaken || openingTaken) ? 0 : 2, (m.index ?? 0) + m[0].length - name.length);
  }
  for (const m of allMatches(text, FROM_PLACE)) {
    const name = m.groups?.name ?? "";
    addCandidate(hints, name, 2, (m.index ?? 0) + m[0].length - name.length);
  }
  for (const m of allMatches(text, RECEIVED_FROM)) {
    const name = m.groups?.name ?? "";
    addCandidate(hints, name, 2, (m.index ?? 0) + m[0].indexOf(name));
  }

  // "跟Acme的Tom开会": a Latin given name after 的 is a person at that company
  for (const m of allMatches(text, /的\s?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/gu)) {
    const index = m.index ?? 0;
    hints.contact(m[1] ?? "", 3, index + 1);
    const { name } = nameEndingAt(text, index);
    if (!isJunk(name)) hints.company(name, 3, index - name.length);
  }

  // "跟华为的张伟通了电话": a full name after "<customer>的" (or after a role: "对接人叫赵敏")
  extractFullNamesAfterCompany(text, hints, (at) => {
    const { name } = nameEndingAt(text, at);
    // (not IS_CONTACT: 小米 looks like the nickname 小王, and is still a company here)
    return !isJunk(name) ? name : null;
  });

  // "大疆的市场部经理刚才来电话", "认识了网易的采购总监": a role at the customer, with no surname to read it by
  for (const m of allMatches(text, ROLE_AT)) {
    const { name } = nameEndingAt(text, m.index ?? 0);
    if (name.length >= 2 && !isJunk(name) && !IS_CONTACT.test(name) && !CLAUSE_WORDS.test(name) && !PRONOUN_START.test(name))
      hints.company(name, 3, (m.index ?? 0) - name.length);
  }

  for (const m of allMatches(text, INTRODUCED)) {
    const name = m.groups?.name ?? "";
    if (!isJunk(name) && !IS_CONTACT.test(name) && !CLAUSE_WORDS.test(name) && !/项目|客户|单子|资源|机会/u.test(name))
      hints.company(name, 3, (m.index ?? 0) + m[0].length - name.length);
  }
  for (const m of allMatches(text, FRIEND_AT)) {
    const { name } = nameEndingAt(text, (m.index ?? 0) - (text[(m.index ?? 0) - 1] === "的" ? 1 : 0));
    if (name.length >= 2 && !isJunk(name) && !IS_CONTACT.test(name) && !CLAUSE_WORDS.test(name) && !PRONOUN_START.test(name))
      hints.company(name, 3, (m.index ?? 0) - name.length);
  }
  for (const m of allMatches(text, ROLE_GLUED)) {
    const name = m.groups?.name ?? "";
    if (!isJunk(name) && !CLAUSE_WORDS.test(name) && !PRONOUN_START.test(name)) hints.company(name, 3, (m.index ?? 0) + m[0].indexOf(name));
  }
  for (const m of allMatches(text, DIVISION)) {
    const name = m.groups?.name ?? "";
    if (!isJunk(name) && !CLAUSE_WORDS.test(name) && !PRONOUN_START.test(name)) hints.company(name, 3, (m.index ?? 0) + m[0].indexOf(name));
  }

  for (const m of allMatches(text, /那边|这边|方面/gu)) {
    const { name } = nameEndingAt(text, m.index ?? 0);
    if (!isJunk(name) && !IS_CONTACT.test(name)) hints.company(name, 1, (m.index ?? 0) - name.length);
  }
}
