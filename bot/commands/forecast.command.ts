import { formatAmounts } from "../../cards/format.js";
import type { Amounts } from "../../domain/pipeline/forecast.service.js";
import { COMMIT_PROBABILITY } from "../../domain/pipeline/forecast.service.js";
import type { PipelineScope } from "../../domain/pipeline/pipeline-summary.service.js";
import type { Replies, TurnContext } from "../context.js";
import { ForecastM } from "../i18n/forecast-messages.js";
import { M } from "../i18n/messages.js";
import type { Locale } from "../types.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { forecastDeclaration } from "./forecast.declaration.js";
import { periodRange, takePeriod } from "./forecast-period.js";

const MINE = ["mine", "my", "me", "我的", "我"];
const TEAM = ["team", "团队", "我们"];
const ALL = ["all", "everyone", "全部", "所有"];

export const forecastCommand: Command = {
  ...declared(forecastDeclaration),
  async run(ctx, args) {
    const { period, rest } = takePeriod(args);
    const word = rest[0]?.toLowerCase();
    if (rest.length > 1 || (word && ![...MINE, ...TEAM, ...ALL].includes(word))) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const scope = scopeFor(ctx, word);
    const range = periodRange(period, ctx.now, ctx.timezone);
    const forecast = await ctx.domain.forecast.forecast(ctx.actor, range, scope);
    const periodName = periodLabel(range, ctx.locale);
    const scopeName = ForecastM.scope[forecast.scope.kind][ctx.locale]();
    const money = (a: Amounts) => formatAmounts(a, ctx.locale);
    if (forecast.lines.length === 0) {
      return [
        { text: [ForecastM.none[ctx.locale](periodName), ...(forecast.undated > 0 ? [ForecastM.undated[ctx.locale](forecast.undated)] : [])].join("\n") },
      ];
    }
    const line = (who: string, l: typeof forecast.total) =>
      ForecastM.line[ctx.locale](who, l.open, money(l.weighted), money(l.commit), money(l.bestCase), money(l.won));
    const lines = forecast.lines.map((l) => `• ${line(l.ownerName, l)}`);
    if (forecast.lines.length > 1) lines.push(`= ${line(ForecastM.total[ctx.locale](), forecast.total)}`);
    const notes = [ForecastM.legend[ctx.locale](COMMIT_PROBABILITY), ...(forecast.undated > 0 ? [ForecastM.undated[ctx.locale](forecast.undated)] : [])];
    return [
      {
        card: {
          title: ForecastM.title[ctx.locale](periodName, scopeName),
          blocks: [
            { type: "text", text: lines.join("\n") },
            { type: "text", text: notes.join("\n") },
          ],
        },
      },
    ];
  },
};

function scopeFor(ctx: TurnContext, word: string | undefined): PipelineScope {
  if (word && MINE.includes(word)) return { kind: "owner", ownerId: ctx.actor.userId };
  if (word && TEAM.includes(word) && ctx.actor.teamId) return { kind: "team", teamId: ctx.actor.teamId };
  if (word && ALL.includes(word)) return { kind: "all" };
  return ctx.domain.pipeline.defaultScope(ctx.actor);
}

/** "2026年12月" / "Dec 2026", "2027年第1季度" / "Q1 2027", "2026年" / "2026". */
function periodLabel(range: { year: number; month: number; months: number }, locale: Locale): string {
  if (range.months === 12) return locale === "zh" ? `${range.year}年` : String(range.year);
  if (range.months === 3) {
    const q = Math.floor((range.month - 1) / 3) + 1;
    return locale === "zh" ? `${range.year}年第${q}季度` : `Q${q} ${range.year}`;
  }
  if (locale === "zh") return `${range.year}年${range.month}月`;
  return `${new Date(Date.UTC(range.year, range.month - 1, 1)).toLocaleString("en-US", { month: "short", timeZone: "UTC" })} ${range.year}`;
}
