import type { CompanyMention } from "../../domain/companies/company-mentions.js";
import { normalizeText, toPinyin } from "../../domain/shared/search-key.js";
import type { TurnContext } from "../context.js";
import type { ParsedSentence } from "../parse/types.js";
import type { LogPatch } from "./log-draft.js";
import { isPassingMention } from "./passing-mention.js";

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
export async function findCompanyInText(ctx: TurnContext, parsed: ParsedSentence, text: string): Promise<CompanyLookup> {
  const mentions = await ctx.domain.companies.mentionedIn(text);
  const passing = mentions.filter((m) => isPassingMention(text, m.start, m.end));
  const active = mentions.filter((m) => !passing.includes(m));
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
    // Already read as a full company name; a hint around a mere short form ("中国" in 中国移动) is still looked up.
    if (span && overlapsAny(span, mentions.filter((m) => m.strong))) continue;
    if (span && isPassingMention(text, span.start, span.end)) continue;
    const found = await ctx.domain.companies.search(hint);
    if (found.kind === "one") {
      const sure = isSureMatch(hint, found.match.searchKey);
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

/** An exact key, or a key containing what was typed: not a typo-tolerant guess. */
function isSureMatch(hint: string, searchKey: string): boolean {
  const wanted = [normalizeText(hint), toPinyin(hint)].filter((w) => w.length >= 2);
  return searchKey.split(" ").some((k) => wanted.some((w) => k === w || k.startsWith(w) || w.startsWith(k)));
}

function locate(text: string, hint: string): { start: number; end: number } | undefined {
  const start = text.toLowerCase().indexOf(hint.toLowerCase());
  return start < 0 ? undefined : { start, end: start + hint.length };
}

function overlapsAny(span: { start: number; end: number }, mentions: CompanyMention[]): boolean {
  return mentions.some((m) => m.start < span.end && span.start < m.end);
}

function uniqueById(mentions: CompanyMention[]): { id: string; name: string }[] {
  const byId = new Map(mentions.map((m) => [m.id, { id: m.id, name: m.name }]));
  return [...byId.values()];
}
