/**
 * Traditional forms of the characters our date rules and chrono's zh.hans parser
 * look for ("禮拜一", "後天", "下個週三"). One character for one keeps every
 * index in the text unchanged.
 */
const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {
  週: '周', 禮: '礼', 後: '后', 個: '个', 點: '点', 號: '号', 時: '时', 這: '这', 曆: '历', 農: '农',
  節: '节', 兩: '两', 鐘: '钟', 間: '间', 晝: '昼', 聖: '圣', 誕: '诞', 慶: '庆', 勞: '劳',
  動: '动', 陽: '阳', 國: '国', 雙: '双', 過: '过', 開: '开', 會: '会', 來: '来', 數: '数', 幾: '几',
  釐: '厘', 淩: '凌', 與: '与', 於: '于', 剛: '刚', 電: '电', 話: '话', 約: '约',
};
const TRADITIONAL_RE = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join('')}]`, 'gu');

export function simplifyDateChars(text: string): string {
  return text.replace(TRADITIONAL_RE, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch);
}
