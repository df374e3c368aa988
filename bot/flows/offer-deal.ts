import { stageName } from "../../cards/labels.js";
import type { TurnContext } from "../context.js";
import { DealOfferM } from "../i18n/deal-offer-messages.js";
import type { Reply } from "../types.js";
import { ask } from "./ask.js";

/**
 * "跟腾讯通了电话，对方要报价" about a customer with no open deal: whether a deal is worth opening is the
 * rep's call (testers read these sentences as a call and a follow-up, and an empty deal opened
 * silently is what makes a pipeline untrustworthy). Offered with one button that opens it at the
 * stage the sentence said; nothing is written until pressed.
 */
export async function offerDeal(ctx: TurnContext, company: { name: string }, stageKey: string): Promise<Reply[]> {
  // the button runs the deal command with the name quoted: a name holding a quote cannot be said that way
  if (company.name.includes('"')) return [];
  const stage = (await ctx.domain.stages.list()).find((s) => s.key === stageKey);
  if (!stage) return [];
  const command = ctx.locale === "zh" ? `商机 新建 "${company.name}" ${stageKey}` : `deal new "${company.name}" ${stageKey}`;
  return ask(
    ctx,
    "command",
    DealOfferM.question[ctx.locale](company.name, stageName(stage, ctx.locale)),
    null,
    [{ label: DealOfferM.open[ctx.locale](), patch: { text: command } }],
    {
      yesNo: true,
    },
  );
}
