import { dailyReportCard } from "../../cards/daily-report.card.js";
import { InvalidInputError } from "../../domain/shared/errors.js";
import { todayOf } from "../commands/daily.command.js";
import { awaitText } from "../flows/await-text.js";
import { DailyM } from "../i18n/daily-messages.js";
import type { CardActionHandler } from "./action.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** value = the report's day: the rep confirms their own report as generated. */
export const dailyConfirmAction: CardActionHandler = {
  actionId: "daily.confirm",
  async run(ctx, value) {
    if (!DAY.test(value)) throw new InvalidInputError("action value", value);
    await ctx.domain.dailyReports.confirm(ctx.actor, value);
    const day = todayOf(ctx, value);
    const report = await ctx.domain.dailyReports.day(ctx.actor, ctx.actor.userId, value, day.range, day.next);
    return [
      { card: dailyReportCard(report, { locale: ctx.locale, timeZone: ctx.timezone, actions: false }), updatesSource: true },
      { text: DailyM.confirmed[ctx.locale]() },
    ];
  },
};

/** value = the report's day: the rep's next message is the note, and confirms the report. */
export const dailyNoteAction: CardActionHandler = {
  actionId: "daily.note",
  async run(ctx, value) {
    if (!DAY.test(value)) throw new InvalidInputError("action value", value);
    await awaitText(ctx, { purpose: "daily.note", day: value });
    return [{ text: DailyM.askNote[ctx.locale]() }];
  },
};
