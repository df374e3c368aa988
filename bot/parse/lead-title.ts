/**
 * A job title in a lead's text: Chinese titles with their department (采购总监, 销售经理 — not 王经理,
 * which is how people are named) and English ones ("Head of IT", "Director of Ops", "VP Engineering",
 * "Chief Technology Officer", "Procurement Manager", CTO). The first one in the text, as written.
 */
const ZH_TITLE =
  /(?:副?总经理|副总裁|总裁|董事长|董事|首席[\u4e00-\u9fa5]{2,4}官|(?:采购|销售|市场|技术|财务|产品|项目|运营|人事|行政|商务|客户|区域|大客户|信息|研发|IT|HR)(?:总监|经理|主管|负责人|专员|总))/u;
const EN_TITLE = new RegExp(
  [
    "chief [a-z]+(?: [a-z]+)? officer",
    "(?:senior |sr\\.? |executive )?(?:vp|svp|evp|vice president)(?: of)?(?: [a-z&]+){1,2}?(?=$|[,;，；\\n]| at | from | with | in )",
    "(?:head|director|manager|lead) of [a-z&]+(?: (?!at\\b|from\\b|with\\b|in\\b)[a-z&]+)?",
    "(?:[a-z]+ )?(?:director|manager)",
    "co-?founder",
    "founder",
    "owner",
    "\\b(?:ceo|cto|cfo|coo|cio|cmo|cpo)\\b",
  ]
    .map((p) => `(?:${p})`)
    .join("|"),
  "iu",
);

export function leadTitleIn(text: string): string | null {
  const zh = ZH_TITLE.exec(text);
  const en = EN_TITLE.exec(text);
  const first = [zh, en].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  return first ? first[0].trim() : null;
}
