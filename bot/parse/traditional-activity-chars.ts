/**
 * Traditional characters that appear in activity words (通過電話, 拜訪, 會議, 郵件, 視頻) mapped to
 * their simplified forms, one character for one, so offsets found in the folded text still line
 * up with the rep's own text. Only the characters the activity patterns and their tense words
 * need are listed: a full converter is not needed to recognise what kind of activity it was.
 */
const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {
  過: "过",
  電: "电",
  話: "话",
  訪: "访",
  會: "会",
  議: "议",
  郵: "邮",
  視: "视",
  頻: "频",
  開: "开",
  發: "发",
  給: "给",
  約: "约",
  談: "谈",
  聯: "联",
  絡: "络",
  週: "周",
  見: "见",
  講: "讲",
  說: "说",
  論: "论",
  溝: "沟",
  簡: "简",
  訊: "讯",
  線: "线",
  飯: "饭",
  來: "来",
  裡: "里",
  這: "这",
  還: "还",
  們: "们",
  後: "后",
  時: "时",
  點: "点",
  號: "号",
  間: "间",
  為: "为",
  騰: "腾",
  東: "东",
  裏: "里",
  臺: "台",
  與: "与",
  場: "场",
  調: "调",
  現: "现",
  參: "参",
  觀: "观",
  撥: "拨",
  從: "从",
  沒: "没",
  聽: "听",
  複: "复",
  應: "应",
  報: "报",
  價: "价",
  單: "单",
  簽: "签",
};

const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join("")}]`, "gu");

export function foldTraditionalActivityChars(text: string): string {
  return text.replace(TRADITIONAL, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch);
}
