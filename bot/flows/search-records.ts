import { formatDate, formatDealAmount } from "../../cards/format.js";
import { truncate } from "../../cards/limits.js";
import { stageName } from "../../cards/labels.js";
import { canView, canViewShared } from "../../domain/users/permissions.js";
import type { Replies, TurnContext } from "../context.js";
import { QuestionM } from "../i18n/question-messages.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";

const MAX_ROWS = 10;

type Found<T> = { kind: "one"; match: T } | { kind: "many"; matches: T[] } | { kind: "none" };
const all = <T>(found: Found<T>): T[] => (found.kind === "one" ? [found.match] : found.kind === "many" ? found.matches : []);

/**
 * Customers, contacts and deals whose names match what was typed (the same search keys the log
 * flow uses), and activities whose text holds the words (the ActivityTerm index); read-only.
 */
export async function searchRecords(ctx: TurnContext, query: string): Replies {
  const q = query.trim();
  if (!q) return [{ text: QuestionM.usage[ctx.locale]() }];
  const zh = ctx.locale === "zh";
  const [companies, contacts] = await Promise.all([ctx.domain.companies.search(q), ctx.domain.contacts.search(q)]);
  const companyRows = all(companies).filter((c) => canViewShared(ctx.actor, c));
  const contactRows = all(contacts).filter((c) => canViewShared(ctx.actor, c.company));
  const deals = await ctx.domain.deals.matching(
    q,
    companyRows.map((c) => c.id),
    MAX_ROWS,
  );
  const dealRows = deals.filter((d) => canView(ctx.actor, { ownerId: d.ownerId, ownerTeamId: d.teamId }));
  // What was logged: the words anywhere in an activity's text (indexed, see ActivitySearch).
  const activities = await ctx.domain.activitySearch.search(ctx.actor, q, MAX_ROWS);
  const lines = [
    ...companyRows.map((c) => `${zh ? "客户" : "Customer"}: ${c.name}`),
    ...contactRows.map((c) => `${zh ? "联系人" : "Contact"}: ${c.name} · ${c.company.name}${c.title ? ` · ${c.title}` : ""}`),
    ...dealRows.map(
      (d) =>
        `${zh ? "商机" : "Deal"}: #${d.number} ${d.title} · ${stageName(d.stage, ctx.locale)} · ${formatDealAmount(d.amountMinor, d.currency, ctx.locale)}`,
    ),
    ...activities.map(
      (a) =>
        `${zh ? "活动" : "Activity"}: ${formatDate(a.occurredAt, ctx.timezone, ctx.locale)} ${a.actor.name}${a.company ? ` · ${a.company.name}` : ""}: ${truncate(a.summary, 80)}`,
    ),
  ].slice(0, MAX_ROWS * 3);
  if (lines.length === 0) return [{ text: QuestionM.noResults[ctx.locale](q) }];
  const buttons = dealRows.slice(0, 5).map((d) => ({ label: `#${d.number} ${d.title}`, actionId: "deal.show", value: d.id }));
  return onlyForAsker(ctx, [
    {
      card: {
        title: QuestionM.resultsTitle[ctx.locale](q, lines.length),
        blocks: [{ type: "text", text: lines.join("\n") }, ...(buttons.length > 0 ? [{ type: "actions" as const, buttons }] : [])],
      },
    },
  ]);
}
