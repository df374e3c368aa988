import { dealCard } from "../../cards/deal.card.js";
import { formatDate } from "../../cards/format.js";
import { label } from "../../cards/labels.js";
import type { TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { calendarDayOf, momentMeant } from "../parse/calendar-day.js";
import { parseSentence } from "../parse/parse-sentence.js";
import type { Reply } from "../types.js";
import { findDeal } from "./deal-ref.js";
import { splitAtPhrase } from "./split-at-phrase.js";

/** The deal dates a rep sets from chat: the digest's "closing this week" and the renewal rule read them. */
export type DealDateField = "expectedCloseAt" | "endsAt" | "startsAt";

export interface DealDateEdit {
  /** The deal: "#12", "12" or its company's name. */
  ref: string;
  field: DealDateField;
  /** The date as typed ("Dec 20", "月底", "2027-03-31"). */
  dateText: string;
}

/** The words between the deal and the date, in the order tried (contract end before "end"-less close). */
const PHRASES: { field: DealDateField; pattern: RegExp }[] = [
  { field: "startsAt", pattern: /\s+contract\s+(?:start(?:s|ed|\s+date)?|begins?)(?:\s+(?:on|is|at))?\s*[:：]?\s+/iu },
  { field: "startsAt", pattern: /\s*合同(?:开始|生效|起始)(?:日期|时间)?(?:是|为|在|于)?\s*[:：]?\s*/u },
  { field: "endsAt", pattern: /\s+contract\s+(?:end(?:s|\s+date)?|expires?)(?:\s+(?:on|is|at))?\s*[:：]?\s+/iu },
  { field: "endsAt", pattern: /\s+(?:ends|expires)(?:\s+on)?\s+/iu },
  { field: "expectedCloseAt", pattern: /\s+(?:expected\s+)?(?:close|closing)(?:\s+date)?(?:\s+(?:on|by|is|in))?\s*[:：]?\s+/iu },
  { field: "expectedCloseAt", pattern: /\s+closes(?:\s+(?:on|by|in))?\s+/iu },
  { field: "endsAt", pattern: /\s*(?:合同)?(?:到期|结束)(?:日期|时间)?(?:是|为|在)?\s*[:：]?\s*/u },
  { field: "expectedCloseAt", pattern: /\s*(?:预计|预期|计划)?(?:成交|签约|签单)(?:日期|时间)?(?:是|为|在)?\s*[:：]?\s*/u },
];

const FIELD_LABEL = { endsAt: "contractEnds", expectedCloseAt: "expectedClose", startsAt: "contractStarts" } as const;

/** "Acme close date Dec 20", "#12 contract ends 2027-03-31", "华为 预计成交 月底" → the edit; null when no phrase splits it. */
export function splitDealDateEdit(line: string): DealDateEdit | null {
  return splitAtPhrase(line, PHRASES, ({ field }, ref, dateText) => ({ ref, field, dateText }));
}

/**
 * Sets the date on the deal and answers with its card. Null when the date words hold no date at
 * all (the line was something else, e.g. a company called "… Closing Services"); a date that is
 * over already is refused with the field named.
 */
export async function setDealDate(ctx: TurnContext, edit: DealDateEdit): Promise<Reply[] | null> {
  const parsed = parseSentence(edit.dateText, { now: ctx.now, timezone: ctx.timezone });
  const fieldName = label(FIELD_LABEL[edit.field], ctx.locale);
  const bad = parsed.problems.find((p) => p.code === "invalid-date");
  if (bad && bad.code === "invalid-date") return [{ text: M.invalidInput[ctx.locale](fieldName, bad.text) }];
  const date = parsed.followUp;
  // A contract may have started already; a close date or a contract end that is over is a slip.
  const start = edit.field === "startsAt";
  const when = !date && start && parsed.occurredAt ? parsed.occurredAt.at : date ? momentMeant(date, start) : null;
  if (!when) return parsed.occurredAt ? [{ text: M.dealDateInPast[ctx.locale](fieldName, edit.dateText) }] : null;
  const deal = await findDeal(ctx, edit.ref);
  // Kept as the calendar day the writer meant (noon UTC), so every reader's card shows that day.
  const day = calendarDayOf(when, ctx.timezone);
  const updated = await ctx.domain.deals.update(ctx.actor, deal.id, { [edit.field]: day });
  const stages = await ctx.domain.stages.list();
  return [
    { text: M.dealDateSet[ctx.locale](updated.number, fieldName, formatDate(day, ctx.timezone, ctx.locale)) },
    { card: dealCard(updated, stages, { locale: ctx.locale, timeZone: ctx.timezone }) },
  ];
}
