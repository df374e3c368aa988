import { isCourierMention } from "./courier-mention.js";
import { distinctiveNameAfterPlace, GENERIC_AFTER_PLACE } from "../../domain/companies/name-after-place.js";
import { spelledAlike } from "./spelled-alike.js";
import type { CompanyMention } from "../../domain/companies/company-mentions.js";
import { normalizeText, stripCompanySuffix, toPinyin } from "../../domain/shared/search-key.js";
import type { TurnContext } from "../context.js";
import type { ParsedSentence } from "../parse/types.js";
import type { LogPatch } from "./log-draft.js";
import { isPassingMention } from "./passing-mention.js";
import { isReferrerMention } from "./referrer-mention.js";
import { shortFormIsDate } from "./names-to-mask.js";

export type CompanyLookup =
  | { kind: "one"; patch: LogPatch }
  | { kind: "many"; query: string; options: { label: string; patch: LogPatch }[]; unknown?: string }
  | { kind: "unknown"; name: string }
  | { kind: "none"; passing: { id: string; name: string }[] };

interface Candidate {
  id: string;
  name: string;
  /** A full name or exact key (true), or only a short form / typo-tolerant match (false). */
  sure: boolean;
}

/**
 * The company a sentence is about, from what it names:
 * 1. known companies named anywhere in the text (longest name wins, see company-mentions.ts);
 * 2. the parser's name hints, looked up by name (short forms, pinyin, typos);
 * competitors named in passing (passing-mention.ts) are set aside. One company → that one.
 * Two or more → "many": the caller asks, because a careful assistant does not pick for the rep.
 * Only short-form / typo matches while the sentence also names something unknown → ask too.
 * Nothing known but a plain name → "unknown" (offer to create it).
 */
/** A competitor (passing-mention.ts), a referrer (referrer-mention.ts) or a carrier (courier-mention.ts): named, but not who the log is about. */
function aside(text: string, start: number, end: number): boolean {
  return isPassingMention(text, start, end) || isReferrerMention(text, start, end) || isCourierMention(text, start, end);
}

/**
 * "腾讯和阿里都在比价，下周一前给腾讯发报价": of several customers, the one named again is what the
 * sentence is about. Null on a tie ("called Globex and Initech"); the one chosen must be named in full.
 */
function namedMost(active: { id: string; start: number }[], candidates: { id: string }[]): string | null {
  const counts = candidates.map((c) => ({ id: c.id, n: new Set(active.filter((m) => m.id === c.id).map((m) => m.start)).size }));
  counts.sort((a, b) => b.n - a.n);
  const [top, next] = counts;
  return top && next && top.n > next.n && next.n > 0 ? top.id : null;
}

/** `mentions`: the known companies named in `text` (CompanyService.mentionedIn), read once by the log flow. */
/** "Called Contoso — sorry, Fabrikam —", "跟华为，不对，是小米通了电话": the words between a name and the one that replaces it. */
const TAKEN_BACK = /^\s*[-–—,，(（]?\s*(?:sorry|oops|i\s+mean|i\s+meant|err?|um+|不对|说错了|哦不|呃)[\s,，:：]*(?:i\s+mean(?:t)?\s+|(?:it\s+)?was\s+|是)?$/iu;

/** A name the rep took back at once: another one named right after the correcting words. */
function takenBack(text: string, m: CompanyMention, mentions: readonly CompanyMention[]): boolean {
  return mentions.some((o) => o.id !== m.id && o.start > m.end && TAKEN_BACK.test(text.slice(m.end, o.start)));
}

export async function findCompanyInText(ctx: TurnContext, parsed: ParsedSentence, text: string, mentions: readonly CompanyMention[]): Promise<CompanyLookup> {
  const passing = mentions.filter((m) => aside(text, m.start, m.end) || takenBack(text, m, mentions));
  const active = mentions.filter((m) => !passing.includes(m) && !shortFormIsDate(text, m));
  const candidates = new Map<string, Candidate>();
  const add = (c: Candidate) => {
    const seen = candidates.get(c.id);
    if (!seen || (!seen.sure && c.sure)) candidates.set(c.id, c);
  };
  for (const m of active) add({ id: m.id, name: m.name, sure: m.strong });

  let unknown: string | undefined;
  let ambiguous: { query: string; matches: { id: string; name: string }[] } | undefined;
  for (const hint of parsed.companyHints) {
    const span = locate(text, hint);
    // Already read as a full company name; a hint around a mere short form ("中国" in 中国移动) is still looked
    // up, and so is a longer name that starts with one ("Globex Labs", "小米汽车" may be other companies).
    if (span && mentions.some((m) => m.strong && overlaps(span, m) && !startsLonger(text, span, m))) continue;
    if (span && aside(text, span.start, span.end)) continue;
    const found = await ctx.domain.companies.search(hint);
    const prefixOf = span ? active.filter((m) => startsLonger(text, span, m)) : [];
    if (prefixOf.length > 0 && !(found.kind === "one" && isSureMatch(hint, found.match.searchKey))) {
      // The known name is only the start of what was written: a guess, and the longer name may be new.
      for (const m of prefixOf) candidates.set(m.id, { id: m.id, name: m.name, sure: false });
      unknown ??= hint;
      continue;
    }
    if (found.kind === "one") {
      const sure = isSureMatch(hint, found.match.searchKey);
      // "Initrode called": a fuzzy match that is no near spelling ("Northwind Traders") is no candidate
      if (!sure && !spelledAlike(hint, found.match.name) && /^[A-Za-z]/u.test(hint)) {
        unknown ??= hint;
        continue;
      }
      // "Site visit — Pied Piper", "their DC office": a short word only resembling another customer adds no question
      // beside one named in full
      if (!sure && [...hint].length <= 4 && active.some((m) => m.strong)) continue;
      add({ id: found.match.id, name: found.match.name, sure });
      // "中国移动" only resembles 中国银行: the name as written may be a new customer.
      if (!sure) unknown ??= hint;
    } else if (found.kind === "many") {
      // Several near spellings of an unknown name are noise; several companies sharing the name are a real question.
      const close = found.matches.filter((c) => isSureMatch(hint, c.searchKey));
      if (close.length > 0) ambiguous ??= { query: hint, matches: close };
      else unknown ??= hint;
    } else unknown ??= hint;
  }

  const all = [...candidates.values()];
  const options = all.map((c) => ({ label: c.name, patch: { companyId: c.id } as LogPatch }));
  const focus = all.length >= 2 ? namedMost(active, all) : null;
  if (focus && candidates.get(focus)?.sure) return { kind: "one", patch: { companyId: focus } };
  if (all.length >= 2) return { kind: "many", query: "", options };
  const only = all[0];
  if (only && (only.sure || !unknown)) return { kind: "one", patch: { companyId: only.id } };
  // Only a short form or a near spelling matched, and the sentence also names something we do not know.
  if (only) return { kind: "many", query: "", options, ...(unknown ? { unknown } : {}) };
  if (ambiguous) {
    return { kind: "many", query: ambiguous.query, options: ambiguous.matches.map((c) => ({ label: c.name, patch: { companyId: c.id } })) };
  }
  if (unknown) return { kind: "unknown", name: unknown };
  return { kind: "none", passing: uniqueById(passing) };
}

/** A part of the same organisation named after it: "中国银行总行", "Umbrella Corp HQ", "华为深圳分公司" is not. */
const ORG_UNIT = /\s*(?:总行|分行|支行|总部|分部|办事处|\b(?:HQ|headquarters|head office)\b)$/iu;

/**
 * An exact key, or a key that starts with what was typed ("华为技术" of 华为技术有限公司): not a
 * typo-tolerant guess. A name that only starts with a known key is another company ("Acme
 * Robotics" is not Acme Corp) unless what it adds is a legal suffix ("Acme Inc").
 */
function isSureMatch(hint: string, searchKey: string): boolean {
  const bare = stripCompanySuffix(hint.replace(ORG_UNIT, ""));
  // The sound of a Chinese name is no proof: 腾迅 sounds like 腾讯 and is a typo or another company (pinyin typed, "tengxun", is).
  const wanted = [normalizeText(hint), normalizeText(bare), /\p{Script=Han}/u.test(hint) ? "" : toPinyin(hint)].filter((w) => w.length >= 2);
  const placed = !GENERIC_AFTER_PLACE.test(bare);
  return searchKey.split(" ").some((k) => {
    const rest = placed ? distinctiveNameAfterPlace(k) : null;
    return wanted.some((w) => k === w || k.startsWith(w) || (rest !== null && afterPlace(rest, w)));
  });
}

/**
 * "海康威视" or "海康" of 杭州海康威视 (`rest`, the known name after its city or province): it starts
 * with what was written. Two characters that are the whole rest are often a word (广州酒家 is not every
 * 酒家); as the start of a longer rest they are its short form (海康 of 海康威视, as 阿里 of 阿里巴巴).
 */
function afterPlace(rest: string, wanted: string): boolean {
  return rest.startsWith(wanted) && ([...wanted].length >= 3 || rest.length > wanted.length);
}

function locate(text: string, hint: string): { start: number; end: number } | undefined {
  const start = text.toLowerCase().indexOf(hint.toLowerCase());
  return start < 0 ? undefined : { start, end: start + hint.length };
}

function overlaps(span: { start: number; end: number }, m: CompanyMention): boolean {
  return m.start < span.end && span.start < m.end;
}

/**
 * Words that, written right after a known Chinese name, make another company of the same group
 * (小米汽车, 腾讯音乐, 阿里云, 京东物流); places and people after a name (比亚迪现场, 腾讯马化腾) do not.
 */
const ZH_BUSINESS_LINE =
  /^(?:汽车|音乐|视频|影业|云|金融|银行|保险|证券|支付|物流|地产|置业|医疗|健康|医药|电子|半导体|能源|新能源|文化|传媒|教育|游戏|国际|控股|资本|投资|智能|智造|零售|商城|出行|生活|农业|航空|海外)/u;

/**
 * "Globex Labs" over the mention "Globex", "小米汽车" over 小米: the hint begins with the known name
 * and goes on with a word that makes it a name of its own.
 */
function startsLonger(text: string, span: { start: number; end: number }, m: CompanyMention): boolean {
  if (span.start !== m.start || span.end <= m.end) return false;
  // A name written with its legal suffix ends there: "Initrode Inc Shanghai office".
  if (m.exact && stripCompanySuffix(m.name) !== m.name) return false;
  const rest = text.slice(m.end, span.end);
  return /^\s+\p{Lu}/u.test(rest) || ZH_BUSINESS_LINE.test(rest);
}

function uniqueById(mentions: CompanyMention[]): { id: string; name: string }[] {
  const byId = new Map(mentions.map((m) => [m.id, { id: m.id, name: m.name }]));
  return [...byId.values()];
}
