/**
 * "华为 下 周 五 开会", "12 月 中旬", "下 个 月 15 号": reps on phones type spaces inside Chinese date words. A space
 * between two pieces of one date word is dropped, so the date reads as if typed together; a space between
 * Chinese words elsewhere still separates them ("今天去了京东 下周再去一次").
 */
const LEFT = String.raw`(?:[上下本这今明后昨前每午几半年天时]|个|周|星期|礼拜|[一二三四五六七八九十两]|\d|月|月份)`;
const RIGHT = String.raw`(?:个|周|星期|礼拜|[一二三四五六日天年]|\d|月|号|日|[上中下]旬|初|底|末|中(?![国文心午标])|点|小时|[后前内以之])`;
/** the pairs that make one date word: 下+周, 周+五, 12+月, 月+中旬, 15+号, 下+个, 个+月 */
const PAIRS: Array<[RegExp, RegExp]> = [
  // (not the end of another word: "聊了一下 周五过去" is no 下周五, nor "马上 周一", "然后 周五")
  [
    /(?:[本这今明每]|(?<![一以私线底楼当眼剩留坐放拿定记写聊看问说讲查试等想商量])下|(?<![马晚早线网会路加以跟赶])上|(?<![以之然最随稍会饭午])后)$/u,
    /^(?:个|周|星期|礼拜|月)/u,
  ],
  [/(?:[上下本这每]个)$/u, /^(?:周|星期|礼拜|月)/u],
  [/(?:周|星期|礼拜)$/u, /^[一二三四五六日天]/u],
  // (not "1 号 楼", "3 号 门": a building or a gate)
  [/(?:\d|[一二三四五六七八九十]|月份?)$/u, /^(?:月|号(?!\s*[楼室房线门院栋座位层厅馆库])|日(?![本元子常])|[上中下]旬|初|底|末|中(?![国文心午标]))/u],
  [/月$/u, /^(?:\d|[一二三四五六七八九十二])/u],
  [/[明今后昨前]$/u, /^天/u],
  // "3 个 月 后", "两 周 后", "今年 1 月": a count, its unit and what comes after it
  [/[\d一二两三四五六七八九十几半]$/u, /^(?:个(?=\s*(?:月|星期|礼拜|小时|钟头))|周|天|年|星期|礼拜|小时)/u],
  [/[\d一二两三四五六七八九十几半]个$/u, /^(?:月|星期|礼拜|小时|钟头)/u],
  [/(?:[\d一二两三四五六七八九十几半]个?(?:月|周|天|年|星期|礼拜|小时))$/u, /^(?:以后|之后|以内|之内|后|前|内)/u],
  [/[今明去前后]年$/u, /^(?:\d|[一二三四五六七八九十])/u],
  // "下午 3 点": the part of day, its hour and 点
  [/(?:[上下中]午|晚上|早上)$/u, /^(?:\d|[一二三四五六七八九十两])/u],
  [/(?:[上下中]午|晚上|早上)(?:\d{1,2}|[一二三四五六七八九十两]{1,3})$/u, /^点/u],
];
const SPACE = new RegExp(String.raw`(?<=${LEFT}) +(?=${RIGHT})`, "gu");

export function joinSpacedDateWords(text: string): string {
  if (!/\p{Script=Han}/u.test(text) || !text.includes(" ")) return text;
  return text.replace(SPACE, (space, offset: number, whole: string) => {
    // what is already joined before this space counts as one word ("下 个 月": 下个 + 月)
    const before = whole.slice(Math.max(0, offset - 8), offset).replace(/ +/gu, "");
    const after = whole.slice(offset + space.length, offset + space.length + 3);
    return PAIRS.some(([left, right]) => left.test(before) && right.test(after)) ? "" : space;
  });
}
