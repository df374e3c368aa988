import { dealCard } from "../../cards/deal.card.js";
import { formatDealAmount } from "../../cards/format.js";
import { stageName } from "../../cards/labels.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { localeCurrency } from "../i18n/locale-currency.js";
import { splitTrailingAmount } from "../parse/amount-slot.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { dealDeclaration } from "./deal.declaration.js";
import { setDealDate, splitDealDateEdit } from "./deal-date-edit.js";
import { findDeal, splitTrailingStage } from "./deal-ref.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";
import { applyDealFieldEdit, splitDealFieldEdit } from "./deal-field-edit.js";
import { isExactCompanyName } from "./company.command.js";
import { listDeals } from "./deal-list.js";
import { isDealListFilter } from "../flows/natural-deal-list.js";
import { DeletionBlockedError } from "../../domain/trash/recycle-bin.service.js";
import { TrashM } from "../i18n/trash-messages.js";
import { undoOffer } from "../flows/undo-offer.js";

export const dealCommand: Command = {
  ...declared(dealDeclaration),
  async run(ctx, args) {
    const [word, ...rest] = args;
    const usage = [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    switch (subcommandOf(word)) {
      case "new":
        return rest.length > 0 ? newDeal(ctx, rest) : usage;
      case "move":
        return moveDeal(ctx, rest, usage);
      case "show":
        return rest.length > 0 ? showDeal(ctx, rest.join(" ")) : usage;
      case "list":
        return listDeals(ctx, rest);
      case "delete":
        return rest.length > 0 ? deleteDeal(ctx, rest.join(" ")) : usage;
      default: {
        // "deal Acme close date Dec 20", "商机 12 合同到期 2027-03-31": a date set on the deal.
        const edit = splitDealDateEdit(args.join(" "));
        const set = edit ? await setDealDate(ctx, edit) : null;
        if (set) return set;
        // "deal 12 owner Amy", "商机 华为 交给 李雷", "deal 12 title Phase 2": hand over or rename.
        const fieldEdit = splitDealFieldEdit(args.join(" "));
        if (fieldEdit && !(await isExactCompanyName(ctx, args.join(" ")))) return applyDealFieldEdit(ctx, fieldEdit);
        // "deals closing this month", "商机 本月成交": the list's filters without "list".
        if (isDealListFilter(args.join(" ")) && !(await isExactCompanyName(ctx, args.join(" ")))) return listDeals(ctx, args);
        // "商机 12" / "deal Acme" read as show.
        return args.length > 0 ? showDeal(ctx, args.join(" ")) : listDeals(ctx, []);
      }
    }
  },
};

async function newDeal(ctx: TurnContext, tokens: string[]): Replies {
  const withStage = await splitTrailingStage(ctx, tokens);
  const split = splitTrailingAmount(withStage?.rest ?? tokens, localeCurrency(ctx.locale));
  // never store 0 for an amount the rep typed but we could not read
  if (split.kind === "unreadable") return [{ text: M.amountUnreadable[ctx.locale](split.text) }];
  const amount = split.kind === "amount" ? split.amount : null;
  const company = await ctx.domain.companies.findByName(split.rest.join(" "));
  const deal = await ctx.domain.deals.create(ctx.actor, {
    companyId: company.id,
    amountMinor: amount?.minor ?? 0,
    // without an amount, the user's currency (what a figure typed later is read in)
    currency: amount?.currency ?? localeCurrency(ctx.locale),
    ...(withStage ? { stageKey: withStage.stage.key } : {}),
  });
  const stages = await ctx.domain.stages.list();
  return [
    { text: M.dealCreated[ctx.locale](deal.number, deal.title, formatDealAmount(deal.amountMinor, deal.currency, ctx.locale)) },
    { card: dealCard(deal, stages, { locale: ctx.locale, timeZone: ctx.timezone }) },
  ];
}

async function moveDeal(ctx: TurnContext, tokens: string[], usage: Awaited<Replies>): Replies {
  const split = await splitTrailingStage(ctx, tokens);
  if (!split) return usage;
  const deal = await findDeal(ctx, split.rest.join(" "));
  const moved = await ctx.domain.deals.move(ctx.actor, deal.id, split.stage.key);
  const stages = await ctx.domain.stages.list();
  return [
    { text: M.dealMoved[ctx.locale](moved.number, stageName(moved.stage, ctx.locale)) },
    { card: dealCard(moved, stages, { locale: ctx.locale, timeZone: ctx.timezone }) },
  ];
}

export async function showDeal(ctx: TurnContext, ref: string): Replies {
  const found = await findDeal(ctx, ref);
  const [deal, stages] = await Promise.all([ctx.domain.deals.show(ctx.actor, found.id), ctx.domain.stages.list()]);
  return onlyForAsker(ctx, [{ card: dealCard(deal, stages, { locale: ctx.locale, timeZone: ctx.timezone }) }]);
}

/** "deal delete 12": to the recycle bin, with an Undo button; a deal with quotes is kept (mark it lost). */
async function deleteDeal(ctx: TurnContext, ref: string): Replies {
  const deal = await findDeal(ctx, ref);
  try {
    const deleted = await ctx.domain.trash.deleteDeal(ctx.actor, deal.id);
    return [{ text: TrashM.dealDeleted[ctx.locale](deleted.label, deleted.unlinked) }, ...undoOffer(ctx)];
  } catch (error) {
    if (error instanceof DeletionBlockedError)
      return [{ text: error.reason === "has-contract" ? TrashM.hasContract[ctx.locale](error.count) : TrashM.hasQuotes[ctx.locale](error.count) }];
    throw error;
  }
}
