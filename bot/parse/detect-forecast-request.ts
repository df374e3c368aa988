/**
 * "what's my forecast this quarter", "show me the team forecast for next month", "本季度的销售预测": the forecast
 * command in words (it was "no customer called forecast"). Only the whole message counts.
 */
const EN =
  /^(?:(?:what'?s|whats|what\s+is|what\s+does|how'?s|how\s+is|how\s+does|show(?:\s+me)?|give\s+me|pull\s+up|send(?:\s+me)?)\s+)?(?<scope>my|our|the\s+team'?s?|team|the)?\s*(?:sales\s+)?forecast(?:\s+for)?(?:\s+(?<when>this|next)\s+(?<unit>month|quarter|qtr|q|year))?(?:\s+look(?:ing)?(?:\s+like)?)?\s*[?.!]*$/iu;
const ZH =
  /^(?<scope>我的|我们的?|团队的?|咱们的?)?(?<period>本月|这个月|下个?月|本季度?|这个季度|下个?季度|今年|明年)?的?(?:销售)?预测(?:怎么样|情况如何|情况|是多少)?\s*[?？。.!！]*$/u;
const ZH_PERIOD: Record<string, string> = {
  本月: "this month",
  这个月: "this month",
  下月: "next month",
  下个月: "next month",
  本季: "this quarter",
  本季度: "this quarter",
  这个季度: "this quarter",
  下季度: "next quarter",
  下个季度: "next quarter",
  今年: "this year",
  明年: "next year",
};

export function forecastCommandFor(text: string): string | null {
  const t = text.trim();
  const en = EN.exec(t);
  if (en?.groups) {
    const unit = (en.groups.unit ?? "").toLowerCase();
    const period = en.groups.when ? `${en.groups.when.toLowerCase()} ${unit === "q" || unit === "qtr" ? "quarter" : unit}` : undefined;
    const scope = /our|team/iu.test(en.groups.scope ?? "") ? "team" : undefined;
    return ["forecast", period, scope].filter(Boolean).join(" ");
  }
  const zh = ZH.exec(t);
  if (zh?.groups && (zh.groups.scope || zh.groups.period || /销售预测/u.test(t))) {
    const period = zh.groups.period ? ZH_PERIOD[zh.groups.period] : undefined;
    const scope = /我们|团队|咱们/u.test(zh.groups.scope ?? "") ? "team" : undefined;
    return ["forecast", period, scope].filter(Boolean).join(" ");
  }
  return null;
}
