import { PRIORITY_RULE, type DateCandidate } from "./date-candidate.js";
import { comingWorldHoliday, type WorldHoliday } from "./holiday-calendar-world.js";
import type { RuleContext } from "./rule-context.js";
import { allMatches } from "./all-matches.js";

/**
 * Christian, Islamic and Jewish holidays and a few dated days by their Chinese
 * names ("复活节星期一", "开斋节", "赎罪日", "澳门回归纪念日"); traditional
 * characters are already folded. Without a year it is the coming occurrence.
 */

const easter = (offset: number): WorldHoliday => ({ kind: "easter", offset });
const islamic = (month: number, day: number): WorldHoliday => ({ kind: "islamic", month, day });
const jewish = (month: string, day: number): WorldHoliday => ({ kind: "hebrew", month, day, eve: true });
const fixed = (month: number, day: number): WorldHoliday => ({ kind: "fixed", month, day });

/** longer names first: the alternation takes the first that matches */
const NAMES: Array<[string, WorldHoliday]> = [
  ["复活节(?:后)?(?:星期一|周一|礼拜一)", easter(1)],
  ["耶稣受难日翌日|主受难节翌日|复活节前夜|神圣周六|圣周六|黑色星期六", easter(-1)],
  ["耶稣受难[日节]|主受难[日节]|受难节|沈默周五|沉默周五|圣周五", easter(-2)],
  ["神圣星期四|圣周星期四|圣周四|濯足节|洗足节|设立圣餐日", easter(-3)],
  ["棕枝主日|圣枝主日|圣树主日|棕榈主日|基督苦难主日", easter(-7)],
  ["大斋首日|圣灰礼仪日|圣灰星期三|圣灰日|灰日|大斋期|大斋节", easter(-46)],
  ["忏悔节|忏悔火曜日|忏悔星期二|煎饼星期二|煎饼节", easter(-47)],
  ["圣灵降临节星期一|圣灵节庆日", easter(50)],
  ["五旬节|圣灵降临[节日]", easter(49)],
  ["圣三一主日|天主三一主日|天主圣三一节|圣三主日|圣三节", easter(56)],
  ["基督圣体圣血[节日]|基督圣体圣血瞻礼|基督圣体节|圣体节", easter(60)],
  ["主复活日", easter(0)],
  ["开斋节|肉孜节|尔代节", islamic(10, 1)],
  ["古尔邦节|宰牲节", islamic(12, 10)],
  ["伊斯兰(?:教|历)?新年", islamic(1, 1)],
  ["阿舒拉节", islamic(1, 10)],
  ["圣纪节", islamic(3, 12)],
  ["夜行登霄节|登霄节", islamic(7, 27)],
  ["法令之夜|权力之夜|盖德尔夜", islamic(9, 27)],
  ["(?:穆斯林)?斋月", islamic(9, 1)],
  ["犹太(?:教)?新年|岁首节", jewish("Tishri", 1)],
  ["赎罪日|赎罪节", jewish("Tishri", 10)],
  ["住棚节", jewish("Tishri", 15)],
  ["圣会节", jewish("Tishri", 22)],
  ["诵经节|转经节|律法节|欢庆圣法节|西赫[托妥图]拉节", jewish("Tishri", 23)],
  ["光明节|修殿节|献殿节|烛光节|哈努卡节|马加比节", jewish("Kislev", 25)],
  ["犹太植树节|图比舍巴特节|树木新年", jewish("Shevat", 15)],
  ["逾越节", jewish("Nisan", 15)],
  ["七七节|沙夫幼特节|周日节|收获节|新果实节", jewish("Sivan", 6)],
  ["犹太(?:教)?篝火节|篝火节", jewish("Iyar", 18)],
  ["圣殿被毁日|禁食日", jewish("Av", 9)],
  ["以色列(?:独立日|国庆节|国庆日)", { kind: "hebrew", month: "Iyar", day: 5, eve: false }],
  ["澳门回归(?:纪念)?日", fixed(12, 20)],
  ["香港回归(?:纪念)?日", fixed(7, 1)],
  ["圣瓦伦丁[节日]", fixed(2, 14)],
  ["(?:国际)?消费者权益日|三一五(?![\\d零〇一二三四五六七八九十])", fixed(3, 15)],
  ["老板节", fixed(10, 16)],
];

/** every Easter-based name can take 东正教 in front for the Orthodox date */
const EASTER_NAMES = NAMES.filter(([, h]) => h.kind === "easter");

const NAME_RE = new RegExp(
  `(?:(?<rel>今年|明年|去年|后年)|(?<year>\\d{4})\\s*年)?的?(?:(?<orthodox>东正教)(?<oname>${EASTER_NAMES.map(([p]) => p).join("|")}|复活节)|${NAMES.map(([p], i) => `(?<h${i}>${p})`).join("|")}|(?<lazarus>拉[撒匝]路(?:圣)?周六))`,
  "gu",
);
const REL_YEAR: Record<string, number> = { 今年: 0, 明年: 1, 去年: -1, 后年: 2 };

function holidayOf(g: Record<string, string | undefined>): { h: WorldHoliday } | null {
  if (g.lazarus !== undefined) return { h: { kind: "easter", offset: -8, orthodox: true } };
  if (g.oname !== undefined) {
    const hit = EASTER_NAMES.find(([p]) => new RegExp(`^(?:${p})$`, "u").test(g.oname ?? ""));
    const offset = hit && hit[1].kind === "easter" ? hit[1].offset : 0;
    return { h: { kind: "easter", offset, orthodox: true } };
  }
  for (let i = 0; i < NAMES.length; i++) {
    const entry = NAMES[i];
    if (entry && g[`h${i}`] !== undefined) return { h: entry[1] };
  }
  return null;
}

export function findWorldHolidayDates(ctx: RuleContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(ctx.text, NAME_RE)) {
    const g = m.groups ?? {};
    const found = holidayOf(g);
    if (!found) continue;
    const year = g.year !== undefined ? Number(g.year) : g.rel !== undefined ? ctx.today.year + (REL_YEAR[g.rel] ?? 0) : undefined;
    const date = comingWorldHoliday(found.h, ctx.today, year);
    if (!date) continue;
    const index = m.index ?? 0;
    out.push({ index, end: index + m[0].length, date, time: null, partOfDayHour: null, priority: PRIORITY_RULE });
  }
  return out;
}
