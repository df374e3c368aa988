import { normalizeChineseNumerals } from "./chinese-numeral-chars.js";
import { chineseToScaled } from "./chinese-numerals.js";

/**
 * Chinese money written with its own sub-units: 元/圆/块 (yuan), 角/毛 (1/10),
 * 分 (1/100), closed by 整/正 on cheques. "123元1角1分" => 12311 fen,
 * "两块五" => 250 fen (a lone digit after 块 is 角), "5毛" => 50 fen,
 * "两毛五" => 25, "三块零四" => 304, "两块半" => 250. Cantonese 蚊/毫/仙 read as 块/角/分.
 */
const YJF =
  /^(?<yuan>.+?)?(?:(?<unit>[元圆块])(?:钱)?)(?:(?<jiao>[^角毛分]+?)(?:[角毛]))?(?:(?<fen>[^角毛分]+?)分)?(?<lone>[一二两三四五六七八九\d])?(?:钱)?(?:整|正)?$/u;
const JIAO_ONLY = /^(?<jiao>[^角毛分元圆块]+?)[角毛](?:(?<fen>[^角毛分]+?)分?)?(?:钱)?$/u;

function digitOf(text: string | undefined): bigint | null {
  if (text === undefined) return 0n;
  // a whole digit only: "1.5毛" is not one 角 place
  const tenths = chineseToScaled(text, 1);
  if (tenths === null || tenths % 10n !== 0n) return null;
  const value = tenths / 10n;
  return value >= 0n && value < 10n ? value : null;
}

/** Fen (minor units of CNY) for a whole yuan/jiao/fen expression, or null. */
export function yuanJiaoFenToFen(input: string): bigint | null {
  const text = normalizeChineseNumerals(input.trim())
    .replace(/\s+/g, "")
    .replace(/圓/g, "圆")
    .replace(/蚊/g, "块")
    .replace(/毫/g, "角")
    .replace(/仙/g, "分")
    .replace(/钱$/u, "")
    // "块零四": the 零 skips the 角 place; "块半": half a yuan; "毛五": a digit after 角 is 分
    .replace(/([元圆块])零([一二两三四五六七八九\d])分?(钱)?$/u, "$1$2分$3")
    .replace(/([元圆块])半$/u, "$1五角")
    .replace(/([角毛])(钱)?([一二两三四五六七八九\d])(钱)?$/u, "$1$3分");
  const m = YJF.exec(text) ?? JIAO_ONLY.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  if (g.yuan === undefined && g.jiao === undefined) return null;
  // "两块五毛" is fine, "两块五" too, but "两块五三分" is not a price
  if (g.lone !== undefined && (g.jiao !== undefined || g.fen !== undefined)) return null;
  const yuan = g.yuan === undefined ? 0n : chineseToScaled(g.yuan, 2);
  const jiao = digitOf(g.jiao ?? (g.unit === "块" || g.unit === "元" ? g.lone : undefined));
  const fen = digitOf(g.fen);
  if (yuan === null || jiao === null || fen === null) return null;
  if (g.lone !== undefined && g.unit === "圆") return null;
  return yuan + jiao * 10n + fen;
}
