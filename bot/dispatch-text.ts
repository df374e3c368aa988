import { AmbiguousError } from "../domain/shared/errors.js";
import { isHowToQuestion } from "./parse/detect-how-to.js";
import { HowToM } from "./i18n/how-to-messages.js";
import { findCommand } from "./commands/registry.js";
import { quoteIfNeeded, tokenize } from "./commands/tokenize.js";
import { verbFirstCommand } from "./commands/verb-first.js";
import type { Replies, TurnContext } from "./context.js";
import type { Reply } from "./types.js";
import { errorReply } from "./error-reply.js";
import { answerCount } from "./flows/answer-count.flow.js";
import { answerDealCount } from "./flows/answer-deal-count.flow.js";
import { answerQuestion } from "./flows/answer-question.flow.js";
import { answerBareName } from "./flows/bare-name.js";
import { applyCorrection } from "./flows/correction.flow.js";
import { moveToNamedCustomer } from "./flows/customer-correction.flow.js";
import { detailsForLastPerson } from "./flows/details-for-last-person.js";
import { ContractM } from "./i18n/contract-messages.js";
import { ask } from "./flows/ask.js";
import { answerByAddContact, answerByLabel, answerByName, answerByNumber, confirmByText, declineByText } from "./flows/confirm-by-text.js";
import { parseChoiceNumber } from "./parse/choice-number.js";
import { dealDateCommandFor } from "./flows/deal-date-sentence.js";
import { personalReminderFor } from "./flows/personal-reminder.js";
import { tierCommandFor } from "./flows/tier-sentence.js";
import { stageMoveCommandFor } from "./flows/stage-move-sentence.js";
import { paymentCommandFor } from "./flows/payment-sentence.js";
import { forwardedText, isSalesCorrespondence, raiseForwardedTicket } from "./flows/forwarded-ticket.flow.js";
import { runLogFlow } from "./flows/log-sentence.flow.js";
import { isSeveralCustomersReport, type NamedLine, reportHeading, reportLines } from "./flows/report-lines.js";
import { ENTITY_NAMES, M } from "./i18n/messages.js";
import { detectCountQuestion, detectDealCountQuestion } from "./parse/detect-count-question.js";
import { isDigestRequest } from "./parse/detect-digest-request.js";
import { detectListRequest, listPeriodOf } from "./parse/detect-list-request.js";
import { pipelineCommandFor } from "./parse/detect-pipeline-request.js";
import { forecastCommandFor } from "./parse/detect-forecast-request.js";
import { withoutPoliteOpening } from "./parse/polite-opening.js";
import { reportCommandFor } from "./parse/detect-report-request.js";
import { naturalDealListArgs } from "./flows/natural-deal-list.js";
import { detectQuestion } from "./parse/detect-question.js";
import { splitTrailingQuestion } from "./parse/trailing-question.js";
import { isOffTopicQuestion } from "./parse/detect-off-topic.js";
import { isAffirmation } from "./parse/detect-affirmation.js";
import { isDecline } from "./parse/detect-decline.js";
import { detectSmallTalk } from "./parse/detect-small-talk.js";
import { isUndoRequest } from "./parse/detect-undo-request.js";
import { SmallTalkM } from "./i18n/small-talk-messages.js";

/** A command line or a sentence to log. Used for typed text and for re-running a command after a choice. */
export async function dispatchText(ctx: TurnContext, text: string): Replies {
  const tokens = tokenize(text);
  const found = findCommand(tokens[0] ?? "");
  // A command word that starts a sentence ("Weekly sync with Globex…") leaves the sentence alone.
  const command = found && (!found.accepts || found.accepts(tokens.slice(1))) ? found : null;
  if (!command) {
    // "Open a ticket", "新建工单" typed while that button is shown: pressing it.
    const pressed = (await answerByLabel(ctx, text.trim())) ?? (await answerByAddContact(ctx, text));
    if (pressed) return pressed;
    // "new deal Initech 40k", "新建商机 腾讯 80万": the same command, verb first.
    const verbFirst = verbFirstCommand(text);
    if (verbFirst) return dispatchText(ctx, verbFirst);
    // A forwarded customer message ("Fwd: …", "> …") is a support request, not a sales activity.
    // (…unless it is about the sale: "Fwd: RE: 2028 renewal quote", an out-of-office reply to the rep's mail)
    const forwarded = forwardedText(text);
    if (forwarded && isSalesCorrespondence(forwarded)) return runLogFlow(ctx, { text, receivedAt: ctx.now.toISOString(), kind: "email" });
    if (forwarded) return raiseForwardedTicket(ctx, forwarded);
    // "1. Globex - called…\n2. Initech - demo Tue": a report of several customers, one per line.
    const lines = await severalCustomersReport(ctx, text);
    if (lines) {
      const before = await ctx.pending.openIds(ctx.actor.userId);
      const replies: Reply[] = [];
      for (const line of lines) replies.push(...(await dispatchText(ctx, line)));
      await ctx.pending.restampAdded(ctx.actor.userId, before);
      return replies;
    }
    // "1" right after a question: its first button, pressed by typing (platforms where buttons are text).
    const choice = parseChoiceNumber(text);
    const chosen = choice === null ? null : await answerByNumber(ctx, choice);
    if (chosen) return chosen;
    // "Umbrella Corp" right after "create Umbrella Corp and log?": that answer, not a new sentence.
    const named = choice === null ? await answerByName(ctx, text.trim()) : null;
    if (named) return named;
    // "nina@massivedynamic.com is her email": for the person just talked about, not a note.
    const details = await detailsForLastPerson(ctx, text);
    if (details) return details;
    // "oops wrong, undo", "不对，撤销": the undo command in words.
    if (isUndoRequest(text)) return dispatchText(ctx, "undo");
    // "不对，是下周三", "sorry, I meant 250k": a fix to what was just logged, not a new sentence.
    const corrected = (await applyCorrection(ctx, text)) ?? (await moveToNamedCustomer(ctx, text));
    if (corrected) return corrected;
    // "no", "算了不用了": the "none of these" answer to the question just asked.
    const declined = isDecline(text) ? await declineByText(ctx) : null;
    if (declined) return declined;
    // "ok", "收到", "谢谢": nothing to log, and no question back about which customer.
    const yes = isAffirmation(text);
    const smallTalk = detectSmallTalk(text) ?? (yes ? "ack" : null);
    if (smallTalk) {
      // …unless it says yes to the question the bot just asked.
      const answered = yes ? await confirmByText(ctx) : null;
      return answered ?? [{ text: SmallTalkM[smallTalk][ctx.locale]() }];
    }
    // "怎么删除一条记录？", "how do I edit a deal?": how to use the bot, not a customer to look for.
    if (isHowToQuestion(text)) return [{ text: HowToM.answer[ctx.locale]() }];
    // "今天的简报", "today's digest": the digest command in words.
    if (isDigestRequest(text)) return dispatchText(ctx, "digest");
    // "本周周报", "团队本月业绩排名", "this month's leaderboard": the weekly report or the sales report.
    const asked = withoutPoliteOpening(text);
    const report = reportCommandFor(asked) ?? pipelineCommandFor(asked) ?? forecastCommandFor(asked);
    if (report) return dispatchText(ctx, report);
    // "show my follow-ups", "我的待办", "my deals": the rep's own list, never a customer called "follow-ups".
    const list = detectListRequest(text);
    if (list === "followups") return dispatchText(ctx, `followup list ${listPeriodOf(text) ?? ""}`.trim());
    if (list === "customers") return dispatchText(ctx, ctx.locale === "zh" ? "客户 列表 我的" : "company list mine");
    // (every phrasing says whose: "my deals", "我的商机", "我有几个商机")
    if (list) return dispatchText(ctx, ctx.locale === "zh" ? "商机 列表 我的" : "deal list mine");
    // "deals closing this month", "本月成交的商机": the deal list with those filters.
    const dealFilters = naturalDealListArgs(text);
    if (dealFilters) return dispatchText(ctx, `deal list ${dealFilters}`);
    // "这个月赢了几单", "how many deals did we close last month?": deals won / lost / opened.
    const dealCount = detectDealCountQuestion(text);
    if (dealCount) return answerDealCount(ctx, dealCount, text);
    // "how many calls did I make this week?", "这个月拜访了几次华为": a count, never logged.
    const count = detectCountQuestion(text);
    if (count) return answerCount(ctx, count, text);
    // A question ("华为的商机有哪些？", "search Acme") is answered, never logged.
    // ("quick q - did i already log the fabrikam demo?", "hey, when's the contoso demo?": the opener is no report)
    const question = detectQuestion(asked);
    // "what time is it in Shanghai", "今天天气怎么样": about the world, not a customer
    if (question && isOffTopicQuestion(asked)) return [{ text: HowToM.offTopic[ctx.locale]() }];
    // "给顺丰发了邮件，另外顺丰之前是谁在跟？": the report is logged, then the question after it answered
    const trailing = question ? splitTrailingQuestion(asked) : null;
    if (trailing)
      return [
        ...(await runLogFlow(ctx, { text: trailing.report, receivedAt: ctx.now.toISOString() })),
        ...(await answerQuestion(ctx, trailing.question, text)),
      ];
    if (question) return answerQuestion(ctx, question, text);
    // "华为", "Globex?", "张总": a lone known name asks for the record; there is nothing to log.
    const record = await answerBareName(ctx, text);
    if (record) return record;
    // "华为回款50万", "Acme paid the first 30%": money received on the customer's contract.
    const payment = await paymentCommandFor(ctx, text);
    if (payment && "command" in payment) return dispatchText(ctx, payment.command);
    if (payment) {
      const logged = await runLogFlow(ctx, { text, receivedAt: ctx.now.toISOString() });
      return [...logged, { text: ContractM.paymentNotRecorded[ctx.locale](payment.noContract) }];
    }
    // "Acme 的商机预计月底签": a date on the deal, not an activity.
    const dealDate = await dealDateCommandFor(ctx, text);
    if (dealDate) return dispatchText(ctx, dealDate);
    // "华为改成A类客户": the customer's tier.
    // "move Contoso to negotiation", "把顺丰推进到商务谈判": the stage change itself, not a note about it.
    const stageMove = await stageMoveCommandFor(ctx, text);
    if (stageMove) return "command" in stageMove ? dispatchText(ctx, stageMove.command) : stageMove.replies;
    const tier = await tierCommandFor(ctx, text);
    if (tier) return dispatchText(ctx, tier);
    // "明天上午提醒我写周报": a reminder about no customer is the rep's own follow-up, not a log asking which customer
    const ownReminder = await personalReminderFor(ctx, text);
    if (ownReminder) return dispatchText(ctx, ownReminder);
    return runLogFlow(ctx, { text, receivedAt: ctx.now.toISOString() });
  }
  try {
    return await command.run(ctx, tokens.slice(1));
  } catch (error) {
    if (error instanceof AmbiguousError) return askWhichOne(ctx, tokens, error);
    throw error;
  }
}

/** The lines of a report naming several known customers, one per line; null otherwise. */
async function severalCustomersReport(ctx: TurnContext, text: string): Promise<string[] | null> {
  const lines = reportLines(text);
  if (!lines) return null;
  // "华为项目周报：\n…": a heading naming a customer makes every line about it.
  const heading = reportHeading(text);
  if (heading && (await ctx.domain.companies.mentionedIn(heading)).length > 0) return null;
  const named: NamedLine[] = [];
  for (const line of lines) named.push({ line, customers: await ctx.domain.companies.mentionedIn(line.text) });
  return isSeveralCustomersReport(named) ? lines.map((line) => line.say) : null;
}

/**
 * "deal show Acme" with two Acmes: one button per candidate; choosing re-runs the same
 * command with the candidate's exact name (or "#12") in place of what was typed.
 */
async function askWhichOne(ctx: TurnContext, tokens: string[], error: AmbiguousError): Replies {
  const line = tokens.join(" ");
  const at = queryPosition(line, error.query);
  if (at < 0) return [errorReply(error, ctx.locale)];
  const replaced = (ref: string) => `${line.slice(0, at)}${quoteIfNeeded(ref)}${line.slice(at + error.query.length)}`;
  const options = error.candidates.map((c) => ({ label: c.label, patch: { text: replaced(c.ref) } }));
  const what = ENTITY_NAMES[error.entity]?.[ctx.locale] ?? error.entity;
  return ask(ctx, "command", M.whichOne[ctx.locale](what, error.query), null, options);
}

/** Where the query stands as whole words (a user "e" must not be replaced inside "user"); else its first occurrence. */
function queryPosition(line: string, query: string): number {
  for (let at = line.indexOf(query); at >= 0; at = line.indexOf(query, at + 1)) {
    const before = at === 0 || /\s/.test(line[at - 1]!);
    const after = at + query.length === line.length || /\s/.test(line[at + query.length]!);
    if (before && after) return at;
  }
  return line.indexOf(query);
}
