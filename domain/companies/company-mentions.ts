import { distinctiveNameAfterPlace } from "./name-after-place.js";
import { brandAliases, isLowerCaseSafeAcronym } from "../shared/brand-names.js";
import { normalizeText, stripCompanySuffix } from "../shared/search-key.js";
import { byText, rememberRecent } from "../shared/remember-recent.js";

/** What the mention scan needs of a company: its stored keys, plus a shorter form people use. */
export interface MentionEntry {
  id: string;
  name: string;
  /** Normalized keys from searchKey: short name, full name, pinyin. */
  keys: string[];
  /** "阿里" for 阿里巴巴, "stark" for Stark Industries: matched only as weaker evidence. */
  partials: string[];
  /** The whole name, normalized. */
  full: string;
}

export interface CompanyMention {
  id: string;
  name: string;
  /** Span in the original text. */
  start: number;
  end: number;
  /** A full key matched; false for a partial ("阿里" for 阿里巴巴). */
  strong: boolean;
  /** The whole registered name matched ("Acme Corp"), not only its short form ("Acme"). */
  exact: boolean;
}

const HAN = /\p{Script=Han}/u;
/**
 * Reps type names in lower case ("called stark", "mtg w/ stark"): right after a contact verb or
 * "with" a lower-case first word of a known name is that company; elsewhere ("a stark contrast") it is a word.
 */
/** "called acme + northwind", "emailed globex and initech": the second of two names after a contact verb. */
const LISTED_AFTER_CONTACT = /\b(?:called|emailed|met|visited|pinged|texted|messaged)\s+(?:w\/\s*|with\s+)?[\w&'’.-]+(?:\s+[\w&'’.-]+)?\s*(?:\+|&|,|and)\s*$/iu;
const CONTACT_WORD_BEFORE =
  /\b(?:called|call|calling|phoned|rang|emailed|email|e-mailed|pinged|ping|texted|met|meet|meeting|mtg|visited|visit|demo(?:ed|'d)?|lunch|dinner|coffee|sync|with|w\/|w|from|lost|won|signed|closed|chased|nudged|quoted|pitched|invoiced|onboarded|heard\s+from|spoke\s+to|talked\s+to|send|sent|sending|forward(?:ed)?|(?:onsite|on[- ]site|workshop)\s+at|(?:vm|voicemail|message|msg|note|quote|proposal|deck|invoice|email|e-mail|mail|text|contract|nda|sow|info|docs?|materials?|pricing|reply)\s+(?:for|to))\s+$/iu;
/** "left a vm for art at vandelay", "called bob at northwind", "emailed jim from initech": the person's company. */
const PERSON_AT_BEFORE =
  /\b(?:for|to|with|w\/|called|call|emailed|email|pinged|texted|met|messaged)\s+(?!(?:the|a|an|our|their|my|lunch|dinner|coffee|home|work|noon|night)\b)[A-Za-z][\w'’.-]*\s+(?:at|from|@)\s+$/iu;
/**
 * "northwind's cfo called", "lunch w/ the northwind team", "how did the northwind call go", "northwind 40k": a lower-case first word of a known name
 * owning something, or with a figure, is that company wherever it stands ("a stark contrast" is none of these).
 */
const NAME_CONTEXT_AFTER =
  /^(?:['’]s\b|\s+(?:team|folks|people|guys|cfo|ceo|cto|cio|coo|vp|procurement|legal|deal|opp|opportunity|account|contract|renewal|po|office|offices|hq|site|project|rollout|pilot|poc|call|meeting|mtg|demo|visit|lunch|rfp|rfq|rfi|sow|nda|msa)\b|\s+(?:(?:mrr|arr|acv|tcv|budget)\s+)?[$€£¥]?\d)/iu;
/**
 * "northwind call. they need legal review", "northwind site visit went well", "northwind rfp due dec 18": a lower-case first word of a known
 * name opening the message, followed by what happened with it, is that company ("sunday call" is a day, not
 * Sunday Motors: day and month words never open a message as a name). So is one a Chinese sentence goes on
 * after ("northwind 微信说合同已经盖章了").
 */
const OPENS_WITH_NAME_THEN =
  /^\s*(?:(?:trader|traders|corp|inc|ltd|co|team|folks|people|guys|cfo|ceo|cto|cio|vp|it|procurement|legal|deal|renewal|contract|po|pricing|quote|proposal|account|project|rollout|pilot|poc|onboarding|sales|intro|discovery|status|quick|weekly|qbr|exec|technical|tech|rfp|rfq|rfi|sow|nda|msa|security)\b\s*)*(?:[-–—:,]\s*)?(?:call|calls|called|calling|mtg|meeting|meetings|demo|demos|visit|site\s+visit|onsite|lunch|dinner|coffee|sync|update|follow[\s-]?up|went|go|asked|asks|wants|want|wanted|needs|need|signed|said|says|replied|emailed|pinged|is|are|was|were|has|have|had|got|just|finally|still|loved|liked|pushed|moved|confirmed|agreed|declined|rejected|ghosted|lost|won|closed|churned|renewed|cancelled|canceled|paused|came|sent|requested|decision|decided|deciding|budget|timeline|kickoff|launch|order|ordered|invoice|paid|payment|due|deadline|review|redlines|price|pricing|agreed|quote|quoted)\b|^\s*(?=\p{Script=Han})/iu;
const TIME_WORD =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|tonight|yesterday|morning|evening|afternoon|next|last|this)$/iu;
const LATIN_WORD_CHAR = /[\p{L}\p{N}]/u;
/** Meeting and office tools reps name while talking about another customer. */
const PRODUCT_NAMED_AFTER_MAKER = /^(?:腾讯(?:会议|文档|企点)|飞书(?:会议|文档)|钉钉(?:会议|文档|视频))/u;
const LATIN_KEY = /^[a-z0-9&]+$/u;
/** Characters that may follow a complete Chinese name: particles, conjunctions, common verbs. */
const WORD_END_AFTER = /[的了和与及跟都也在说要来那这方对给是还就已会想发问打约把被今明昨上下刚]/u;
/** Words a rep writes right after a customer's short name ("阿里开会", "阿里电话", "阿里过了需求", "阿里王总来电", "格力合同周三盖章", "阿里季度回顾会"). */
const WORDS_AFTER_NAME =
  /^(?:开会|开了|电话|来电|拜访|过了|见面|沟通|聊|谈|报价|签约|签了|演示|团队|需求|老板|采购部|合同|方案|项目|订单|商机|(?:季度|年度|月度)(?:回顾|复盘|会|例会|总结|规划|评审|沟通|汇报)|回顾|复盘|启动会|例会|交流会|评审|招标|续约|续费|回款|付款|发票|法务|财务|技术部|\p{Script=Han}(?:总|经理|老师))/u;
/** Characters after which a Chinese name may start (verbs and particles of "跟美的开会", "给美的发"). */
const EDGE_BEFORE = /[跟和与给同向对帮替去到在把被了是及请说约见找访问电联进催等陪带为由让叫也就还又都从往的趟]/u;

/** "northwind - quick call", "acme: sent proposal": a name opening the message as its heading is the customer, in any case. */
function isHeading(text: string, start: number, end: number): boolean {
  return /^[\s\-*•>#]*$/u.test(text.slice(0, start)) && /^\s*[-–—:：|]/u.test(text.slice(end));
}

function opensMessage(text: string, key: string, start: number, end: number): boolean {
  return /^[\s\-*•>#]*$/u.test(text.slice(0, start)) && !TIME_WORD.test(key) && OPENS_WITH_NAME_THEN.test(text.slice(end));
}

export function mentionEntry(row: { id: string; name: string; searchKey: string }): MentionEntry {
  // Pinyin of a short Chinese name ("an", "mei") is an ordinary English word far too often.
  const pinyinOnly = (k: string) => HAN.test(row.name) && LATIN_KEY.test(k);
  const keys = row.searchKey.split(" ").filter((k) => k.length >= 2 && !(pinyinOnly(k) && k.length < 5));
  const short = stripCompanySuffix(row.name);
  const partials: string[] = [];
  const shortKey = normalizeText(short);
  // "called Tencent" for 腾讯 (stored before its key had the English name): the other names of a well-known company
  for (const alias of brandAliases(shortKey, normalizeText(row.name))) if (!keys.includes(alias)) keys.push(alias);
  if (HAN.test(shortKey) && [...shortKey].length >= 3) {
    // Chinese short forms are leading characters: 阿里巴巴 → 阿里, 比亚迪 → 比亚 is too odd, so at least half.
    const chars = [...shortKey];
    for (let n = Math.max(2, Math.ceil(chars.length / 2)); n < chars.length; n++) partials.push(chars.slice(0, n).join(""));
  }
  // "杭州海康威视" is written "海康威视" and "海康": the name after its city is a key (a partial when it
  // is two characters, often a word: 广州酒家), its leading characters partials.
  const placeless = HAN.test(shortKey) ? distinctiveNameAfterPlace(shortKey) : null;
  if (placeless) {
    const chars = [...placeless];
    if (chars.length >= 3) keys.push(placeless);
    for (let n = 2; n < chars.length || (n === chars.length && chars.length === 2); n++) partials.push(chars.slice(0, n).join(""));
  }
  const words = short.split(/\s+/u);
  const first = normalizeText(words[0] ?? "");
  if (words.length > 1 && LATIN_KEY.test(first) && first.length >= 4) partials.push(first);
  return { id: row.id, name: row.name, keys, partials: partials.filter((p) => !keys.includes(p)), full: normalizeText(row.name) };
}

/** normalizeText of one character, remembered: fold asks it for every character of every message. */
const foldedChar = rememberRecent(8_192, byText, (ch: string) => normalizeText(ch));

/** The text without spaces and punctuation, lower-cased, with each kept character's index in the original. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    const kept = foldedChar(ch);
    for (const c of kept) {
      folded += c;
      at.push(i);
    }
    if (code > 0xffff) i++;
  }
  return { folded, at };
}

/**
 * Every known company named anywhere in the text, Chinese without spaces included. A Latin key
 * must stand as whole words ("acme" is not in "macmedia"); a partial Latin word must be written
 * capitalized ("Stark"), so ordinary words do not become customers.
 */
export function findMentions(entries: readonly MentionEntry[], text: string): CompanyMention[] {
  const { folded, at } = fold(text.slice(0, 2000));
  if (folded.length < 2) return [];
  const found: CompanyMention[] = [];
  // Partials cut off only by the word-end rule: they still count where another company's short form matched the same span.
  const heldBack: CompanyMention[] = [];
  const tools: CompanyMention[] = [];
  const scan = (entry: MentionEntry, key: string, strong: boolean) => {
    // "called acme + northwind. …, northwind pushed to Q1": once the rep has named it, the same word names it again
    let named = false;
    for (let i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
      const start = at[i]!;
      const end = at[i + key.length - 1]! + 1;
      if (LATIN_KEY.test(key)) {
        if (LATIN_WORD_CHAR.test(text[start - 1] ?? "") && !HAN.test(text[start - 1] ?? "")) continue;
        if (LATIN_WORD_CHAR.test(text[end] ?? "") && !HAN.test(text[end] ?? "")) continue;
        if (
          !strong &&
          !named &&
          !/^[A-Z]/u.test(text[start] ?? "") &&
          !CONTACT_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
          !PERSON_AT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
          !LISTED_AFTER_CONTACT.test(text.slice(Math.max(0, start - 48), start)) &&
          !isHeading(text, start, end) &&
          !(NAME_CONTEXT_AFTER.test(text.slice(end)) && !TIME_WORD.test(key)) &&
          !opensMessage(text, key, start, end)
        )
          continue;
        // "IT", "Box", "GE": a name this short counts only written with its capitals.
        if (key.length <= 3 && !/^[A-Z0-9]/u.test(text[start] ?? "") && !isLowerCaseSafeAcronym(key)) continue;
      }
      // "阿里都在比价" is 阿里巴巴, "中国市场" is not 中国银行: a short form must end where a word can end.
      if (!strong && HAN.test(key) && HAN.test(text[end] ?? "") && !WORD_END_AFTER.test(text[end] ?? "") && !WORDS_AFTER_NAME.test(text.slice(end))) {
        heldBack.push({ id: entry.id, name: entry.name, start, end, strong, exact: false });
        continue;
      }
      // "腾讯会议跟阿里过了需求", "用腾讯会议给比亚迪演示": a product named after its maker is the tool, not the customer
      // (unless no other customer is named: "腾讯会议 聊了报价" is about 腾讯).
      if (PRODUCT_NAMED_AFTER_MAKER.test(text.slice(start))) {
        tools.push({ id: entry.id, name: entry.name, start, end, strong, exact: false });
        continue;
      }
      // "京东方电话" is BOE, another company whose name starts with 京东 (京东方面 / 京东方案 are 京东's side / proposal).
      if (HAN.test(key) && /^方(?!面|案|向|式|法)/u.test(text.slice(end))) continue;
      // 美的 inside 完美的方案: a name ending in a particle counts only at a word edge.
      if (/^\p{Script=Han}的$/u.test(key) && HAN.test(text[start - 1] ?? "") && !EDGE_BEFORE.test(text[start - 1] ?? "")) continue;
      found.push({ id: entry.id, name: entry.name, start, end, strong, exact: strong && key === entry.full });
      named = true;
    }
  };
  for (const entry of entries) {
    for (const key of entry.keys) scan(entry, key, true);
    for (const key of entry.partials) scan(entry, key, false);
  }
  // "跟张三通了电话" with 张三科技 and 张三物流: "张三" is the short form of one and the start of the other, so the rep is asked.
  const shortForms = found.filter((m) => m.strong && !m.exact);
  for (const m of heldBack) if (shortForms.some((k) => k.id !== m.id && k.start === m.start && k.end === m.end)) found.push(m);
  if (found.length === 0) found.push(...tools);
  return longestFirst(found);
}

/** Longest match wins: "Acme Robotics Asia" hides "Acme Robotics" and "Acme" at the same place. */
function longestFirst(found: CompanyMention[]): CompanyMention[] {
  const ranked = [...found].sort((a, b) => Number(b.strong) - Number(a.strong) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CompanyMention[] = [];
  for (const m of ranked) {
    // "Acme" is the short form of Acme Corp and the first word of Acme Logistics: both stay, so the rep is asked.
    // Only the full registered name ("Acme Robotics" itself) or a longer match hides the other.
    const sharedShortForm = (k: CompanyMention) => k.strong && !k.exact && !m.strong && k.start === m.start && k.end === m.end;
    if (kept.some((k) => k.start < m.end && m.start < k.end && !sharedShortForm(k))) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
