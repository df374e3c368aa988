/**
 * "昨天拜访了顺丰，今天上午去了比亚迪", "Called Fabrikam and emailed Globex the revised quote": logged on each
 * customer (the "log it on both" button), each gets the clauses that are about it — its own verb,
 * day and figure — instead of the whole sentence, which gave both the first clause's kind and day.
 * Null when the sentence is one clause for all ("京东 小米 今天都打了电话") or names the customer nowhere.
 */
// (the verb after "and" is lower case: "Hooli and Pied Piper" is no "and piped")
const CLAUSE_BREAK = /[，,;；。！!？?\n]+|\s+(?:[Aa]nd|[Tt]hen|&)\s+(?=(?:also\s+)?[a-z]+(?:ed|['’]d)\b)|(?:然后|之后|接着|随后)/gu;

export function clauseOfCompany(text: string, mentions: readonly { id: string; start: number; end: number }[], companyId: string): string | null {
  const clauses: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  clauses.push({ start: at, end: text.length });
  const owners = clauses.map((c) => new Set(mentions.filter((m) => m.start >= c.start && m.end <= c.end).map((m) => m.id)));
  if (owners.some((o) => o.size > 1) || !owners.some((o) => o.has(companyId))) return null;
  // clauses before any customer is named belong to all; a clause naming none, to the customer named last
  const mine: string[] = [];
  let current: string | null = null;
  for (const [i, c] of clauses.entries()) {
    const named = [...owners[i]!][0];
    if (named) current = named;
    if (current === null || current === companyId) mine.push(text.slice(c.start, c.end).trim());
  }
  const focus = mine.filter(Boolean).join(/\p{Script=Han}/u.test(text) ? "，" : ", ");
  return focus && mine.length < clauses.length ? focus : null;
}
