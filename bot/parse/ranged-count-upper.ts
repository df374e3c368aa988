/**
 * "一两天给回复", "两三天后再联系", "三五天内": a count said as a range of two numerals is read at its
 * upper end, the time the customer gave themselves (no follow-up was set at all). The text keeps its
 * length: "一两天" becomes "两天内" (ahead within two days), "两三天后" becomes " 三天后". A range
 * before 前 ("两三天前") is left alone: it is ago, and already vague.
 */
const RANGED =
  /(?<![\d零〇一二两三四五六七八九十])(一两|两三|三四|三五|四五|五六|六七|七八|八九)(个)?(天|周|星期|礼拜|月)(以后|之后|后|以内|之内|内|前|以前|之前)?/gu;

/**
 * "3-4 weeks for legal review", "in 2 to 3 days": the English count range, read the same way (at its upper end,
 * "3-4 weeks" becomes "   4 weeks"); chrono read "3 to 4" as a clock range at 15:57. "2-3 weeks ago" is left alone.
 */
const RANGED_EN =
  /\b(?<low>\d{1,2})\s*(?:-|–|to)\s*(?<high>\d{1,2})(?<gap>\s*)(?<unit>days?|weeks?|wks?|months?|mos?)\b(?!\s+(?:ago|before|earlier)\b|[-\w])/giu;

export function rangedCountsAsUpper(text: string): string {
  return rangedZh(text).replace(RANGED_EN, (whole, low: string, high: string, gap: string, unit: string) => {
    if (Number(low) >= Number(high)) return whole;
    return `${high}${gap || " "}${unit}`.padStart(whole.length, " ");
  });
}

function rangedZh(text: string): string {
  return text.replace(RANGED, (whole, pair: string, ge: string | undefined, unit: string, dir: string | undefined) => {
    if (dir?.endsWith("前")) return whole;
    const upper = pair.slice(1);
    // 月 needs its 个 to be a count of months ("3月" is March)
    const counted = `${upper}${ge ?? (unit === "月" ? "个" : "")}${unit}`;
    const out = dir ? `${counted}${dir}` : `${counted}内`;
    return out.length <= whole.length ? out.padStart(whole.length, " ") : whole;
  });
}
