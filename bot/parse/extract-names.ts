import { extractCalledCompanies } from "./extract-names-zh-called.js";
import { extractChineseNames } from "./extract-names-zh.js";
import { extractEnglishNames } from "./extract-names-en.js";
import { extractVisitedCompanies } from "./extract-names-en-visits.js";
import { NameHints } from "./name-hints.js";
import { hasHan } from "./detect-locale.js";

export interface ExtractedNames {
  companyHints: string[];
  contactHints: string[];
}

/**
 * Raw company/contact candidates, best first. A resolver fuzzy-matches them
 * against the CRM, so recall matters more than exact boundaries, but words
 * like "they" / 我们 / 客户 must never come back.
 */
export function extractNames(input: string): ExtractedNames {
  // "Jim @ Initech" says what "Jim at Initech" says.
  const text = input.replace(/(\S)\s+@\s+(?=\S)/gu, "$1 at ");
  const hints = new NameHints();
  // English names appear inside Chinese sentences too ("跟Acme的Tom开会"), so always run both.
  extractEnglishNames(text, hints);
  extractVisitedCompanies(text, hints);
  if (hasHan(text)) {
    extractCalledCompanies(text, hints);
    extractChineseNames(text, hints);
  }
  return hints.result();
}
