import { companyCard } from "../../cards/company.card.js";
import { formatDealAmount } from "../../cards/format.js";
import { stageName } from "../../cards/labels.js";
import { PermissionDeniedError } from "../../domain/shared/errors.js";
import { canView, canViewShared } from "../../domain/users/permissions.js";
import type { Replies, TurnContext } from "../context.js";
import { QuestionM } from "../i18n/question-messages.js";
import type { Question } from "../parse/detect-question.js";
import { searchRecords } from "./search-records.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import { rememberAskedAbout } from "./asked-about.js";

/**
 * Answers "华为的商机有哪些？" with the company's deals, "what is the status of Globex?" with
 * its card, "search 华为" with matches. Reads only: a question must not log an activity
 * (that would also push the company's last-activity date and delay stale-deal alerts).
 */
export async function answerQuestion(ctx: TurnContext, question: Question, text: string): Replies {
  if (question.kind === "search") return searchRecords(ctx, question.query);
  const target = await companyAskedAbout(ctx, question.subject, text);
  if (target.kind === "many") return searchRecords(ctx, question.subject || text);
  if (target.kind === "none") {
    // "who is 张伟?" names a person, not a customer.
    const people = question.subject ? await ctx.domain.contacts.search(question.subject) : { kind: "none" as const };
    if (people.kind !== "none") return searchRecords(ctx, question.subject);
    return [{ text: question.subject ? QuestionM.unknownCompany[ctx.locale](question.subject) : QuestionM.whichCompany[ctx.locale]() }];
  }
  const overview = await ctx.domain.companies.overview(target.id);
  if (!canViewShared(ctx.actor, overview)) throw new PermissionDeniedError("view", "company", overview.id);
  await rememberAskedAbout(ctx, overview.id);
  // Another team's deal with a shared customer stays theirs.
  const deals = overview.deals.filter((d) => canView(ctx.actor, { ownerId: d.ownerId, ownerTeamId: d.teamId }));
  const hiddenDeals = overview.deals.length - deals.length;
  if (question.topic !== "deals")
    return onlyForAsker(ctx, [{ card: companyCard({ ...overview, deals, hiddenDeals }, { locale: ctx.locale, timeZone: ctx.timezone }) }]);
  if (deals.length === 0 && hiddenDeals > 0) return [{ text: QuestionM.othersDealsOf[ctx.locale](overview.name, hiddenDeals) }];
  if (deals.length === 0) return [{ text: QuestionM.noDealsOf[ctx.locale](overview.name) }];
  const lines = deals.map(
    (d) => `#${d.number} ${d.title} · ${stageName(d.stage, ctx.locale)} · ${formatDealAmount(d.amountMinor, d.currency, ctx.locale)} · ${d.owner.name}`,
  );
  return onlyForAsker(ctx, [
    {
      card: {
        title: QuestionM.dealsOfTitle[ctx.locale](overview.name, deals.length),
        blocks: [
          { type: "text", text: lines.join("\n") },
          { type: "actions", buttons: deals.slice(0, 5).map((d) => ({ label: `#${d.number} ${d.title}`, actionId: "deal.show", value: d.id })) },
        ],
      },
    },
  ]);
}

type Target = { kind: "one"; id: string } | { kind: "many" } | { kind: "none" };

/** A known company named anywhere in the question first; else the words left once the question words are gone. */
async function companyAskedAbout(ctx: TurnContext, subject: string, text: string): Promise<Target> {
  const mentioned = await ctx.domain.mentions.companies(text);
  if (mentioned.length === 1) return { kind: "one", id: mentioned[0]!.id };
  if (!subject) return mentioned.length > 1 ? { kind: "many" } : { kind: "none" };
  const found = await ctx.domain.companies.search(subject);
  if (found.kind === "one") return { kind: "one", id: found.match.id };
  if (found.kind === "many" || mentioned.length > 1) return { kind: "many" };
  return { kind: "none" };
}
