import type { ParsedAmount } from "./types.js";
import { yuanJiaoFenToFen } from "./yuan-jiao-fen.js";

/**
 * Hong Kong speech counts dollars with 個: "五個半" ($5.50), "個九" ($1.90),
 * "港幣三個一毫四" ($3.14). 個 is also the everyday measure word (五個人), so this
 * reads only a message that is nothing but such a price.
 */
const PRICE =
  /^(?<prefix>港幣|港币|HK\$|HKD)?\s*(?<dollars>[零一二兩两三四五六七八九十百千\d]+)?個(?<rest>半|[一二兩两三四五六七八九\d](?:毫[一二兩两三四五六七八九\d]?)?)$/iu;

export function readCantonesePrice(text: string): ParsedAmount | null {
  const trimmed = text.trim();
  const m = PRICE.exec(trimmed);
  if (!m?.groups) return null;
  const { dollars = "一", rest = "" } = m.groups;
  const fen = yuanJiaoFenToFen(`${dollars}块${rest}`);
  if (fen === null || fen <= 0n) return null;
  return { minor: Number(fen), currency: "HKD", text: trimmed };
}
