/**
 * "本周周报", "上周的周报", "团队本月业绩排名", "this month's leaderboard", "how is the team doing this
 * quarter?": the weekly report or the sales report asked for in words. Only the whole message
 * counts, so "给华为发了周报" is still logged. Returns the command line, or null.
 */
const ZH_PERIOD: Record<string, string> = {
  本月: "本月",
  这个月: "本月",
  这月: "本月",
  当月: "本月",
  上月: "上月",
  上个月: "上月",
  本季度: "本季度",
  这个季度: "本季度",
  这季度: "本季度",
  上季度: "上季度",
  上个季度: "上季度",
  今年: "今年",
  本年: "今年",
  去年: "去年",
};
const ZH_SCOPE: Record<string, string> = { 团队: "团队", 我们团队: "团队", 我的: "我的", 我: "我的", 全公司: "全部", 公司: "全部", 全部: "全部" };
const ASK_ZH = "(?:请|帮我)?(?:看看|看一下|看下|发一下|给我|来一份|查看|查一下)?";
const ZH_WEEKLY = new RegExp(`^${ASK_ZH}(?:我的?)?(?<week>本周|这周|这个星期|上周|上个?星期)?的?(?:销售|工作)?周报(?:呢|吧)?[?？。.!！]*$`, "u");
const ZH_REPORT = new RegExp(
  `^${ASK_ZH}(?<scope>团队|我们团队|我的|我|全公司|公司|全部)?的?(?<period>${Object.keys(ZH_PERIOD).join("|")})?的?(?<scope2>团队|全公司)?的?(?:销售)?(?:业绩)?(?:排名|排行榜?|报表|业绩|龙虎榜)(?:怎么样|如何|呢)?[?？。.!！]*$`,
  "u",
);
const EN_PERIOD = /\b(this|last)\s+(month|quarter|year)\b/iu;
const EN_WEEKLY =
  /^(?:(?:show|send|give)\s+(?:me\s+)?)?(?:my\s+|the\s+)?(?:(this|last)\s+week['’]?s?\s+)?weekly(?:\s+report)?(?:\s+for\s+(this|last)\s+week)?[?.!]*$|^(?:my\s+)?(this|last)\s+week['’]s\s+report[?.!]*$/iu;
const EN_REPORT =
  /^(?:(?:show|send|give)\s+(?:me\s+)?)?(?:the\s+|our\s+|my\s+|team\s+)?(?:(?:this|last)\s+(?:month|quarter|year)['’]?s?\s+)?(?:sales\s+)?(?:leaderboard|rankings?|team\s+performance|performance\s+report|sales\s+report)(?:\s+(?:for\s+)?(?:this|last)\s+(?:month|quarter|year))?[?.!]*$|^how\s+(?:is|'s)\s+(?:the|my|our)\s+team\s+doing(?:\s+(?:this|last)\s+(?:month|quarter|year))?[?.!]*$/iu;

/** "我这周记了哪些活动", "上周我都做了什么", "what did I log this week": the week's activities, in the weekly report. */
const ZH_WEEK_LOGGED =
  /^(?:请|帮我)?(?:看看|看一下|查一下)?我?(?<week>本周|这周|这个星期|上周|上个?星期)我?(?:都|一共)?(?:记|录|做|跑|干|跟进)了?(?:哪些|什么|啥|多少)(?:活动|记录|跟进记录|拜访|事|工作)?(?:呢|啊)?[?？。.!！]*$/u;
const EN_WEEK_LOGGED = /^what\s+(?:did|have)\s+i\s+(?:log(?:ged)?|do(?:ne)?|record(?:ed)?)\s+(?<week>this|last)\s+week[?.!]*$/iu;

export function reportCommandFor(text: string): string | null {
  const t = text.trim();
  const weekly = ZH_WEEKLY.exec(t) ?? ZH_WEEK_LOGGED.exec(t);
  if (weekly) return weekly.groups?.week && /上/u.test(weekly.groups.week) ? "周报 上周" : "周报";
  const logged = EN_WEEK_LOGGED.exec(t);
  if (logged) return /last/iu.test(logged.groups?.week ?? "") ? "weekly last week" : "weekly";
  const zh = ZH_REPORT.exec(t);
  if (zh?.groups) {
    const period = zh.groups.period ? ZH_PERIOD[zh.groups.period] : undefined;
    const scope = ZH_SCOPE[zh.groups.scope ?? zh.groups.scope2 ?? ""];
    return ["报表", period, scope].filter(Boolean).join(" ");
  }
  const en = EN_WEEKLY.exec(t);
  if (en) return /last/iu.test(t) ? "weekly last week" : "weekly";
  if (EN_REPORT.test(t)) {
    const period = EN_PERIOD.exec(t);
    const scope = /\bteam\b|\bour\b/iu.test(t) ? "team" : /\bmy\b/iu.test(t) ? "mine" : undefined;
    return ["report", period ? `${period[1]!.toLowerCase()} ${period[2]!.toLowerCase()}` : undefined, scope].filter(Boolean).join(" ");
  }
  return null;
}
