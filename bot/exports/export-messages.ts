import { msg } from "../i18n/msg.js";
import type { Locale } from "../types.js";

type Text = Record<Locale, string>;

/** Column headers of the exports, and the replies of `export`. */
export const ExportM = {
  number: { zh: "编号", en: "Number" } as Text,
  title: { zh: "名称", en: "Title" } as Text,
  currency: { zh: "币种", en: "Currency" } as Text,
  created: { zh: "创建时间", en: "Created" } as Text,
  name: { zh: "姓名", en: "Name" } as Text,
  jobTitle: { zh: "职位", en: "Title" } as Text,
  phone: { zh: "电话", en: "Phone" } as Text,
  email: { zh: "邮箱", en: "Email" } as Text,
  wechat: { zh: "微信", en: "WeChat" } as Text,
  when: { zh: "时间", en: "When" } as Text,
  kind: { zh: "类型", en: "Kind" } as Text,
  contact: { zh: "联系人", en: "Contact" } as Text,
  summary: { zh: "内容", en: "Summary" } as Text,
  by: { zh: "记录人", en: "Logged by" } as Text,
  stage: { zh: "阶段", en: "Stage" } as Text,
  deals: { zh: "商机数", en: "Deals" } as Text,
  amount: { zh: "金额", en: "Amount" } as Text,
  total: { zh: "合计", en: "Total" } as Text,
  // The pipeline's total is of open deals, named as the pipeline and digest cards name it.
  openTotal: { zh: "进行中合计", en: "Open total" } as Text,
  owner: { zh: "销售", en: "Rep" } as Text,
  openDeals: { zh: "未结商机", en: "Open deals" } as Text,
  weighted: { zh: "加权金额", en: "Weighted" } as Text,
  commit: { zh: "承诺", en: "Commit" } as Text,
  bestCase: { zh: "最佳情况", en: "Best case" } as Text,
  won: { zh: "已赢单", en: "Won" } as Text,
  figure: { zh: "指标", en: "Figure" } as Text,
  value: { zh: "数值", en: "Value" } as Text,
  unit: { zh: "单位", en: "Unit" } as Text,
  wonDeals: { zh: "赢单数", en: "Won" } as Text,
  lostDeals: { zh: "输单数", en: "Lost" } as Text,
  newDeals: { zh: "新商机", en: "New deals" } as Text,
  winRate: { zh: "赢单率", en: "Win rate" } as Text,
  averageWon: { zh: "平均赢单金额", en: "Average won deal" } as Text,
  cycleDays: { zh: "平均成交周期（天）", en: "Sales cycle (days)" } as Text,
  funnel: { zh: "漏斗", en: "Funnel" } as Text,
  reached: { zh: "到达", en: "Reached" } as Text,
  conversion: { zh: "转化率（%）", en: "Conversion (%)" } as Text,
  activitySheet: { zh: "活动", en: "Activities" } as Text,
  count: { zh: "数量", en: "Count" } as Text,
  leaderboard: { zh: "排行榜", en: "Leaderboard" } as Text,
  rank: { zh: "名次", en: "Rank" } as Text,
  sheet: {
    pipeline: { zh: "销售漏斗", en: "Pipeline" },
    forecast: { zh: "销售预测", en: "Forecast" },
    report: { zh: "销售报表", en: "Sales report" },
    deals: { zh: "商机", en: "Deals" },
    companies: { zh: "客户", en: "Companies" },
    contacts: { zh: "联系人", en: "Contacts" },
    activities: { zh: "活动", en: "Activities" },
  } as Record<string, Text>,
  kinds: {
    call: { zh: "电话", en: "Call" },
    meeting: { zh: "会面", en: "Meeting" },
    visit: { zh: "拜访", en: "Visit" },
    email: { zh: "邮件", en: "Email" },
    note: { zh: "备注", en: "Note" },
  } as Record<string, Text>,
  done: msg<[number, string, string]>(
    (rows, what, filters) => `已导出 ${rows} 条${what}${filters ? `（${filters}）` : ""}，文件见附件。`,
    (rows, what, filters) => `Exported ${rows} ${counted(rows, what)}${filters ? ` (${filters})` : ""}; the file is attached.`,
  ),
  doneFigures: msg<[string, string]>(
    (what, filters) => `已导出${what}${filters ? `（${filters}）` : ""}，文件见附件。`,
    (what, filters) => `Exported the ${what.toLowerCase()}${filters ? ` (${filters})` : ""}; the file is attached.`,
  ),
  nothing: msg<[string, string]>(
    (what, filters) => `没有可导出的${what}${filters ? `（${filters}）` : ""}。`,
    (what, filters) => `No ${what.toLowerCase()} to export${filters ? ` (${filters})` : ""}.`,
  ),
  unknownContactsOf: msg<[string]>(
    (name) => `找不到客户「${name}」。`,
    (name) => `No customer called "${name}".`,
  ),
};

/** "1 deal", "2 deals", "1 activity": the sheet's English name, singular for one row. */
function counted(rows: number, what: string): string {
  const plural = what.toLowerCase();
  if (rows !== 1) return plural;
  return plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.replace(/s$/u, "");
}
