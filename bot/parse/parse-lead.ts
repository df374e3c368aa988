import type { LeadSourceKind } from "../../domain/leads/lead.schemas.js";
import { industryOfPiece, regionOfPiece, startsWithLabel } from "../../domain/leads/territory.js";
import { leadTitleIn } from "./lead-title.js";
import { phoneIn } from "./lead-phone.js";
import { isEnglishFirstName } from "./english-first-names.js";
import { surnameAt } from "./name-lexicon.js";

/** What a rep typed about a new lead, pulled apart: who, which company, how to reach them, where from. */
export interface ParsedLead {
  name: string | null;
  companyName: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechatId: string | null;
  /** A province or city given as its own piece ("…，北京，…") or labelled ("地区：华东"). */
  region: string | null;
  /** A labelled industry ("行业：制造", "industry: retail"). */
  industry: string | null;
  source: LeadSourceKind;
  /** A known campaign named in the text. */
  campaign: string | null;
  notes: string;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
/** A WeChat id as WeChat makes them (wxid_…), or any id after a WeChat label. */
const WECHAT_ID = /\bwxid_[A-Za-z0-9_-]{2,40}\b/u;
const WECHAT = /(?:微信号|微信|wechat|weixin|\bwx\b)\s*[:：]?\s*([A-Za-z][\w-]{5,39})/iu;

/** Where the lead came from, by the words people use (checked in this order). */
const SOURCES: [RegExp, LeadSourceKind][] = [
  [/展会|展台|博览会|交易会|trade\s*show|expo\b|exhibition|conference|峰会|summit/iu, "trade-show"],
  [/转介绍|介绍的|推荐的|老客户介绍|介绍[，,；;\s]|推荐[，,；;\s]|referr(?:al|ed)|recommended by|introduced by/iu, "referral"],
  [/官网|网站|表单|留言|website|web\s*form|landing page|contact form/iu, "web"],
  [/广告|投放|百度|抖音|头条|小红书|google ads|facebook|linkedin ad|\bads?\b|campaign ad/iu, "ads"],
  [/企业微信|企微|wecom/iu, "wecom"],
];

/** The source kind a text's words name (展会 → trade-show, 官网 → web, 百度 → ads…), or null: chat's rule, also for an imported source column. */
export function leadSourceIn(text: string): LeadSourceKind | null {
  return SOURCES.find(([re]) => re.test(text))?.[1] ?? null;
}

/** A person as people write them: 王总, 李经理, 陈老师, 张先生; Mr Smith, Dr. Lee. */
const ZH_PERSON = /([\u4e00-\u9fa5]{1,3}?(?:总经理|总监|总|经理|老师|主任|先生|女士|小姐|老板|工|院长|校长|局长|处长|科长))/u;
const EN_PERSON = /\b((?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/u;
/** "Bob Smith from Acme", "Anna at Globex": a capitalised name before from/at/of. */
const EN_NAME_BEFORE_COMPANY = /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,?\s+(?:from|at|of|with)\s+/u;

/** A company named after "from/at/of" (English) or before 的 / with a company word (Chinese). */
const EN_COMPANY = /\b(?:from|at|with|(?<![A-Z][a-z]*\s)of)\s+((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|&|and|of))*)/u;
const ZH_COMPANY_WORD = /([\u4e00-\u9fa5A-Za-z0-9]{2,16}(?:有限公司|公司|集团|科技|银行|医院|大学|学院|研究院|研究所|工厂|厂|中心|事务所))/u;
const ZH_COMPANY_OF = /(?:^|[，,、\s]|来自|是)([\u4e00-\u9fa5A-Za-z0-9]{2,12}?)的[\u4e00-\u9fa5]{1,3}(?:总|经理|老师|主任|先生|女士|小姐|老板)/u;
/** Latin company words: a piece with one of them is a company before it is a person. */
const EN_COMPANY_SUFFIX =
  /\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|LLP|GmbH|AG|SA|PLC|Group|Holdings|Technologies|Technology|Labs|Systems|Solutions|Partners)\b\.?$/u;

/** Field labels a pasted card or form text carries. */
const FIELD_LABELS =
  "地区|区域|城市|省份|所在地|所属行业|行业|姓名|名字|联系人|公司|单位|公司名称|职位|职务|电话|手机|邮箱|微信|微信号|region|city|location|industry|sector|name|contact|company|title|phone|mobile|email|wechat";
const LABELLED = /^(姓名|名字|联系人|name|contact|公司|单位|公司名称|company|职位|职务|title)\s*[:：]\s*(.+)$|^(联系人|姓名)\s*([\u4e00-\u9fa5]{2,4})$/iu;
const LABEL_FIELD: Record<string, "name" | "company" | "title"> = {
  姓名: "name",
  名字: "name",
  联系人: "name",
  name: "name",
  contact: "name",
  公司: "company",
  单位: "company",
  公司名称: "company",
  company: "company",
  职位: "title",
  职务: "title",
  title: "title",
};
/** A date or an order number is no name and no company ("12月15日", "20261215下单"). */
const DATE_LIKE = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|\d{4}\s*年|^\d{6,}|^\d{1,2}\s*[日号]$/u;

const SOURCE_WORDS = /^(?:the\s+)?(?:trade\s*show|expo|website|web\s*form|conference|summit|referral|ads?)$/iu;
/** Pieces that are only a label left behind when its value was taken ("手机：", "M:", "Email"). */
const LABEL_ONLY =
  /^(?:m|t|p|e|w|tel|mob|mobile|phone|cell|email|e-mail|wechat|手机|电话|座机|邮箱|邮件|微信|微信号|地址|new|lead|from|at|the|and|met|a|放公海|公海|进公海|放入公海|pool|to the pool|into the pool)\s*[:：.]?$/iu;

/**
 * "王伟", "欧阳娜娜": a piece that is a person's whole name — a common surname and one or two
 * characters (a compound surname and one or two). "宁德时代" or "拼多多" alone are companies.
 */
function isChinesePersonName(piece: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/u.test(piece)) return false;
  const given = piece.length - (surnameAt(piece)?.length ?? piece.length);
  return given === 1 || given === 2;
}

/** "采购部有意向", "对报价感兴趣": what the lead wants, a note, never the company's name. */
const WHAT_THEY_WANT = /有意向|意向|感兴趣|有需求|需求|想要|想了解|在了解|咨询|要报价|在比价|在谈/u;

/** "比亚迪有需求" → 比亚迪, "宁德时代采购部有意向" → 宁德时代, "采购部有意向" → "": the company before what it wants. */
function companyBeforeWants(piece: string): string {
  const at = WHAT_THEY_WANT.exec(piece)?.index;
  if (at === undefined) return piece;
  // "理想汽车的采购对报价感兴趣": whose people they are
  const head = piece.slice(0, at);
  const owner = /^([\u4e00-\u9fa5A-Za-z0-9&]{2,20}?)的/u.exec(head)?.[1];
  return (owner ?? head).replace(/(?:的|那边|方面|对此|对|也|很|有|在|采购部?|[\u4e00-\u9fa5A-Za-z]{1,2}部)+$/u, "");
}

/** A referrer and the referring word ("华为张总介绍的"): their company and name are not the lead's. */
const ZH_REFERRER = /([\u4e00-\u9fa5A-Za-z0-9]{1,8}?)\s*(?:介绍的|推荐的|介绍来的|介绍过来的|推荐来的|介绍(?=[，,；;\s])|推荐(?=[，,；;\s]))/gu;
const EN_REFERRER = /\b(?:referred|recommended|introduced)\s+by\s+[^,;，；\n]+/giu;

/**
 * Reads a new lead from what a rep typed or pasted ("王总，京东，13800138000，展会上认识的", "Bob Smith
 * from Acme, bob@acme.com, met at the trade show", a business card's lines). Known companies and
 * campaigns named in the text win over guesses, except inside a referral ("华为张总介绍的": 华为 is
 * the referrer's); the whole text is kept as the lead's note.
 */
export function parseLead(text: string, known: { companies: readonly string[]; campaigns: readonly string[] }): ParsedLead {
  const notes = text.trim();
  // A business card's lines and a dash between name and title are pieces like commas.
  let rest = notes
    .replace(/\r?\n+/gu, "，")
    .replace(/\s+[—–|]\s+/gu, "，")
    // "地区：华东 行业：制造 周总 …" on one line: each label starts a piece of its own.
    .replace(new RegExp(`\\s+(?=(?:${FIELD_LABELS})\\s*[:：])`, "giu"), "，");
  rest = withoutReferrers(rest, known.companies);
  // Labelled pieces say what they are: "姓名：张伟", "Company: Initech", "Title: CTO".
  const labelled: Partial<Record<"name" | "company" | "title", string>> = {};
  rest = rest
    .split(/([，,；;、])/u)
    .map((piece) => {
      const m = LABELLED.exec(piece.trim());
      // "联系人刘明": a Chinese label runs into the name without a colon
      const [label, value] = m ? [m[1] ?? m[3]!, (m[2] ?? m[4]!).trim()] : ["", ""];
      const field = m ? LABEL_FIELD[label.toLowerCase()] : undefined;
      if (!m || !field || !value || labelled[field]) return piece;
      labelled[field] = value;
      return " ";
    })
    .join("");
  const take = (re: RegExp, group = 0): string | null => {
    const m = re.exec(rest);
    if (!m) return null;
    rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
    return (m[group] ?? m[0]).trim();
  };
  const email = take(EMAIL);
  const wechatId = take(WECHAT_ID) ?? take(WECHAT, 1);
  const phoneFound = phoneIn(rest);
  const phone = phoneFound?.text ?? null;
  if (phoneFound) rest = `${rest.slice(0, phoneFound.at)} ${rest.slice(phoneFound.at + phoneFound.text.length)}`;
  // The region and industry pieces are neither the person nor the company: taken out first.
  let region: string | null = null;
  let industry: string | null = null;
  rest = rest
    .split(/([，,；;、\n])/u)
    .map((piece) => {
      const place = region ? null : regionOfPiece(piece);
      const trade = industry || place ? null : industryOfPiece(piece);
      if (place) region = place;
      if (trade) industry = trade;
      const value = place ?? trade;
      if (!value) return piece;
      // A labelled value may be followed by more ("行业：制造 周总 美的集团"): the rest stays.
      const at = piece.indexOf(value);
      return startsWithLabel(piece) && at >= 0 ? ` ${piece.slice(at + value.length)}` : " ";
    })
    .join("");
  const source = leadSourceIn(notes) ?? "chat";
  // A Latin campaign name counts as a whole word ("Expo" is not in "Universal Exports").
  const campaign = [...known.campaigns].sort((a, b) => b.length - a.length).find((c) => namedIn(notes.toLowerCase(), c.toLowerCase())) ?? null;
  // The title goes before the company is looked for: "Director of Ops at Acme" names Acme, not Ops.
  const title = labelled.title ?? leadTitleIn(rest);
  if (title && !labelled.title) rest = rest.replace(title, " ");
  const lower = rest.toLowerCase();
  const knownCompany = [...known.companies].sort((a, b) => b.length - a.length).find((c) => c.length >= 2 && lower.includes(c.toLowerCase())) ?? null;
  let companyName = labelled.company ?? (knownCompany ? longerNameAround(rest, knownCompany) : null);
  if (!companyName) {
    const en = EN_COMPANY.exec(rest)?.[1]?.trim();
    companyName = (en && !SOURCE_WORDS.test(en) ? en : null) ?? ZH_COMPANY_OF.exec(rest)?.[1] ?? ZH_COMPANY_WORD.exec(rest)?.[1] ?? null;
  }
  // The company is not part of the name: "京东的王总" → 王总.
  const forName = companyName ? rest.replace(companyName, " ") : rest;
  let name =
    labelled.name ??
    ZH_PERSON.exec(forName)?.[1]?.replace(/^[的和与跟是了在及]+/u, "") ??
    EN_PERSON.exec(forName)?.[1] ??
    EN_NAME_BEFORE_COMPANY.exec(forName)?.[1] ??
    null;
  const pieces = forName
    .split(/[，,、;；。]+/u)
    .map((p) => p.trim())
    .filter((p) => p && !SOURCES.some(([re]) => re.test(p)) && !LABEL_ONLY.test(p) && !/^\d[\d\s.-]*$/u.test(p) && !DATE_LIKE.test(p));
  const latinWords = (p: string) => /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$/u.test(p) && !EN_COMPANY_SUFFIX.test(p);
  if (!name) {
    // "王伟，京东，138…": a short Chinese piece; or capitalised words ("Maria Garcia"), the first such piece.
    // (a piece opening with a given name first: "Hooli, Gavin Belson" is Gavin at Hooli)
    name =
      pieces.find(isChinesePersonName) ??
      pieces.find((p) => latinWords(p) && isEnglishFirstName(p.split(/\s+/u)[0]!)) ??
      pieces.find((p) => latinWords(p)) ??
      null;
  }
  if (!companyName) {
    // "王总，京东，138…" / "Lisa Ray, Nike": the piece that is not the name.
    const others = pieces.filter((p) => p !== name && !(name && name.includes(p)));
    companyName =
      others.map(companyBeforeWants).find((p) => /^[\u4e00-\u9fa5A-Za-z0-9&]{2,20}$/u.test(p) && /[\u4e00-\u9fa5]/u.test(p)) ??
      others.find((p) => EN_COMPANY_SUFFIX.test(p) && /^[A-Z]/u.test(p)) ??
      others.find((p) => /^[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|and|of)){0,4}$/u.test(p) && !SOURCE_WORDS.test(p)) ??
      null;
  }
  if (name && companyName && name.includes(companyName)) name = name.replace(companyName, "").trim() || null;
  // "小米李经理": a company run into the person (a surname is one character before the title word).
  const runTogether =
    name && !companyName ? /^([\u4e00-\u9fa5]{2,})([\u4e00-\u9fa5](?:总经理|总监|总|经理|老师|主任|先生|女士|小姐|老板|工))$/u.exec(name) : null;
  if (runTogether) {
    companyName = runTogether[1]!;
    name = runTogether[2]!;
  }
  return { name, companyName, title, phone, email, wechatId, region, industry, source, campaign, notes };
}

/**
 * A known customer's name inside a longer one is that other company: 京东 in "京东方科技集团" or a
 * piece "华为云" names 京东方科技集团 / 华为云, not 京东 / 华为. "京东的王总" or "华为张总" stay 京东 / 华为.
 */
function longerNameAround(text: string, known: string): string {
  const piece = text.split(/[，,；;、。\s]+/u).find((p) => p.toLowerCase().includes(known.toLowerCase()));
  if (!piece || piece.length === known.length) return known;
  const word = ZH_COMPANY_WORD.exec(piece)?.[1];
  if (word && word.length > known.length && word.includes(known)) return word;
  const plainName = /^[\u4e00-\u9fa5A-Za-z0-9&]{2,20}$/u.test(piece) && !ZH_PERSON.test(piece) && !piece.includes("的") && !leadTitleIn(piece);
  return plainName && piece.startsWith(known) ? piece : known;
}

/**
 * The text without its referrers: "referred by Dr. Lee at Acme" always; "华为张总介绍的" when the run
 * before 介绍 names a known customer or a person (a bare "老客户介绍的" stays: it names nobody).
 */
function withoutReferrers(text: string, companies: readonly string[]): string {
  return text.replace(EN_REFERRER, " ").replace(ZH_REFERRER, (whole, who: string) => {
    const namesSomeone = ZH_PERSON.test(who) || companies.some((c) => c.length >= 2 && who.includes(c));
    return namesSomeone ? " " : whole;
  });
}

/** Whether a name appears in the text: as a whole word when it is Latin, anywhere when it is Chinese. */
function namedIn(text: string, name: string): boolean {
  if (!/^[\x20-\x7e]+$/u.test(name)) return text.includes(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, "iu").test(text);
}
