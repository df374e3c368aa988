const DIGIT_WEEKDAY = /(?<!每)(周|星期|礼拜)([1-7])(?![\d.万千百元块kKwW个次天日号小分月年周%])/gu;
const NUMERAL = ["", "一", "二", "三", "四", "五", "六", "日"];

/**
 * "周5下班前", "下周1上午9点半", "星期3": a weekday typed with a digit is the weekday (周7 is
 * Sunday). Rewritten 1:1 into its numeral, so offsets stay put; "每周5次", "周5万" (money) and "2周5天"
 * are counts, left alone.
 */
export function spellOutWeekdayDigits(text: string): string {
  if (!/[周期拜][1-7]/u.test(text)) return text;
  return text.replace(DIGIT_WEEKDAY, (m, lead: string, digit: string, index: number) =>
    /\d\s*$/u.test(text.slice(0, index)) ? m : `${lead}${NUMERAL[Number(digit)]}`,
  );
}
