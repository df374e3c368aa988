import { pinyin } from "pinyin-pro";
import { brandAliases } from "./brand-names.js";
import { normalizeText } from "./key-text.js";

export { normalizeText };
import { cleanName } from "./clean-name.js";

// Legal-form suffixes that people leave out when they talk about a customer.
const COMPANY_SUFFIXES = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "集团公司",
  "集团",
  "公司",
  "科技",
  "技术",
  "co., ltd.",
  "co.,ltd.",
  "co. ltd",
  "co ltd",
  "limited",
  "ltd.",
  "ltd",
  "inc.",
  "inc",
  "corporation",
  "corp.",
  "corp",
  "llc",
  "gmbh",
  "group",
  "co.",
  "technologies",
  "technology",
];

const HAN = /\p{Script=Han}/u;

/** The company name as people say it: without "有限公司", "Ltd" and the like. */
export function stripCompanySuffix(name: string): string {
  let rest = cleanName(name);
  let changed = true;
  while (changed) {
    changed = false;
    const lower = rest.toLowerCase();
    for (const suffix of COMPANY_SUFFIXES) {
      if (lower.endsWith(suffix) && rest.length > suffix.length && atWordStart(rest, rest.length - suffix.length, suffix)) {
        rest = rest.slice(0, rest.length - suffix.length).replace(/[\s,.，]+$/u, "");
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** A Latin suffix must be its own word: "Zinc" is not "Z" + "inc", "Lucorp" is not "Lu" + "corp". */
function atWordStart(text: string, index: number, suffix: string): boolean {
  if (!/^[a-z]/.test(suffix)) return true;
  return !/[a-z0-9]/i.test(text.charAt(index - 1));
}

/** Pinyin without tones or spaces, so "huawei" finds 华为. Empty for names without Han characters. */
export function toPinyin(text: string): string {
  if (!HAN.test(text)) return "";
  return normalizeText(pinyin(text, { toneType: "none", type: "array" }).join(""));
}

/** Every reading of one Chinese character, without tones ("地": di, de), remembered per character. */
const READINGS = new Map<string, string[]>();
function readingsOf(char: string): string[] {
  let found = READINGS.get(char);
  if (!found) {
    found = pinyin(char, { toneType: "none", type: "array", multiple: true });
    if (READINGS.size < 5_000) READINGS.set(char, found);
  }
  return found;
}

/**
 * Whether two runs of characters of the same length sound alike in some reading of each character ("美地" / 美的: 的
 * is also read di, as 地 is also read de); a character written the same matches itself.
 */
export function soundAlikeByReadings(written: readonly string[], known: readonly string[]): boolean {
  return written.every((c, k) => c === known[k] || readingsOf(c).some((r) => readingsOf(known[k] ?? "").includes(r)));
}

/** Key stored with a company: normalized short name, full name and pinyin, space-separated. */
export function companySearchKey(name: string): string {
  const short = normalizeText(stripCompanySuffix(name));
  const full = normalizeText(name);
  return unique([short, full, toPinyin(stripCompanySuffix(name)), ...brandAliases(short, full)]).join(" ");
}

/** A company's key with its aliases' keys after its own: the first word stays the name's short key. */
export function companySearchKeyWithAliases(name: string, aliases: readonly string[]): string {
  return unique([companySearchKey(name), ...aliases.map(companySearchKey)].flatMap((k) => k.split(" "))).join(" ");
}

export function personSearchKey(name: string): string {
  return unique([normalizeText(name), toPinyin(name)]).join(" ");
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

function unique(parts: string[]): string[] {
  return [...new Set(parts.filter((p) => p.length > 0))];
}
