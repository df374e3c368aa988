import { approvalCard } from "../../cards/approval.card.js";
import { localeCurrency } from "../i18n/locale-currency.js";
import { formatMoney } from "../../cards/format.js";
import { quoteCard } from "../../cards/quote.card.js";
import { PolicyBelowFloorError, parsePolicyText } from "../../domain/quotes/approval-policy.js";
import { NoApproverError, QuoteStateError } from "../../domain/quotes/quote.errors.js";
import { statusName } from "../../cards/quote.card.js";
import type { Replies, TurnContext } from "../context.js";
import { policyAnnouncer, policyText } from "../flows/policy-announcer.js";
import { quoteAnnouncer } from "../flows/quote-announcer.js";
import { PM } from "../i18n/policy-messages.js";
import { M } from "../i18n/messages.js";
import { QM } from "../i18n/quote-messages.js";
import { findDeal } from "./deal-ref.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { listQuotes } from "./quote-list.js";
import { quoteDeclaration } from "./quote.declaration.js";
import { parseLineArgs } from "./quote-args.js";
import { takeLeadingCompany } from "./resolve-company.js";

const LINE_WORDS = ["line", "item", "明细", "行", "产品"];
const SUBMIT_WORDS = ["submit", "send", "提交", "送审"];
const POLICY_WORDS = ["policy", "规则", "审批规则"];
const FLOOR_WORDS = ["floor", "company", "底线", "公司"];

export const quoteCommand: Command = {
  ...declared(quoteDeclaration),
  // "quote new Acme", "quote list" — not "quote for Wayne Enterprises $45k, follow up Friday", which is a sentence to log.
  accepts(args) {
    const word = args[0];
    if (word === undefined) return true;
    const lower = word.toLowerCase();
    const sub = subcommandOf(word);
    return [...LINE_WORDS, ...SUBMIT_WORDS, ...POLICY_WORDS].includes(lower) || sub === "new" || sub === "show" || sub === "list";
  },
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    const lower = word.toLowerCase();
    try {
      if (LINE_WORDS.includes(lower)) return await addLine(ctx, rest);
      if (SUBMIT_WORDS.includes(lower)) return await submit(ctx, rest[0]);
      if (POLICY_WORDS.includes(lower)) return await policy(ctx, rest);
      const sub = subcommandOf(word);
      if (sub === "new" && rest.length >= 1) return await create(ctx, rest);
      if (sub === "show" && rest.length === 1) return await show(ctx, rest[0]!);
      if (sub === "list") return await listQuotes(ctx, rest);
    } catch (error) {
      if (error instanceof QuoteStateError) {
        const number = await ctx.domain.names.quoteNumber(error.entityId);
        return [{ text: QM.notDraft[ctx.locale](number ?? "", statusName(error.status, ctx.locale)) }];
      }
      if (error instanceof NoApproverError) return [{ text: QM.noApprover[ctx.locale]() }];
      throw error;
    }
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

const cardCtx = (ctx: TurnContext) => ({ locale: ctx.locale, timeZone: ctx.timezone });

/** "quote new Acme", "quote new Acme 12" (deal #12), "quote new #12" (the deal names the company). */
async function create(ctx: TurnContext, tokens: string[]): Replies {
  const last = tokens[tokens.length - 1] ?? "";
  const dealRef = /^(?:#|d-?)?\d{1,9}$/i.test(last) ? last : null;
  let companyId: string;
  let dealId: string | undefined;
  if (dealRef && tokens.length === 1) {
    const deal = await findDeal(ctx, dealRef);
    companyId = deal.companyId;
    dealId = deal.id;
  } else {
    const { company } = await takeLeadingCompany(ctx, dealRef ? tokens.slice(0, -1) : tokens);
    companyId = company.id;
    if (dealRef) dealId = (await findDeal(ctx, dealRef)).id;
    else {
      // The company's only open deal is the obvious one; with several, the quote stays unlinked.
      const open = await ctx.domain.deals.openDealsOf(company.id);
      if (open.length === 1) dealId = open[0]!.id;
    }
  }
  // Without a deal the quote is in the asker's default currency, as a new deal would be.
  const currency = localeCurrency(ctx.locale);
  const view = await ctx.domain.quotes.create(ctx.actor, { companyId, currency, ...(dealId ? { dealId } : {}) });
  return [{ text: QM.created[ctx.locale](view.number, view.company.name) }, { card: quoteCard(view, cardCtx(ctx)) }];
}

async function addLine(ctx: TurnContext, tokens: string[]): Replies {
  const line = parseLineArgs(tokens);
  if (!line) return [{ text: QM.badLine[ctx.locale]() }];
  const quoteId = line.quoteRef ? await ctx.domain.quotes.idByRef(line.quoteRef) : (await ctx.domain.quotes.currentDraft(ctx.actor))?.id;
  if (!quoteId) return [{ text: QM.noDraft[ctx.locale]() }];
  const view = await ctx.domain.quotes.addLine(ctx.actor, quoteId, line);
  return [{ text: QM.lineAdded[ctx.locale](view.number, formatMoney(view.totalMinor, view.currency, ctx.locale)) }, { card: quoteCard(view, cardCtx(ctx)) }];
}

async function submit(ctx: TurnContext, ref: string | undefined): Replies {
  const quoteId = ref ? await ctx.domain.quotes.idByRef(ref) : (await ctx.domain.quotes.currentDraft(ctx.actor))?.id;
  if (!quoteId) return [{ text: QM.noDraft[ctx.locale]() }];
  const announcer = quoteAnnouncer(ctx);
  const view = await ctx.domain.quotes.submit(ctx.actor, quoteId, announcer.handler);
  const total = formatMoney(view.totalMinor, view.currency, ctx.locale);
  const head =
    view.status === "approved"
      ? QM.submittedAuto[ctx.locale](view.number, total)
      : QM.submittedPending[ctx.locale](view.number, view.names[view.currentApproval?.approverId ?? ""] ?? "?");
  return [{ text: head }, { card: quoteCard(view, cardCtx(ctx)) }, ...announcer.replies];
}

/** The current approver sees the Approve / Reject / Comment buttons here too (e.g. when the card never reached them). */
async function show(ctx: TurnContext, ref: string): Replies {
  const view = await ctx.domain.quotes.show(ctx.actor, await ctx.domain.quotes.idByRef(ref));
  const mine = view.currentApproval?.approverId === ctx.actor.userId;
  return [{ card: mine ? approvalCard(view, cardCtx(ctx)) : quoteCard(view, cardCtx(ctx)) }];
}

/**
 * "quote policy" shows the actor's team policy in force and the company floor; "quote policy <tiers>"
 * sets the team's (a team-less admin's sets the floor, as before); "quote policy floor [<tiers>]"
 * shows or (admins) sets the company floor. Tiers: "10:- 20:manager 100:manager,director".
 */
async function policy(ctx: TurnContext, tokens: string[]): Replies {
  const floorWord = FLOOR_WORDS.includes((tokens[0] ?? "").toLowerCase());
  const tiersText = (floorWord ? tokens.slice(1) : tokens).join(" ");
  const policies = ctx.domain.approvalPolicies;
  if (tiersText.length === 0) {
    const floor = policyText(await policies.floor(), ctx.locale);
    if (floorWord) return [{ text: PM.floorShown[ctx.locale](floor) }];
    return [{ text: PM.shown[ctx.locale](policyText(await policies.tiersFor(ctx.actor.teamId), ctx.locale), floor) }];
  }
  const teamId = floorWord ? null : ctx.actor.teamId;
  if (teamId === null && ctx.actor.role !== "admin") return [{ text: PM.floorAdminOnly[ctx.locale]() }];
  const tiers = parsePolicyText(tiersText);
  const announcer = policyAnnouncer(ctx);
  try {
    await policies.set(ctx.actor, teamId, tiers, announcer.handler);
  } catch (error) {
    if (error instanceof PolicyBelowFloorError) return [{ text: PM.belowFloor[ctx.locale](policyText(error.floor, ctx.locale), error.looserAtBp / 100) }];
    throw error;
  }
  const teamName = await ctx.domain.names.teamName(teamId);
  const lines = [teamName ? PM.teamSet[ctx.locale](teamName, policyText(tiers, ctx.locale)) : PM.floorSet[ctx.locale](policyText(tiers, ctx.locale))];
  if (announcer.reached.length > 0) lines.push(PM.announced[ctx.locale](announcer.reached.join(", ")));
  if (announcer.unreachable.length > 0) lines.push(PM.noApprovalsChat[ctx.locale](announcer.unreachable.join(", ")));
  return [{ text: lines.join("\n") }];
}
