/**
 * How Chinese reps type money in chat: "8w8" / "12w5" are 8万8 / 12万5 (88,000 / 125,000), "1.2kw" is
 * 1.2千万, "5万刀" / "20万美刀" are dollars (刀 is slang for 美元). Each is folded one character for
 * one into the form the amount reader knows, keeping every offset.
 */
const W_THEN_DIGIT = /(?<=\d)[wW](?=\d(?![\d.,]))/gu;
const KW = /(?<=\d)[kK][wW](?![a-zA-Z])/gu;
const DAO = /(?<=[\d万千百亿wWkK]\s?)美?刀(?![\p{Script=Han}])|(?<=[\d万千百亿wWkK]\s?)美刀/gu;

export function foldChatMoneyShorthand(text: string): string {
  if (!/[wW刀]/u.test(text)) return text;
  return text
    .replace(W_THEN_DIGIT, "万")
    .replace(KW, "千万")
    .replace(DAO, (m: string) => (m.length === 2 ? "美元" : "$"));
}
