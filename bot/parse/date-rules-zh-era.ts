import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { parseSmallInt } from "./chinese-numerals.js";
import type { RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";

/**
 * Reign-era years ("康熙三年五月", "民国三年", "神龙元年十一月"): the era's first
 * year plus the count. Months and days are kept as written (they are lunar in the
 * source texts, and no published table converts them this far back).
 */

/** the Gregorian year each era's 元年 began */
const ERAS: Record<string, number> = {
  贞观: 627,
  神龙: 705,
  开元: 713,
  天宝: 742,
  洪武: 1368,
  永乐: 1403,
  宣德: 1426,
  正统: 1436,
  成化: 1465,
  弘治: 1488,
  正德: 1506,
  嘉靖: 1522,
  隆庆: 1567,
  万历: 1573,
  天启: 1621,
  崇祯: 1628,
  顺治: 1644,
  康熙: 1662,
  雍正: 1723,
  乾隆: 1736,
  嘉庆: 1796,
  道光: 1821,
  咸丰: 1851,
  同治: 1862,
  光绪: 1875,
  宣统: 1909,
  民国: 1912,
};

const N = "\\d{1,2}|[一二两三四五六七八九十廿]{1,3}";
const ERA_RE = new RegExp(
  `(?<era>${Object.keys(ERAS).join("|")})(?<n>元|${N})年(?:(?<month>正|腊|冬|${N})月(?:(?<day>初[一二三四五六七八九十]|${N})[日号]?)?)?`,
  "gu",
);

function monthNumber(raw: string): number | null {
  if (raw === "正") return 1;
  if (raw === "冬") return 11;
  if (raw === "腊") return 12;
  return parseSmallInt(raw);
}

export function findEraDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, ERA_RE)) {
    const g = m.groups ?? {};
    const start = ERAS[g.era ?? ""];
    const n = g.n === "元" ? 1 : parseSmallInt(g.n ?? "");
    if (start === undefined || n === null || n < 1) continue;
    const month = g.month !== undefined ? monthNumber(g.month) : 1;
    const day = g.day !== undefined ? parseSmallInt(g.day.replace(/^初/u, "")) : 1;
    if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 30) continue;
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, date: { year: start + n - 1, month, day }, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
