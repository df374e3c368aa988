import { normalizeText } from "./key-text.js";

/**
 * Well-known Chinese companies and the names they go by in English. An English-writing rep calls
 * 腾讯 "Tencent" and 比亚迪 "BYD", never by their pinyin; a Chinese-writing one says 联想 of a
 * customer registered as "Lenovo". Each row: the Chinese names, then the English ones. Short forms that are
 * also words or the start of the full name (阿里, 字节, 平安) stay out: the mention scan reads those as partials.
 */
const BRANDS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  // nicknames reps use in chat: 鹅厂 (Tencent's penguin), 菊厂, 狗东, 度厂
  [["腾讯", "鹅厂"], ["Tencent"]],
  [["阿里巴巴"], ["Alibaba"]],
  [
    ["京东", "狗东"],
    ["JD.com", "JD"],
  ],
  [["比亚迪"], ["BYD"]],
  [["顺丰", "顺丰速运"], ["SF Express"]],
  [["美的"], ["Midea"]],
  [["海尔"], ["Haier"]],
  [["格力", "格力电器"], ["Gree"]],
  [["联想"], ["Lenovo"]],
  [["百度", "度厂"], ["Baidu"]],
  [["字节跳动"], ["ByteDance"]],
  [["网易"], ["NetEase"]],
  [["拼多多"], ["Pinduoduo", "PDD"]],
  [["中兴", "中兴通讯"], ["ZTE"]],
  [["宁德时代"], ["CATL"]],
  [["中国石化"], ["Sinopec"]],
  [["中国石油"], ["PetroChina"]],
  [["吉利", "吉利汽车"], ["Geely"]],
  [["蔚来"], ["NIO"]],
  [["大疆"], ["DJI"]],
  [["海康威视"], ["Hikvision"]],
  [["携程"], ["Ctrip", "Trip.com"]],
  [["工商银行", "工行"], ["ICBC"]],
  [
    ["招商银行", "招行"],
    ["China Merchants Bank", "CMB"],
  ],
  [["中国银行"], ["Bank of China"]],
  [["中国移动"], ["China Mobile"]],
  [["中国联通"], ["China Unicom"]],
  [["中国电信"], ["China Telecom"]],
  [
    ["瑞幸", "瑞幸咖啡"],
    ["Luckin", "Luckin Coffee"],
  ],
  [
    ["茅台", "贵州茅台"],
    ["Moutai", "Kweichow Moutai"],
  ],
  [["上汽", "上汽集团"], ["SAIC"]],
  [["京东方"], ["BOE"]],
  [["青岛啤酒"], ["Tsingtao"]],
  [["海信"], ["Hisense"]],
  [["奇瑞"], ["Chery"]],
  [["长城汽车"], ["Great Wall Motor", "Great Wall Motors"]],
  [["安踏"], ["Anta"]],
  [["万科"], ["Vanke"]],
  [["复星"], ["Fosun"]],
  [["小米"], ["Xiaomi"]],
  [["华为", "菊厂"], ["Huawei"]],
  [["美团"], ["Meituan"]],
  [["快手"], ["Kuaishou"]],
  [["哔哩哔哩", "B站"], ["Bilibili"]],
  [["中远海运"], ["COSCO"]],
  [["中国平安"], ["Ping An"]],
];

const ALIASES = new Map<string, string[]>();
for (const [chinese, english] of BRANDS) {
  const all = [...chinese, ...english].map(normalizeText);
  for (const name of all) ALIASES.set(name, [...new Set([...(ALIASES.get(name) ?? []), ...all.filter((other) => other !== name)])]);
}

/** The other names of a well-known company, folded like search keys (none for any other name). */
export function brandAliases(...names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) for (const alias of ALIASES.get(normalizeText(name)) ?? []) out.add(alias);
  for (const name of names) out.delete(normalizeText(name));
  return [...out];
}

/** Short English names that are no English word, so "byd site visit" in lower case is still the company. */
// ("jd" for 京东: probes 46 and 47 wrote "jd says…", "jd's sourcing lead")
const NO_WORD = new Set(["byd", "zte", "dji", "pdd", "jd"]);

export function isLowerCaseSafeAcronym(key: string): boolean {
  return NO_WORD.has(key);
}
