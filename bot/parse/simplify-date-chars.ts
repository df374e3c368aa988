// biome-ignore-all format: a data table, laid out by hand
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
  // Cantonese / Taiwanese day and holiday words: 當前, 聽日, 尋日, 婦女節, 萬聖節, 開齋節, 復活節
  當: '当', 聽: '听', 尋: '寻', 頭: '头', 婦: '妇', 兒: '儿', 軍: '军', 萬: '万', 紀: '纪', 歸: '归',
  靈: '灵', 臨: '临', 難: '难', 齋: '斋', 爾: '尔', 穌: '稣', 復: '复', 體: '体', 權: '权', 費: '费',
  際: '际', 紅: '红', 燈: '灯', 勝: '胜', 樹: '树', 獨: '独', 豐: '丰', 穫: '获', 誦: '诵', 經: '经',
  轉: '转', 歡: '欢', 毀: '毁', 猶: '犹', 獻: '献', 燭: '烛', 闆: '板', 務: '务', 還: '还', 東: '东',
  舊: '旧', 歷: '历', 較: '较', 餘: '余', 陰: '阴', 曉: '晓', 臘: '腊', 級: '级', 們: '们', 麼: '么',
  實: '实', 餅: '饼', 門: '门', 設: '设', 贖: '赎', 圖: '图', 馬: '马', 禱: '祷', 蘭: '兰',
};
const TRADITIONAL_RE = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join('')}]`, 'gu');

export function simplifyDateChars(text: string): string {
  return text.replace(TRADITIONAL_RE, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch);
}
