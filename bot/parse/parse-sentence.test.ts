// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from 'vitest';
import { parseSentence, type ActivityKind, type ParseProblem, type ParsedSentence, type StageKey } from './parse-sentence.js';
import { NEW_YORK, NOW, SHANGHAI, localStamp } from './test-support.js';

/**
 * Every row states the full expected outcome; fields left out must be empty
 * (null / [] / false), so a spurious extraction fails the test as surely as a
 * missing one.
 */
interface Expected {
  activity?: ActivityKind | null;
  companies?: string[];
  contacts?: string[];
  /** local wall time in the row's zone; a trailing "*" means hasTime: true */
  followUp?: string | null;
  occurredAt?: string | null;
  amount?: readonly [number, string] | null;
  stage?: StageKey | null;
  wantsQuote?: boolean;
  problems?: ParseProblem[];
}

function project(r: ParsedSentence, timezone: string): Required<Expected> {
  const stamp = (d: ParsedSentence['followUp']): string | null =>
    d ? `${localStamp(d.at, timezone)}${d.hasTime ? '*' : ''}` : null;
  return {
    activity: r.activity,
    companies: r.companyHints,
    contacts: r.contactHints,
    followUp: stamp(r.followUp),
    occurredAt: stamp(r.occurredAt),
    amount: r.amount ? [r.amount.minor, r.amount.currency] : null,
    stage: r.stageHint,
    wantsQuote: r.wantsQuote,
    problems: r.problems,
  };
}

function withDefaults(e: Expected): Required<Expected> {
  return {
    activity: e.activity ?? null,
    companies: e.companies ?? [],
    contacts: e.contacts ?? [],
    followUp: e.followUp ?? null,
    occurredAt: e.occurredAt ?? null,
    amount: e.amount ?? null,
    stage: e.stage ?? null,
    wantsQuote: e.wantsQuote ?? false,
    problems: e.problems ?? [],
  };
}

const ENGLISH: Array<[string, Expected]> = [
  ['called Acme, they want a quote next Tuesday, budget 200k', {
    activity: 'call', companies: ['Acme'], followUp: '2026-12-01 09:00', amount: [20_000_000, 'USD'], stage: 'proposal', wantsQuote: true,
  }],
  ['met Li Lei at Foo Ltd tomorrow 3pm', {
    activity: 'meeting', companies: ['Foo Ltd'], contacts: ['Li Lei'], followUp: '2026-11-26 15:00*',
  }],
  ['Emailed Globex Corp the proposal, follow up Friday', {
    activity: 'email', companies: ['Globex Corp'], followUp: '2026-11-27 09:00', stage: 'proposal',
  }],
  ['Visited Initech yesterday, they confirmed requirements', {
    activity: 'visit', companies: ['Initech'], occurredAt: '2026-11-24 09:00', stage: 'qualified',
  }],
  ['Called John from Umbrella Inc, deal worth $1.5m, negotiating on price', {
    activity: 'call', companies: ['Umbrella Inc'], contacts: ['John'], amount: [150_000_000, 'USD'], stage: 'negotiation',
  }],
  ['Had lunch with Mr. Smith from Wayne Enterprises, they signed the contract!', {
    activity: 'meeting', companies: ['Wayne Enterprises'], contacts: ['Mr. Smith'], stage: 'won',
  }],
  ['Lost the Hooli deal, they went with a competitor', { companies: ['Hooli'], stage: 'lost' }],
  ['Spoke with Sarah Connor at Cyberdyne Systems, budget $50k, send quote by end of the week', {
    activity: 'call', companies: ['Cyberdyne Systems'], contacts: ['Sarah Connor'], followUp: '2026-11-27 09:00', amount: [5_000_000, 'USD'], stage: 'proposal', wantsQuote: true,
  }],
  ['phoned IBM about renewal, call back next friday 3pm', {
    activity: 'call', companies: ['IBM'], followUp: '2026-12-04 15:00*',
  }],
  ["quick note: Acme's CTO wants pricing for 500 seats", { companies: ['Acme'], stage: 'proposal', wantsQuote: true }],
  ['meeting with Stark Industries on March 5 to review the proposal', {
    activity: 'meeting', companies: ['Stark Industries'], followUp: '2027-03-05 09:00', stage: 'proposal',
  }],
  ['Met with Jane Doe last Friday, she asked for a discount', {
    activity: 'meeting', contacts: ['Jane Doe'], occurredAt: '2026-11-20 09:00', stage: 'negotiation',
  }],
  ["called Acme Corp. They're interested. Budget around 200,000.", {
    activity: 'call', companies: ['Acme Corp.'], amount: [20_000_000, 'USD'],
  }],
  ['Follow up with Initech on Feb 30', { companies: ['Initech'], problems: [{ code: 'invalid-date', text: 'Feb 30' }] }],
  ['visited Pied Piper on the 32nd', {
    activity: 'visit', companies: ['Pied Piper'], problems: [{ code: 'invalid-date', text: 'the 32nd' }],
  }],
  ['emailed Bob at Dunder Mifflin Paper Co about the 20k order', {
    activity: 'email', companies: ['Dunder Mifflin Paper Co'], contacts: ['Bob'], amount: [2_000_000, 'USD'],
  }],
  ['Sat down with the team at Globex yesterday afternoon', {
    activity: 'meeting', companies: ['Globex'], occurredAt: '2026-11-24 14:00',
  }],
  ['Ping Umbrella Corp next week about the $2,500 renewal', {
    companies: ['Umbrella Corp'], followUp: '2026-11-30 09:00', amount: [250_000, 'USD'],
  }],
  ['Met Zhang Wei from Huawei Technologies, budget 1.2m RMB', {
    activity: 'meeting', companies: ['Huawei Technologies'], contacts: ['Zhang Wei'], amount: [120_000_000, 'CNY'],
  }],
  ['Demo for Initech on Dec 5 at 2pm', { activity: 'meeting', companies: ['Initech'], followUp: '2026-12-05 14:00*' }],
  ["Call with Tyrell Corp went well. They're negotiating, want 10% discount", {
    activity: 'call', companies: ['Tyrell Corp'], stage: 'negotiation',
  }],
  ['Sent the quote to Acme yesterday', { activity: 'email', companies: ['Acme'], occurredAt: '2026-11-24 09:00', stage: 'proposal' }],
  ['Budget for 2026 is 80k, met with Vandelay Industries', {
    activity: 'meeting', companies: ['Vandelay Industries'], amount: [8_000_000, 'USD'],
  }],
  ['Visited Soylent Corp on 11/20', { activity: 'visit', companies: ['Soylent Corp'], occurredAt: '2026-11-20 09:00' }],
  ['call Acme tomorrow at 3', { activity: 'call', companies: ['Acme'], followUp: '2026-11-26 15:00*' }],
  ['called them back, no answer', { activity: 'call' }],
  ['called 13800138000 no answer', { activity: 'call' }],
  ['emailed Massive Dynamic Inc, closed the deal for €20k', {
    activity: 'email', companies: ['Massive Dynamic Inc'], amount: [2_000_000, 'EUR'], stage: 'won',
  }],
  ['met Ms. Lopez from Oscorp, wants a quotation by end of month, HK$500k', {
    activity: 'meeting', companies: ['Oscorp'], contacts: ['Ms. Lopez'], followUp: '2026-11-30 09:00', amount: [50_000_000, 'HKD'], stage: 'proposal', wantsQuote: true,
  }],
  // the two weeks they need is when to follow up
  ['Quick call with Acme: they need 2 weeks, budget USD 30k', {
    activity: 'call', companies: ['Acme'], followUp: '2026-12-09 09:00', amount: [3_000_000, 'USD'],
  }],
  ['Spoke to Tom at Initech this afternoon, follow up in 3 days', {
    activity: 'call', companies: ['Initech'], contacts: ['Tom'], followUp: '2026-11-28 09:00',
  }],
  ["Hooli didn't sign yet, will sign next week", { followUp: '2026-11-30 09:00', stage: 'negotiation' }],
  ['emailed Acme on Feb 29', { activity: 'email', companies: ['Acme'], problems: [{ code: 'invalid-date', text: 'Feb 29' }] }],
];

const CHINESE: Array<[string, Expected]> = [
  ['跟华为的张总通了电话，下周二给报价，预算20万', {
    activity: 'call', companies: ['华为'], contacts: ['张总'], followUp: '2026-12-01 09:00', amount: [20_000_000, 'CNY'], stage: 'proposal', wantsQuote: true,
  }],
  ['跟张总通了电话，下周二报价', {
    activity: 'call', contacts: ['张总'], followUp: '2026-12-01 09:00', stage: 'proposal', wantsQuote: true,
  }],
  ['给阿里发了报价邮件', { activity: 'email', companies: ['阿里'], stage: 'proposal' }],
  ['昨天拜访了腾讯，王经理说预算1.2亿', {
    activity: 'visit', companies: ['腾讯'], contacts: ['王经理'], occurredAt: '2026-11-24 09:00', amount: [12_000_000_000, 'CNY'],
  }],
  ['和美团的李经理开会，确认需求，下周三再约', {
    activity: 'meeting', companies: ['美团'], contacts: ['李经理'], followUp: '2026-12-02 09:00', stage: 'qualified',
  }],
  ['上门拜访了平安保险，刘总说月底前签约', {
    activity: 'visit', companies: ['平安保险'], contacts: ['刘总'], followUp: '2026-11-30 09:00', stage: 'negotiation',
  }],
  ['跟字节跳动的陈总监聊了，他们选了别家', { companies: ['字节跳动'], contacts: ['陈总监'], stage: 'lost' }],
  ['小王说京东那边要砍价，报价5000元太贵', {
    companies: ['京东'], contacts: ['小王'], amount: [500_000, 'CNY'], stage: 'negotiation', wantsQuote: false,
  }],
  ['明天下午3点去阿里巴巴集团拜访赵女士', {
    activity: 'visit', companies: ['阿里巴巴集团'], contacts: ['赵女士'], followUp: '2026-11-26 15:00*',
  }],
  ['跟中国银行的孙行长见面，预算两百万', {
    activity: 'meeting', companies: ['中国银行'], contacts: ['孙行长'], amount: [200_000_000, 'CNY'],
  }],
  // a bare today in a report is the time the message arrived (NOW), not an invented 09:00
  ['今天和小米的周经理吃饭，谈价格，预算2.5万', {
    activity: 'meeting', companies: ['小米'], contacts: ['周经理'], occurredAt: '2026-11-25 10:00', amount: [2_500_000, 'CNY'], stage: 'negotiation',
  }],
  ['跟联想签约了，合同额300万', { companies: ['联想'], amount: [300_000_000, 'CNY'], stage: 'won' }],
  ['给百度的吴总发邮件，下个月初再跟进', {
    activity: 'email', companies: ['百度'], contacts: ['吴总'], followUp: '2026-12-01 09:00',
  }],
  ['32号给华为报价', {
    companies: ['华为'], stage: 'proposal', wantsQuote: true, problems: [{ code: 'invalid-date', text: '32号' }],
  }],
  ['2月30日拜访腾讯', { activity: 'visit', companies: ['腾讯'], problems: [{ code: 'invalid-date', text: '2月30日' }] }],
  ['13月份跟进', { problems: [{ code: 'invalid-date', text: '13月份' }] }],
  // an appointment arranged (约了) with no other kind is a meeting to come
  ['约了网易的郑老师下午两点半视频', { activity: 'meeting', companies: ['网易'], contacts: ['郑老师'], followUp: '2026-11-25 14:30*' }],
  ['跟Acme的Tom开会，预算20w', { activity: 'meeting', companies: ['Acme'], contacts: ['Tom'], amount: [20_000_000, 'CNY'] }],
  ['老李说他们公司预算大概50万左右，12月1日前要报价', {
    contacts: ['老李'], followUp: '2026-12-01 09:00', amount: [50_000_000, 'CNY'], stage: 'proposal', wantsQuote: true,
  }],
  ['下星期三和美的集团的何总面谈', {
    activity: 'meeting', companies: ['美的集团'], contacts: ['何总'], followUp: '2026-12-02 09:00',
  }],
  ['周五跟进一下格力的韩经理', { companies: ['格力'], contacts: ['韩经理'], followUp: '2026-11-27 09:00' }],
  ['本周五前发报价给海尔', { companies: ['海尔'], followUp: '2026-11-27 09:00', stage: 'proposal', wantsQuote: true }],
  ['3月5号拜访招商银行', { activity: 'visit', companies: ['招商银行'], followUp: '2027-03-05 09:00' }],
  ['丢单了，客户选了竞争对手', { stage: 'lost' }],
  ['跟他们确认了需求，下周给方案', { followUp: '2026-11-30 09:00', stage: 'proposal' }],
  ['明天上午10点跟蔚来汽车的林总开会', {
    activity: 'meeting', companies: ['蔚来汽车'], contacts: ['林总'], followUp: '2026-11-26 10:00*',
  }],
  ['跟华为张总约了后天下午两点见面', {
    activity: 'meeting', companies: ['华为'], contacts: ['张总'], followUp: '2026-11-27 14:00*',
  }],
  ['拜访了中兴通讯，赵总说下下周一给答复', {
    activity: 'visit', companies: ['中兴通讯'], contacts: ['赵总'], followUp: '2026-12-07 09:00',
  }],
  ['跟理想汽车的宋经理电话沟通了，报价12.5万', {
    activity: 'call', companies: ['理想汽车'], contacts: ['宋经理'], amount: [12_500_000, 'CNY'], stage: 'proposal', wantsQuote: false,
  }],
  ['与招商局集团签约，合同金额1,500,000元', { companies: ['招商局集团'], amount: [150_000_000, 'CNY'], stage: 'won' }],
  ['上周五拜访了美团，预算3千万', {
    activity: 'visit', companies: ['美团'], occurredAt: '2026-11-20 09:00', amount: [3_000_000_000, 'CNY'],
  }],
  ['3小时后给京东回电话', { activity: 'call', companies: ['京东'], followUp: '2026-11-25 13:00*' }],
  ['下个月5号去拜访顺丰的林经理', {
    activity: 'visit', companies: ['顺丰'], contacts: ['林经理'], followUp: '2026-12-05 09:00',
  }],
  ['周二下午3点跟百度开会', { activity: 'meeting', companies: ['百度'], followUp: '2026-12-01 15:00*' }],
  ['跟网易谈了，还没签约', { companies: ['网易'] }],
  ['张总电话13800138000', { contacts: ['张总'] }],
  ['我们今天开了个会', { activity: 'meeting', occurredAt: '2026-11-25 10:00' }],
  ['给京东的刘总打了个电话，1.15万的单子，月底签', {
    activity: 'call', companies: ['京东'], contacts: ['刘总'], followUp: '2026-11-30 09:00', amount: [1_150_000, 'CNY'], stage: 'negotiation',
  }],
  ['今晚8点和格力的董总吃饭', { activity: 'meeting', companies: ['格力'], contacts: ['董总'], followUp: '2026-11-25 20:00*' }],
  ['跟海底捞的杨经理通了电话，下个月初拜访，预算两万五千块', {
    activity: 'call', companies: ['海底捞'], contacts: ['杨经理'], followUp: '2026-12-01 09:00', amount: [2_500_000, 'CNY'],
  }],
  ['跟顺丰的王总说好了，下周签合同', { companies: ['顺丰'], contacts: ['王总'], followUp: '2026-11-30 09:00', stage: 'negotiation' }],
];

/** Chinese chats mix in English names and words; locale is still 'zh'. */
const MIXED: Array<[string, Expected]> = [
  ['明天 call Acme at 3pm', { activity: 'call', companies: ['Acme'], followUp: '2026-11-26 15:00*' }],
  ['跟 Acme Corp 的 John 开会', { activity: 'meeting', companies: ['Acme Corp'], contacts: ['John'] }],
  ['下周二 3pm 跟 IBM demo', { activity: 'meeting', companies: ['IBM'], followUp: '2026-12-01 15:00*' }],
  ['called 华为, 预算20万', { activity: 'call', companies: ['华为'], amount: [20_000_000, 'CNY'] }],
  ['周四之前要给 Globex 发 proposal', { companies: ['Globex'], followUp: '2026-11-26 09:00', stage: 'proposal' }],
];

/** The same instant is Tuesday 21:00 in New York, so relative days shift. */
const NEW_YORK_CASES: Array<[string, Expected]> = [
  ['met Li Lei at Foo Ltd tomorrow 3pm', {
    activity: 'meeting', companies: ['Foo Ltd'], contacts: ['Li Lei'], followUp: '2026-11-25 15:00*',
  }],
  ['called Acme, they want a quote next Tuesday, budget 200k', {
    activity: 'call', companies: ['Acme'], followUp: '2026-12-01 09:00', amount: [20_000_000, 'USD'], stage: 'proposal', wantsQuote: true,
  }],
  ['Visited Initech yesterday', { activity: 'visit', companies: ['Initech'], occurredAt: '2026-11-23 09:00' }],
  // after the US switch to daylight time: still 10:00 on the wall clock
  ['call Acme on March 20 at 10am', { activity: 'call', companies: ['Acme'], followUp: '2027-03-20 10:00*' }],
  ['跟华为的张总通了电话，明天下午3点给报价', {
    activity: 'call', companies: ['华为'], contacts: ['张总'], followUp: '2026-11-25 15:00*', stage: 'proposal', wantsQuote: true,
  }],
  ['今天下午5点拜访了腾讯', { activity: 'visit', companies: ['腾讯'], occurredAt: '2026-11-24 17:00*' }],
];

describe('parseSentence: English phrasings (Asia/Shanghai)', () => {
  it.each(ENGLISH)('%s', (text, expected) => {
    const result = parseSentence(text, { now: NOW, timezone: SHANGHAI });
    expect(result.locale).toBe('en');
    expect(project(result, SHANGHAI)).toEqual(withDefaults(expected));
  });
});

describe('parseSentence: Chinese phrasings (Asia/Shanghai)', () => {
  it.each(CHINESE)('%s', (text, expected) => {
    const result = parseSentence(text, { now: NOW, timezone: SHANGHAI });
    expect(result.locale).toBe('zh');
    expect(project(result, SHANGHAI)).toEqual(withDefaults(expected));
  });
});

describe('parseSentence: mixed Chinese and English', () => {
  it.each(MIXED)('%s', (text, expected) => {
    const result = parseSentence(text, { now: NOW, timezone: SHANGHAI });
    expect(result.locale).toBe('zh');
    expect(project(result, SHANGHAI)).toEqual(withDefaults(expected));
  });
});

describe('parseSentence: America/New_York', () => {
  it.each(NEW_YORK_CASES)('%s', (text, expected) => {
    const result = parseSentence(text, { now: NOW, timezone: NEW_YORK });
    expect(project(result, NEW_YORK)).toEqual(withDefaults(expected));
  });
});

describe('parseSentence: exact instants', () => {
  it('anchors a date-only follow-up at 09:00 in the user zone', () => {
    const r = parseSentence('跟张总通了电话，下周二报价', { now: NOW, timezone: SHANGHAI });
    expect(r.followUp).toEqual({ at: new Date('2026-12-01T01:00:00.000Z'), text: '下周二', hasTime: false });
  });

  it('keeps an explicit clock time and echoes the phrase', () => {
    const r = parseSentence('met Li Lei at Foo Ltd tomorrow 3pm', { now: NOW, timezone: SHANGHAI });
    expect(r.followUp).toEqual({ at: new Date('2026-11-26T07:00:00.000Z'), text: 'tomorrow 3pm', hasTime: true });
  });

  it('reports the amount text as written', () => {
    const r = parseSentence('跟华为的张总通了电话，下周二给报价，预算20万', { now: NOW, timezone: SHANGHAI });
    expect(r.amount).toEqual({ minor: 20_000_000, currency: 'CNY', text: '20万' });
  });

  it('honours defaultCurrency when the text names none', () => {
    const r = parseSentence('called Acme, budget 200k', { now: NOW, timezone: SHANGHAI, defaultCurrency: 'EUR' });
    expect(r.amount).toEqual({ minor: 20_000_000, currency: 'EUR', text: '200k' });
  });

  it('collapses whitespace in the summary', () => {
    const r = parseSentence('  called   Acme\n\n tomorrow\t3pm  ', { now: NOW, timezone: SHANGHAI });
    expect(r.summary).toBe('called Acme tomorrow 3pm');
  });
});

describe('parseSentence: garbage never throws', () => {
  const nothing = {
    activity: null, companyHints: [], contactHints: [], followUp: null, occurredAt: null, amount: null, stageHint: null, wantsQuote: false,
  };
  const cases: Array<[string, string, ParseProblem[]]> = [
    ['empty string', '', [{ code: 'empty' }]],
    ['whitespace only', ' \n\t  ', [{ code: 'empty' }]],
    ['emoji only', '👍👍🎉', [{ code: 'empty' }]],
    ['punctuation only', '!!!???...', [{ code: 'empty' }]],
    ['keyboard mash', 'asdfgh', []],
    ['SQL injection', "'; DROP TABLE deals;--", []],
    ['SQL with a name-like word', "Robert'); DELETE FROM contacts; --", []],
    ['control characters', '\u0000\u0001\u0002abc', []],
    ['lone surrogate', '\uD83D', [{ code: 'empty' }]],
  ];
  it.each(cases)('%s', (_label, text, problems) => {
    const result = parseSentence(text, { now: NOW, timezone: SHANGHAI });
    expect(result).toMatchObject(nothing);
    expect(result.problems).toEqual(problems);
  });

  it('caps 10 kB of English and returns quickly', () => {
    const text = 'called Acme, budget 200k next Tuesday. '.repeat(260);
    const started = performance.now();
    const result = parseSentence(text, { now: NOW, timezone: SHANGHAI });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(result.summary.length).toBe(2000);
    expect(result.problems).toEqual([{ code: 'too-long', length: text.trim().length }]);
    expect(result.companyHints).toEqual(['Acme']);
    expect(result.followUp && localStamp(result.followUp.at, SHANGHAI)).toBe('2026-12-01 09:00');
  });

  it('caps 10 kB of Chinese without splitting an emoji at the cut', () => {
    const text = `${'跟华为的张总通了电话。'.repeat(181)}😀😀😀${'好'.repeat(8000)}`;
    const result = parseSentence(text, { now: NOW, timezone: SHANGHAI });
    expect(result.summary.length).toBeLessThanOrEqual(2000);
    expect(result.summary.endsWith('\uD83D')).toBe(false);
    expect(result.problems[0]).toEqual({ code: 'too-long', length: text.length });
    expect(result.companyHints).toEqual(['华为']);
  });

  it('survives an unknown timezone by falling back to UTC', () => {
    const result = parseSentence('tomorrow 3pm', { now: NOW, timezone: 'Not/AZone' });
    expect(result.followUp?.at.toISOString()).toBe('2026-11-26T15:00:00.000Z');
  });

  it('survives an invalid now', () => {
    const result = parseSentence('called Acme tomorrow', { now: new Date(Number.NaN), timezone: SHANGHAI });
    expect(result.followUp).toBeNull();
    expect(result.companyHints).toEqual(['Acme']);
  });
});

describe('parseSentence: seeded fuzz', () => {
  // Deterministic PRNG so a failure is reproducible from the seed.
  function mulberry32(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const pieces = [
    '跟', '的', '张总', '华为', '下周二', '32号', '2月30日', '月底', '万', '亿', 'w', 'k', '$', '¥', '20', '1.5', ',', '，',
    'called', 'Acme', 'Ltd', 'met', 'at', 'tomorrow', '3pm', 'next', 'Tuesday', 'budget', "'", ';', '--', '😀', '\uD83D',
    ' ', '\n', '报价', '签约', '丢单', '13800138000', '0', '号', '月', '点', 'of', '&', 'Mr.', '小', '老', '王',
  ];
  const random = mulberry32(20261125);
  const inputs = Array.from({ length: 300 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)] ?? '').join(''),
  );

  it('never throws and always returns well-formed results', () => {
    for (const text of inputs) {
      const r = parseSentence(text, { now: NOW, timezone: SHANGHAI });
      expect(r.summary.length).toBeLessThanOrEqual(2000);
      for (const hint of [...r.companyHints, ...r.contactHints]) expect(hint.trim().length).toBeGreaterThanOrEqual(2);
      if (r.amount) expect(Number.isSafeInteger(r.amount.minor) && r.amount.minor > 0).toBe(true);
      for (const d of [r.followUp, r.occurredAt]) if (d) expect(Number.isNaN(d.at.getTime())).toBe(false);
      if (r.followUp) expect(r.followUp.at.getTime()).toBeGreaterThan(NOW.getTime());
      if (r.occurredAt) expect(r.occurredAt.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });
});
