import { parseSmallInt } from "./chinese-numerals.js";
import type { ParsedAmount } from "./types.js";

/**
 * "$10k/month, 12-month contract", "每月5万，签三年", "$800 a day, 5 days": a price per month, week or
 * day said with the number of those periods (or, for a month, of years) is worth rate × periods.
 * Said alone ("月租8000", "$30/mo") the rate stays the figure, as before: there is no term to multiply.
 * A yearly price is the deal's value as it is.
 */
// Hours are counted like seats (amount-per-unit.ts): "$150 an hour, 40 hours".
const PERIOD_EN = String.raw`(?<unit>mo|mos|mth|mths|month|months|wk|wks|week|weeks|day|days)`;
const RATE_AFTER_EN = new RegExp(
  String.raw`^\s*(?:each\s+)?(?:(?:\/|per|a|an|each)\s*(?:(?:seat|user|licen[cs]e|unit|account|device)\s*(?:\/|per)\s*)?${PERIOD_EN}\b(?!\s+(?:ago|later|before|after|from))|(?<adverb>monthly|weekly|daily)\b)`,
  "iu",
);
const RATE_BEFORE_ZH = /(?<unit>每个?月|每个?星期|每周|每天|每日|月租|月费|月付|日薪|包月)[^，,。；;\d]{0,3}$/u;
const RATE_AFTER_ZH = /^\s*(?:元|块|美元|万|千)?\s*(?:\/|每|一个?|每个)(?<unit>月|星期|周|天|日)/u;

/**
 * The term a rate runs for, said as a term: "12-month contract", "for 6 months", "签12个月", "合同6个月",
 * "共10天", "5 days onsite". A duration that is something else ("a customer for 2 years", "decision in 3
 * months", "net 30 days", "合作两年了") is no term.
 */
const TERM_NOUN_EN = String.raw`(?:contract|term|deal|agreement|commitment|subscription|plan|engagement|renewal|license|licence|pilot|trial|poc|program|programme)`;
const COUNT_EN = {
  month: new RegExp(
    String.raw`\b(?<n>\d{1,2})[\s-]*(?:months?|mos?|mths?)[\s-]+${TERM_NOUN_EN}\b|\b(?:for|over)\s+(?<m>\d{1,2})\s+(?:months?|mos?|mths?)\b(?!\s+(?:ago|now|later))|\b${TERM_NOUN_EN}\s+(?:of|for|is|:)?\s*(?<t>\d{1,2})\s+(?:months?|mos?|mths?)\b`,
    "iu",
  ),
  week: new RegExp(
    String.raw`\b(?<n>\d{1,2})[\s-]*(?:weeks?|wks?)[\s-]+${TERM_NOUN_EN}\b|\b(?:for|over)\s+(?<m>\d{1,2})\s+(?:weeks?|wks?)\b(?!\s+(?:ago|now|later))`,
    "iu",
  ),
  day: new RegExp(
    String.raw`\b(?:for|over)\s+(?<m>\d{1,3})\s+days?\b(?!\s+(?:ago|now|later))|\b(?<n>\d{1,3})\s+days?\s+(?:onsite|on-site|on\s+site|of\s+work|engagement)\b`,
    "iu",
  ),
} as const;
const COUNT_ZH = {
  month:
    /(?:签(?:了)?|合同(?:期)?|服务期|为期|共|一共|总共)\s*(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})个月|(?<m>\d{1,2}|[一二两三四五六七八九十]{1,3})个月(?:的)?(?:合同|合约|服务期|服务)/u,
  week: /(?:签(?:了)?|合同(?:期)?|为期|共|一共|总共)\s*(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})(?:周|个星期|个礼拜)/u,
  day: /(?:为期|共|一共|总共|驻场)\s*(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3})天/u,
} as const;

type Period = keyof typeof COUNT_EN;

/** "25k/mo x 12", "$3k/wk × 6", "2k/mo x 3 yrs": the periods multiplied right after the rate. */
const TIMES_AFTER_RATE = /^\s*[x×*]\s*(?<n>\d{1,3})\s*(?<years>years?|yrs?)?\b/iu;
/** "$5k/month for 2 years": years said right after a monthly rate are its term (elsewhere "a customer for 2 years" is not). */
const FOR_YEARS_AFTER_RATE = /^\s*(?:for|over)\s+(?<n>\d{1,2}|one|two|three|four|five)[\s-]*(?:years?|yrs?)\b/iu;

/** "a quote for 2 yrs at $3k/mo": years said right before a monthly rate are its term. */
const FOR_YEARS_BEFORE_RATE = /\b(?:for|over)\s+(?<n>\d{1,2}|one|two|three|four|five)[\s-]*(?:years?|yrs?)\s+(?:at|@)\s*$/iu;
/** "has been with us for 2 yrs at $3k/mo": years already gone are no term. */
const YEARS_GONE_BEFORE = /\b(?:been|with\s+us|customer|client|partner|since|already|so\s+far|ago)\b[^,.;]{0,24}$/iu;

/** "签三年", "3-year term", "two years", "$50/mo, 1 yr", "$25/user/mo, annual": how many years a monthly rate runs. */
const YEARS =
  /(?:签(?:了)?|合同(?:期)?|为期|年框)\s*(?<n>\d{1,2}|[一二两三四五六七八九十])\s*年(?!前|后|内|以后|之后|底|初|中|了)|(?<![\d.])(?<y>\d{1,2}|[一二两三四五六七八九十])\s*年(?:的)?(?:合同|合约|期)|\b(?<en>\d{1,2}|one|two|three|four|five)[\s-]*(?:years?|yrs?)[\s-]+(?:contract|term|deal|agreement|commitment|subscription|plan|license|licence)\b|(?<!\b(?:for|since|in|of|over|past|last|next|about|around|after|within)\s+)\b(?<bare>\d{1,2}|one|two|three|four|five)[\s-]*(?:years?|yrs?)(?=\s*(?:$|[,.;!)]))|(?<annual>\b(?:annual(?:ly)?|yearly|annual\s+(?:contract|term|plan|commit(?:ment)?)|billed\s+annually)\b(?!\s+(?:revenue|sales|budget|report|review|conference|event|meeting|kick-?off)))/iu;
const EN_SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

function yearsIn(text: string): number | null {
  const m = YEARS.exec(text);
  if (m?.groups?.annual) return 1;
  const written = m?.groups?.n ?? m?.groups?.y ?? m?.groups?.en ?? m?.groups?.bare;
  if (!written) return null;
  const n = /^\d+$/u.test(written) ? Number(written) : (EN_SMALL[written.toLowerCase()] ?? parseSmallInt(written) ?? Number.NaN);
  return Number.isSafeInteger(n) && n >= 1 && n <= 10 ? n : null;
}

/** "they want $5k/mo for 2 yrs, we quoted 6k/mo": the term said after the other side's monthly rate is the deal's too. */
const YEARS_AFTER_MONTHLY_RATE =
  /(?:\/\s*(?:mo|mos|mth|month)|per\s+month|a\s+month|monthly)\s+(?:for|over)\s+(?<n>\d{1,2}|one|two|three|four|five)[\s-]*(?:years?|yrs?)\b/iu;
function yearsAfterAnotherRate(rest: string): number | null {
  const written = YEARS_AFTER_MONTHLY_RATE.exec(rest)?.groups?.n;
  if (!written) return null;
  const n = EN_SMALL[written.toLowerCase()] ?? Number(written);
  return n >= 1 && n <= 10 ? n : null;
}

function yearsBeforeRate(before: string): RegExpExecArray | null {
  const m = FOR_YEARS_BEFORE_RATE.exec(before);
  return m && !YEARS_GONE_BEFORE.test(before.slice(0, m.index)) ? m : null;
}

function periodOf(unit: string): Period {
  if (/^(?:mo|mth|month|月|包月)/iu.test(unit) || /月/u.test(unit)) return "month";
  if (/^(?:wk|week|weekly)|周|星期/iu.test(unit)) return "week";
  return "day";
}

export function perPeriodTotal(text: string, amount: ParsedAmount | null): ParsedAmount | null {
  if (!amount) return null;
  const at = text.indexOf(amount.text);
  if (at < 0) return amount;
  const after = text.slice(at + amount.text.length, at + amount.text.length + 24);
  const end = at + amount.text.length;
  const afterRate = RATE_AFTER_EN.exec(after) ?? RATE_AFTER_ZH.exec(after);
  const beforeFrom = Math.max(0, at - 10);
  const beforeRate = afterRate ? null : RATE_BEFORE_ZH.exec(text.slice(beforeFrom, at));
  const rate = afterRate ?? beforeRate;
  if (!rate) return amount;
  const unit = rate.groups?.unit ?? rate.groups?.adverb ?? "month";
  const period = periodOf(unit);
  const times = afterRate ? TIMES_AFTER_RATE.exec(after.slice(afterRate[0].length)) : null;
  const forYears =
    afterRate && period === "month"
      ? (FOR_YEARS_AFTER_RATE.exec(after.slice(afterRate[0].length)) ?? yearsBeforeRate(text.slice(Math.max(0, at - 48), at)))
      : null;
  if (times || forYears) {
    const n = times
      ? Number(times.groups!.n) * (times.groups?.years && period === "month" ? 12 : 1)
      : 12 * (EN_SMALL[forYears!.groups!.n!.toLowerCase()] ?? Number(forYears!.groups!.n));
    const minor = amount.minor * n;
    return n >= 1 && Number.isSafeInteger(minor) ? { ...amount, minor } : amount;
  }
  // The periods counted elsewhere in the sentence, not in the rate itself.
  const [from, to] = afterRate ? [at, end + afterRate[0].length] : [beforeFrom + (beforeRate?.index ?? 0), end];
  const rest = text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
  const count = COUNT_EN[period].exec(rest) ?? COUNT_ZH[period].exec(rest);
  const written = count?.groups?.n ?? count?.groups?.m ?? count?.groups?.t;
  const n = written ? (/^\d+$/u.test(written) ? Number(written) : (parseSmallInt(written) ?? Number.NaN)) : Number.NaN;
  const years = period === "month" && !written ? (yearsIn(rest) ?? yearsAfterAnotherRate(rest)) : null;
  const periods = Number.isSafeInteger(n) && n >= 1 ? n : years ? years * 12 : null;
  if (!periods) return amount;
  const minor = amount.minor * periods;
  return Number.isSafeInteger(minor) ? { ...amount, minor } : amount;
}
