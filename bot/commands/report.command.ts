import { chartReply } from "../charts/chart-reply.js";
import { funnelChart } from "../charts/sales-charts.js";
import { formatAmountsOrDash } from "../../cards/format.js";
import type { Replies } from "../context.js";
import { ForecastM } from "../i18n/forecast-messages.js";
import { ACTIVITY_NAMES, M } from "../i18n/messages.js";
import { ReportM } from "../i18n/report-messages.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { isScopeWord, scopeFor } from "./scope-words.js";
import { periodRange, takePeriod } from "./forecast-period.js";
import { periodLabel } from "./period-label.js";
import { reportDeclaration } from "./report.declaration.js";

export const reportCommand: Command = {
  ...declared(reportDeclaration),
  async run(ctx, args) {
    const { period, rest } = takePeriod(args);
    const word = rest[0]?.toLowerCase();
    if (rest.length > 1 || (word && !isScopeWord(word))) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const range = periodRange(period, ctx.now, ctx.timezone);
    const report = await ctx.domain.reports.report(ctx.actor, range, scopeFor(ctx, word));
    const periodName = periodLabel(range, ctx.locale);
    const { locale } = ctx;
    if (report.won + report.lost === 0 && report.reps.length === 0) return [{ text: ReportM.none[locale](periodName) }];
    const dash = "—";
    const summary = ReportM.summary[locale](
      report.won,
      report.lost,
      report.winRate === null ? dash : `${report.winRate}%`,
      formatAmountsOrDash(report.averageWon, locale),
      report.cycleDays === null ? dash : ReportM.days[locale](report.cycleDays),
    );
    const funnel = report.funnel.map((step, i) => {
      const before = i > 0 ? report.funnel[i - 1]!.reached : 0;
      const conversion = i > 0 && before > 0 ? ` · ${Math.round((step.reached * 100) / before)}%` : "";
      return `  ${locale === "zh" ? step.nameZh : step.nameEn}: ${step.reached}${conversion}`;
    });
    const activities = Object.entries(report.activities)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, n]) => `${(ACTIVITY_NAMES[kind]?.[locale] ?? kind).replace(/^(a|an) /u, "")} ${n}`)
      .join(" · ");
    const board = report.reps.map(
      (r, i) => `  ${ReportM.rep[locale](i + 1, r.name, r.won, formatAmountsOrDash(r.wonAmounts, locale), r.newDeals, r.activities)}`,
    );
    const text = [
      summary,
      ReportM.funnel[locale](),
      ...funnel,
      `${ReportM.activities[locale]()}: ${activities || dash}`,
      ReportM.leaderboard[locale](),
      ...board,
    ].join("\n");
    const title = ReportM.title[locale](periodName, ForecastM.scope[report.scope.kind][locale]());
    const chart = await chartReply(ctx, "report", funnelChart(title, report.funnel, report.reps, locale));
    return [{ card: { title, blocks: [{ type: "text", text }] } }, ...chart];
  },
};
