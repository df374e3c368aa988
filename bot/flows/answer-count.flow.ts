import { formatDateTime } from "../../cards/format.js";
import type { Replies, TurnContext } from "../context.js";
import { CountM, countAnswerText } from "../i18n/count-messages.js";
import { QuestionM } from "../i18n/question-messages.js";
import type { CountQuestion } from "../parse/detect-count-question.js";
import { countPeriodRange } from "./count-period.js";

/**
 * "how many calls did I make this week?", "这个月拜访了几次华为": counts the logged activities
 * (the asker's own; a manager's "we" counts the team's) and lists the latest few. Writes nothing.
 */
export async function answerCount(ctx: TurnContext, question: CountQuestion, text: string): Replies {
  const company = await companyOf(ctx, question, text);
  if (company === "unknown") return [{ text: QuestionM.unknownCompany[ctx.locale](question.rest) }];
  if (company === "many") return [{ text: QuestionM.whichCompany[ctx.locale]() }];
  const period = question.period ?? "month";
  const { from, to } = countPeriodRange(period, ctx.now, ctx.timezone, question.month);
  const result = await ctx.domain.activities.count(ctx.actor, {
    from,
    to,
    ...(question.kind ? { kind: question.kind } : {}),
    ...(company ? { companyId: company.id } : {}),
    team: question.team,
  });
  const answer = countAnswerText(
    {
      count: result.count,
      scope: result.scope,
      kind: question.kind,
      period,
      ...(question.month ? { month: question.month } : {}),
      company: company?.name ?? null,
      assumedPeriod: question.period === null,
    },
    ctx.locale,
  );
  if (result.latest.length === 0) return [{ text: answer }];
  const lines = result.latest.map(
    (a) =>
      `• ${formatDateTime(a.occurredAt, ctx.timezone, ctx.locale)} ${a.company?.name ?? ""} ${a.summary.slice(0, 60)}${result.scope === "mine" ? "" : ` (${a.actor.name})`}`,
  );
  return [{ text: `${answer}\n${CountM.latest[ctx.locale]}\n${lines.join("\n")}` }];
}

async function companyOf(ctx: TurnContext, question: CountQuestion, text: string): Promise<{ id: string; name: string } | null | "unknown" | "many"> {
  const mentioned = await ctx.domain.mentions.companies(text);
  if (mentioned.length === 1) return { id: mentioned[0]!.id, name: mentioned[0]!.name };
  if (mentioned.length > 1) return "many";
  if (!question.rest) return null;
  const found = await ctx.domain.companies.search(question.rest);
  if (found.kind === "one") return { id: found.match.id, name: found.match.name };
  return found.kind === "none" ? "unknown" : "many";
}
