import { formatAmounts } from "../../cards/format.js";
import type { Replies, TurnContext } from "../context.js";
import { dealCountText } from "../i18n/count-messages.js";
import type { DealCountQuestion } from "../parse/detect-count-question.js";
import { countPeriodRange } from "./count-period.js";

/**
 * "这个月赢了几单", "how many deals did we close last month?": deals won, lost or opened in the
 * period (the asker's own; a manager's "we" counts the team), with their amounts. Writes nothing.
 */
export async function answerDealCount(ctx: TurnContext, question: DealCountQuestion, text: string): Replies {
  const mentioned = await ctx.domain.mentions.companies(text);
  const company = mentioned.length === 1 ? mentioned[0]! : null;
  const period = question.period ?? "month";
  const { from, to } = countPeriodRange(period, ctx.now, ctx.timezone, question.month);
  const result = await ctx.domain.deals.countOutcome(ctx.actor, {
    outcome: question.outcome,
    from,
    to,
    team: question.team,
    ...(company ? { companyId: company.id } : {}),
  });
  return [
    {
      text: dealCountText(
        {
          count: result.count,
          scope: result.scope,
          outcome: question.outcome,
          period,
          ...(question.month ? { month: question.month } : {}),
          company: company?.name ?? null,
          amounts: formatAmounts(result.amounts, ctx.locale),
          assumedPeriod: question.period === null,
        },
        ctx.locale,
      ),
    },
  ];
}
