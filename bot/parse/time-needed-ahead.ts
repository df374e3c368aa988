/**
 * "估计要两周才能定下来", "需要一周时间准备方案", "还要三天": the time something still needs is when to
 * follow up (nothing was set). Rewritten in place, same length, as that offset: "要两周" → "两周后".
 * Only before what the time is for (才/能/上线/回复/a comma…): what took time ("花了两周"), "要三天的量",
 * "7天无理由退货" and offsets already said are left alone.
 */
const NEEDED =
  /(?:需要|还要|还得|得要|大概要|估计要|预计要|要)(?<n>\d{1,2}|[一两二三四五六七八九十半]{1,3})(?<ge>个)?(?<unit>天|周|星期|礼拜|月)(?:时间|左右)?(?![前后内的了多\d])(?=\s*(?:才|就|能|可以|完成|上线|交付|定|准备|考虑|评估|审批|走|回复|答复|给|出|搞定|做完|处理|[，,。；;！!?？]|$))/gu;

export function timeNeededAhead(text: string): string {
  return text.replace(NEEDED, (whole, n: string, ge: string | undefined, unit: string) => {
    const out = `${n}${ge ?? (unit === "月" ? "个" : "")}${unit}后`;
    return out.length <= whole.length ? out.padStart(whole.length, " ") : whole;
  });
}
