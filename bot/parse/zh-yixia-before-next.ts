/**
 * "帮我记一下下周四问问进度", "定一下下个月的会": the 下 of 一下 ("a moment") is not the first 下 of 下下周 (the
 * week after next). Blanked 1:1, so offsets stay put; "下下周四" said on its own is left alone.
 */
const YIXIA_BEFORE_NEXT = /(?<=一)下(?=下个?(?:周|星期|礼拜|月))/gu;

export function blankYixiaBeforeNext(text: string): string {
  return text.includes("一下下") ? text.replace(YIXIA_BEFORE_NEXT, " ") : text;
}
