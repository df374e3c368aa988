import type { TurnContext } from "../context.js";
import { CorrectionM } from "../i18n/correction-messages.js";
import { correctionOf } from "../parse/detect-correction.js";
import type { Reply } from "../types.js";
import { CORRECTS_WITHIN_MS } from "./correction.flow.js";
import { planMessageOf, runLogFlow } from "./log-sentence.flow.js";

/** What may stand beside the customer's name in "不对，是小米", "sorry, I meant Contoso, not Initech". */
const FILLER =
  /不是|而不是|是|的|客户|那家|这家|那边|公司|\b(?:not|it\s+was|that\s+was|it'?s|i\s+meant|meant|the\s+customer|customer|company|account|with|at)\b|[\s,，。.!！、:：;；~～]/giu;
/** "…not Initech", "不是京东": the customer named as the wrong one. */
const NAMED_WRONG = /(?:\bnot\s+|不是\s*)$/iu;

/** "it was Contoso not Globex", "that was Initech": the name said again without a word of correction before it. */
const SAID_AGAIN = /^(?:(?:actually|no|nope|oops|sorry|wait|err?|um+)[,!.:;\s-]+)*(?:it\s+was|that\s+was|it'?s|was|是)\s*(?<rest>.+)$/iu;

/**
 * "拜访了京东，下周三报价" then "哦不对，是小米": the sentence was about another customer. What it
 * logged (activity, follow-up, a deal it opened or changed) is undone, audited as any undo, and the
 * same sentence is logged on the customer named — never a note on the new one beside the wrong
 * records. Only a correction that is just the name does this; null otherwise (or with nothing
 * logged in the last 30 minutes, or the same customer).
 */
export async function moveToNamedCustomer(ctx: TurnContext, text: string): Promise<Reply[] | null> {
  const rest = correctionOf(text) ?? SAID_AGAIN.exec(text.trim())?.groups?.rest ?? null;
  if (!rest) return null;
  const mentions = await ctx.domain.companies.mentionedIn(rest);
  const named = mentions.filter((m) => !NAMED_WRONG.test(rest.slice(0, m.start)));
  const ids = new Set(named.map((m) => m.id));
  if (ids.size !== 1) return null;
  // Nothing but the name (and the wrong one): "不对，是小米那边要报价" is a sentence of its own.
  let left = rest;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) left = left.slice(0, m.start) + left.slice(m.end);
  if (left.replace(FILLER, "").length > 0) return null;
  const target = named[0]!;
  const last = await ctx.domain.undo.lastLogged(ctx.actor, CORRECTS_WITHIN_MS);
  if (!last?.companyId || last.companyId === target.id) return null;
  // A plan wrote only its follow-up, whose title holds the message.
  const said = last.activityId ? last.summary : planMessageOf(last.summary, (await ctx.domain.companies.get(last.companyId)).name);
  if (said === null) return null;
  const undone = await ctx.domain.undo.undoTurn(ctx.actor, last.turnKey);
  if (undone.status !== "done") return null;
  // The sentence is read again as of when it was first said: loggedAt is on the database's wall clock, so the
  // time since is measured there and taken off the bot's clock (a fixed one in tests and acceptance runs).
  const saidAt = new Date(ctx.now.getTime() - Math.max(0, Date.now() - last.loggedAt.getTime()));
  const logged = await runLogFlow(ctx, { text: said, receivedAt: saidAt.toISOString(), companyId: target.id });
  return [{ text: CorrectionM.movedTo[ctx.locale](target.name) }, ...logged];
}
