// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { inferActivityIntent } from './infer-activity.js';
import { parseSentence } from './parse-sentence.js';
import type { ActivityKind } from './types.js';

/**
 * How reps actually write a done call / email / meeting / visit: 电话 as a noun with an outcome,
 * call words glued to a company or role by jieba, 会 only in meeting compounds, English idioms.
 * Every case is a REPORT: the kind is logged and it is not a plan.
 */
const DONE: Record<ActivityKind, string[]> = {
  call: [
    'Globex CFO is big on golf, called him today',
    'vm left w/ Contoso CFO, ttyl', 'vms left for the Globex team',
    // probe 25: calls that went unanswered, said with their count; a voice message left; hung up on
    '顺丰打了两次没人接 留了语音', '京东打了三次都没接', '给小米留了条语音', 'Initech gatekeeper hung up on me again, will try their CFO next Wed',
    '华为电话没接', '给腾讯打电话没人接', '京东电话未接通，明天再打', '小米电话占线', '百度的电话一直打不通', '阿里巴巴 电话 没接通', '华为 电话 占线', '美团一直无人接听', '京东打不通，明天再试',
    '打给小米王总，说正在开会，晚点回', '刚打给华为张总，没人接', '拨打了腾讯的客服电话',
    '和京东开了电话会', '跟阿里开了个电话会议，下周三给方案', '电话+微信都联系不上华为', '电话、微信都没回，腾讯失联了',
    '跟王总电话确认了交期', '张总电话里说预算批了', '电话约了下周二拜访美团', '和阿里电话沟通了方案',
    '跟华为的李经理通电话', '接到美团采购的电话', '今天给京东打过电话', '上午去电百度确认合同', '致电小米',
    '华为商务来电询价', '腾讯采购来电话说要加量', '京东那边来电', '字节那边来电话了', '客户打来电话问交期',
    '中芯国际采购经理来电', '美团的王经理打来电话催货', '和百度电联了', '电联华为李总', '网易电话里问了价格',
    'hopped on a call with Acme', 'jumped on a quick call with Globex', 'left a vm for Bob at Initech',
    'got a call from Globex about pricing', 'rang Initech', 'buzzed Hooli about the quote', 'gave Acme a ring',
    'had a call with the Umbrella CFO', 'took a call from Stark this morning',
    "Umbrella didn't pick up, try again Thursday", 'Globex not picking up', 'called Acme, no answer', 'went to voicemail at Initech',
    'Left Stark Industries a message', 'left Bob a voicemail',
    // how many times: 打了三次电话, 两通电话
    '打了三次电话给腾讯，都没人接', '今天给华为打了两通电话', '给小米打了几个电话都没接',
    // finished calls, 电话 + what it was for, and 电话 alone as the note's kind
    '刚跟比亚迪的王总通完电话', '和京东打完电话了', '华为客户反馈有问题，已经电话安抚', '电话答复了腾讯的疑问',
    '跟小米电话商量了交期', '电话汇报了进展给阿里', '华为：电话，要求月底前报价', '腾讯 电话', '京东，电话，下周再约',
    '比亚迪电话没打通', '华为电话没接通', '跟比亚迪通话20分钟，客户有意向', '和华为通话了半小时', '与腾讯的通话很顺利',
    // 电话 as a field of a telegraphic note
    '华为/电话/已发报价/等回复', '【电话】华为 没人接', '腾讯 | 电话 | 客户在出差',
  ],
  email: [
    'Globex - sent follow-up, still waiting on legal', 'sent a follow-up to Initech',
    '华为发邮件来确认了价格', '腾讯来邮件了', '京东邮件来说同意', '回邮件给小米', '跟华为邮件确认了规格',
    '李总邮件里说下周签', '收到美团的邮件', '阿里发来邮件要报价', '百度回了邮件', '给网易发了封邮件',
    'pinged Bob at Acme by email', 'shot them an email', 'shot Globex an email about pricing',
    'replied to their email', 'responded to the Initech email', 'emailed Hooli the deck',
    'Globex replied — they need the SOC2 report', 'Initech wrote back, they are in', 'replied to Acme with the new pricing',
    // Mail that came in is done even when the clause goes on to ask for something ahead.
    '比亚迪的报价单已发，对方说要内部讨论', '华为的合同已经发过去了', '方案都发了，等京东回复',
    '美团发邮件来要发票', '京东商务发邮件来要报价单，明天前回', '小米来邮件确认下周二上午十点的演示', '网易采购发邮件来催合同',
  ],
  meeting: [
    'spent 2 hours with Fabrikam going over pricing', 'spent the whole day with the Globex team', 'held a workshop with Initech',
    '跟阿里的采购谈了两个小时，卡在付款方式上', '和华为聊了一下午', '跟腾讯谈了3个小时',
    '两天之前见过腾讯，下周再约', '上周见过美团的王总',
    '和华为开了视频会', '跟腾讯开了线上会', '今天和小米周会', '跟百度例会上过了方案',
    '和阿里开会', '和美团会开完了', '开完会，华为同意试用', '跟京东的王总碰了个头', '和小米李总见了一面',
    '约饭吃了，腾讯挺满意', '请华为张总吃饭', '跟字节开了个视频会，聊了预算',
    // Drinks, karaoke and golf with a customer are meetings as much as a dinner is.
    'played golf with Globex CFO', 'karaoke with the Globex team last night', 'happy hour with the Initech team',
    '昨天晚上跟腾讯的马总喝酒，他说下个月招标', '和美的王总喝了点酒', '陪京东的客户唱K', '和华为李总打了场高尔夫',
    'met Bob at a cafe', 'met the Acme team at Starbucks', 'had coffee with Globex',
    '周一和阿里巴巴开了启动会', '跟华为开了需求评审会', '和腾讯开完了项目周例会', '和京东开了个沟通会',
    '和阿里巴巴的王总在咖啡厅聊了半小时', '跟京东的李经理在星巴克谈了一下', '和腾讯的人在茶楼聊了聊合作',
    // 交流 and 谈 held in person: a technical exchange, a negotiation that took the afternoon
    '和小米科技做了技术交流，下周一发资料', '跟华为做了一次深入交流', '和京东做了产品交流', '跟腾讯的采购谈了一下午，价格压到45万',
    '和美团洽谈了合作细节', '跟华为开了项目启动会', '和腾讯的技术团队开了需求评审会', '跟百度商谈了一上午', '和阿里当面沟通了需求', '与网易会谈很顺利',
    // the customer came to us (probes 15 and 16: every tester read it as a meeting; a visit is ours to them)
    '腾讯上周五来过公司，聊了二期', '华为的人今天来公司参观了', '小米的王总来我们这边坐了坐', '美团来我司考察了',
    'Contoso came by our office Tuesday, pushing hard for 10% off', 'Globex came to our office for a demo yesterday',
    '上周六京东的人来我们公司参观了 挺满意 下下周一去他们那边回访', '上周三在我们公司接待了华为的考察团',
    // probes 24 and 25: "at our office", "visited our office", "our NYC office"
    "meeting at our office with Acme yesterday afternoon, they're comparing us against two other vendors",
    'Northwind visited our office this morning for the workshop', 'Alibaba Cloud guy from the SF office swung by our NYC office yesterday',
    'met the Initech team in our Shanghai office', 'Contoso visited us last week',
  ],
  visit: [
    'spent the morning at Fabrikam', 'spent an hour on site at Fabrikam walking through the rollout plan', 'on site at Globex walking through the project plan', 'spent 30 minutes at Initech\'s office',
    '去腾讯调研了一下',
    '回访完美团，客户挺满意', '昨天回访了比亚迪',
    '下午去华为开了个会，会上确定了实施范围', '去腾讯开了个短会',
    'swung by Acme this morning', 'stopped by Globex', 'dropped in on Initech', 'popped over to Hooli\'s office',
    'went over to the Acme plant', 'was at their office today, Acme liked it', 'was at their HQ',
    'was at the Globex factory', 'met Bob at their office', 'met Jane at Acme\'s site', 'met with them at their plant',
    '去了京东那边，聊得不错', '拜访了华为',
    // a meeting held at the customer's place is a visit, whatever else the clause says
    '今天去阿里巴巴做了产品培训', '上午去华为进行了技术交流', '去京东参加了他们的供应商大会', '下午去了趟小米', '昨天下午去了趟比亚迪 见了采购', '上周去了趟京东，见了张总',
    "in-person meeting at Globex's office, went really well", 'meeting at their HQ went well', 'In person meeting with Acme',
    'Met the Acme team onsite today', 'met Globex on-site this morning, budget around $80k', 'meeting at Initech onsite went well',
  ],
  // A WeChat or message whose content is reported happened, whatever its content plans.
  note: ['华为王总发微信说下周可以见面', '腾讯李总微信问能不能下周三来公司', '小米的张工发消息说明天要来拜访', '京东发微信表示下个月签约', '和华为微信交流了几句'],
};

const REPORTS = Object.entries(DONE).flatMap(([kind, texts]) => texts.map((t) => [t, kind] as const));

describe('done activities in everyday phrasings', () => {
  it.each(REPORTS)('%s => %s', (text, kind) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(false);
  });
});

describe('会 as the modal "will" and 电话 as a number are no activity', () => {
  it.each(['电话 13800138000', '王总 电话 138 0013 8000', '小米科技想要个demo环境，周五前搭好', 'set up a demo account for Acme', '给京东开了demo账号', '腾讯会考虑一下', '华为下周会签', '这个月会下单', '张总电话是13800138000', '京东的电话号码变了', '华为开了会员账号', '腾讯开了发票'])('%s', (text) => {
    expect(inferActivityIntent(text).activity).toBeNull();
  });
  it.each<[string, ActivityKind]>([
    ['华为明天会来电话', 'call'],
    ['下周二跟腾讯开周会', 'meeting'],
    // going there to exchange or demo is a visit to arrange; 明天发微信说一下 is an errand
    ['下午去比亚迪做交流', 'visit'],
    ['下个月初去小米科技做演示', 'visit'],
    ['周四去华为进行技术交流', 'visit'],
    ['12月10号去比亚迪交流', 'visit'],
    ['明天去华为洽谈', 'visit'],
    ['明天和华为洽谈合同细节', 'meeting'],
    ['阿里巴巴这周先发方案，下周三再电话跟进', 'call'],
    // one arranged event named twice (现场 + 演示), and a customer coming to our office
    ['跟华为约了12月10号现场演示', 'visit'],
    ['比亚迪下周一到公司考察', 'visit'],
    ['腾讯周五到我们办公室参观', 'visit'],
    // probe 20: in English too
    ['fabrikam coming to our office thurs 2pm', 'visit'],
    ['Globex is coming in to see us next week', 'visit'],
    ['下周二上午9:30和小米科技开项目启动会', 'meeting'],
    ['周四跟华为开方案沟通会', 'meeting'],
    // 跟X电话 at the end of a plan is a call to make
    ['本周五下午四点半跟华为电话', 'call'],
    ['明天上午和腾讯李总电话', 'call'],
  ])('%s is a planned %s', (text, kind) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(true);
  });
});

/** Several past activities on different days: the most recent one is the record, the earlier one stays in the text. */
const LATEST: Array<[string, ActivityKind]> = [
  ['上周五拜访过华为，今天电话跟进，对方说月底签', 'call'],
  ['昨天去了京东那边，今天发了邮件', 'email'],
  ['前天跟腾讯吃了饭，今天上午又通了电话', 'call'],
  ['上周给小米发过邮件，刚才拜访了他们', 'visit'],
  ['上个月跟百度开过会，今天电话没人接', 'call'],
  ['visited them last week, called today', 'call'],
  ['visited Acme last week and called them today', 'call'],
  ['called Acme yesterday, emailed them today', 'email'],
  ['met Globex last Tuesday, just rang them', 'call'],
  ['emailed Initech 3 days ago, swung by their office this morning', 'visit'],
  // one clause, two days: a Chinese time word belongs to the verb after it
  ['上个月拜访过的比亚迪今天回复了邮件', 'email'],
  ['上周见过面的腾讯刚才打来电话', 'call'],
  // on the way to our office is no visit
  ['来公司的路上给华为打了电话', 'call'],
  ['昨天开过会的京东今天又发了邮件', 'email'],
  // same day, or no earlier day named: text order stands
  ['拜访了华为，电话沟通了需求', 'visit'],
  ['今天拜访了华为，下午又打了电话', 'visit'],
  ['called Acme, then emailed the deck', 'call'],
];

describe('the most recent of several reported activities', () => {
  it.each(LATEST)('%s => %s', (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'UTC'];
  const nows = [new Date('2026-03-11T02:30:00Z'), new Date('2026-11-20T15:00:00Z')];
  it.each(zones.flatMap((tz) => nows.map((now) => [tz, now] as const)))('in %s at %s it is a report, not a plan', (timezone, now) => {
    for (const [text, kind] of LATEST) {
      const parsed = parseSentence(text, { now, timezone });
      expect([text, parsed.activity, parsed.planned]).toEqual([text, kind, false]);
    }
  });
});

describe('call verbs after a company or role noun survive jieba gluing', () => {
  const roles = ['采购', '商务', '采购经理', '老板', '王总', '那边', '对方', '总部', '财务'];
  const companies = ['华为', '中芯国际', '比亚迪', '宁德时代', '阿里云', '蔚来', '理想汽车'];
  const verbs = ['来电', '来电话', '打来电话', '致电', '回电', '电联了', '去电确认'];
  const texts = companies.flatMap((c, i) => roles.map((r, j) => `${c}${r}${verbs[(i + j) % verbs.length]}`));
  it.each(texts)('%s is a call', (text) => {
    expect(inferActivityIntent(text).activity).toBe('call');
  });
  it.each(['未来电商的方案不错', '回电脑前看了报价', '过去电子厂那边的需求'])('%s is no call', (text) => {
    expect(inferActivityIntent(text).activity).not.toBe('call');
  });
});

// "quote sent", "proposal is out" were notes: a document sent is an email unless a chat app is named.
describe("a document said to be sent is an email", () => {
  it.each([
    ["quote sent to Globex", "email"],
    ["Initech - proposal is out, waiting on them", "email"],
    ["contract was sent over yesterday", "email"],
    ["quote sent via wechat", "note"],
  ])("%s => %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });

  it.each(["the quote is out of date", "their contract is out of scope"])("%s is no activity", (text) => {
    expect(inferActivityIntent(text).activity).toBeNull();
  });
});

// 去 + a known customer (masked 某某 by maskNames): the rep going there is a visit; what is sent or moved there is not.
describe("going to a customer", () => {
  it.each([
    ["上周三去了某某", "visit", false],
    ["明天下午去某某", "visit", true],
    // a place of the customer's between ("去京东亦庄见了采购部刘经理" was a meeting; found by the fresh probe)
    ["去某某亦庄见了采购部刘经理 对方要求三家比价", "visit", false],
  ] as const)("%s => %s", (text, kind, planned) => {
    const intent = inferActivityIntent(text);
    expect([intent.activity, intent.planned]).toEqual([kind, planned]);
  });

  it.each(["张工跳槽去某某", "把方案发去某某", "他们的订单转去某某", "样品明天寄去某某", "他去某某工作了", "去某某买了点东西"])("%s is no visit", (text) => {
    expect(inferActivityIntent(text).activity).not.toBe("visit");
  });
});
