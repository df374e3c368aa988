/**
 * "一两天给回复", "两三天后再联系", "三五天内": a count said as a range of two numerals is read at its
 * upper end, the time the customer gave themselves (no follow-up was set at all). The text keeps its
 * length: "一两天" becomes "两天内" (ahead within two days), "两三天后" becomes " 三天后". A range
 * before 前 ("两三天前") is left alone: it is ago, and already vague.
 */
const RANGED =
  /(?<![\d零〇一二两三四五六七八九十])(一两|两三|三四|三五|四五|五六|六七|七八|八九)(个)?(天|周|星期|礼拜|月)(以后|之后|后|以内|之内|内|前|以前|之前)?/gu;

export function rangedCountsAsUpper(text: string): string {
  return text.replace(RANGED, (whole, pair: string, ge: string | undefined, unit: string, dir: string | undefined) => {
    if (dir?.endsWith("前")) return whole;
    const upper = pair.slice(1);
    // 月 needs its 个 to be a count of months ("3月" is March)
    const counted = `${upper}${ge ?? (unit === "月" ? "个" : "")}${unit}`;
    const out = dir ? `${counted}${dir}` : `${counted}内`;
    return out.length <= whole.length ? out.padStart(whole.length, " ") : whole;
  });
}
