import { dealCard } from "../../cards/deal.card.js";
import { stageName } from "../../cards/labels.js";
import { InvalidInputError } from "../../domain/shared/errors.js";
import { M } from "../i18n/messages.js";
import type { CardActionHandler } from "./action.js";

/** value = "<dealId>:<stageKey>:<version>"; the version makes a stale card's click a conflict, not a silent overwrite. */
export const dealMoveStageAction: CardActionHandler = {
  actionId: "deal.move-stage",
  async run(ctx, value) {
    const [dealId, stageKey, version] = value.split(":");
    if (!dealId || !stageKey || !version || !/^\d+$/.test(version)) throw new InvalidInputError("action value", value);
    const moved = await ctx.domain.deals.move(ctx.actor, dealId, stageKey, Number(version));
    const stages = await ctx.domain.stages.list();
    return [
      { text: M.dealMoved[ctx.locale](moved.number, stageName(moved.stage, ctx.locale)) },
      // The card whose button was pressed shows the new state (edited in place where the channel can).
      { card: dealCard(moved, stages, { locale: ctx.locale, timeZone: ctx.timezone }), updatesSource: true },
    ];
  },
};
