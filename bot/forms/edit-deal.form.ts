import { z } from "zod";
import { dealCard } from "../../cards/deal.card.js";
import { formatDealAmount } from "../../cards/format.js";
import { label } from "../../cards/labels.js";
import { minorDigitsOf } from "../../domain/shared/minor-digits.js";
import type { DealUpdate } from "../../domain/deals/deal.schemas.js";
import { ConflictError, PermissionDeniedError } from "../../domain/shared/errors.js";
import { canChange } from "../../domain/users/permissions.js";
import { formatAuditLines } from "../commands/audit-format.js";
import type { TurnContext } from "../context.js";
import { F, FormReplyM } from "../i18n/form-messages.js";
import { parseAmountSlot } from "../parse/amount-slot.js";
import { calendarDayInstant, calendarDayText } from "../parse/calendar-day.js";
import type { Locale, Reply } from "../types.js";
import { type FormDefinition, type FormValues, fieldErrors, given } from "./form.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const DATE_FIELDS = ["expectedCloseAt", "startsAt", "endsAt"] as const;
type DateField = (typeof DATE_FIELDS)[number];
const DATE_LABEL = { expectedCloseAt: "expectedClose", startsAt: "contractStarts", endsAt: "contractEnds" } as const;

const dateSchema = z
  .string()
  .regex(DAY, "date")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "date")
  .optional();
const schema = z.object({
  title: z.string().trim().min(1).max(200),
  amount: z
    .string()
    .trim()
    .max(50)
    .optional()
    .refine((text) => text === undefined || parseAmountSlot(text, "CNY") !== null, "amount"),
  expectedCloseAt: dateSchema,
  startsAt: dateSchema,
  endsAt: dateSchema,
  probability: z
    .string()
    .trim()
    .regex(/^(?:100|\d{1,2})%?$/u, "probability")
    .optional(),
  lostReason: z.string().trim().max(300).optional(),
});
const read = (v: FormValues) => ({
  title: v.title ?? "",
  amount: given(v.amount),
  expectedCloseAt: given(v.expectedCloseAt),
  startsAt: given(v.startsAt),
  endsAt: given(v.endsAt),
  probability: given(v.probability),
  lostReason: given(v.lostReason),
});

/** "<deal id>:<version>": the deal and the version the editor was shown. */
function readRecord(record: string | undefined): { dealId: string; version: number } | null {
  const m = /^([A-Za-z0-9_-]{1,64}):(\d{1,9})$/u.exec(record ?? "");
  return m ? { dealId: m[1]!, version: Number(m[2]) } : null;
}

/** The form's "YYYY-MM-DD" as the stored calendar day (noon UTC: the same day in every reader's zone). */
function dayInstant(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return calendarDayInstant({ year, month, day: date });
}

/** The deal's amount as the form shows it: "500000 CNY" (read back by the amount parser). */
function amountText(minor: bigint, currency: string): string {
  const digits = minorDigitsOf(currency);
  const whole = minor / 10n ** BigInt(digits);
  const rest = minor % 10n ** BigInt(digits);
  return `${whole}${rest === 0n ? "" : `.${rest.toString().padStart(digits, "0")}`} ${currency}`;
}

/**
 * "Edit deal" (a Slack modal, from the Edit button on a deal card): title, amount, close date,
 * contract start and end, win probability, lost reason. The form carries the version it was opened
 * on; a deal changed since is not overwritten — the editor is told what changed and by whom.
 */
export const editDealForm: FormDefinition = {
  formId: "edit-deal",
  // Asked before the values are shown: a teammate who may see the deal but not change it is told now, not after typing.
  async guard(ctx, record) {
    const deal = await ctx.domain.deals.show(ctx.actor, readRecord(record)?.dealId ?? "");
    if (!canChange(ctx.actor, { ownerId: deal.ownerId, ownerTeamId: deal.teamId })) throw new PermissionDeniedError("update", "deal", deal.id);
  },
  async card(domain, locale, _prefill, record) {
    const ref = readRecord(record);
    const deal = ref ? await domain.deals.get(ref.dealId) : null;
    if (!deal) return { title: F.unknownForm[locale], blocks: [] };
    const text = (id: string, labelText: string, initial: string | undefined, extra: { multiline?: boolean; required?: boolean } = {}) => ({
      type: "input" as const,
      input: {
        id,
        label: labelText,
        kind: "text" as const,
        required: extra.required ?? false,
        ...(initial ? { initial } : {}),
        ...(extra.multiline ? { multiline: true } : {}),
      },
    });
    const date = (field: DateField) => {
      const initial = calendarDayText(deal[field]);
      return {
        type: "input" as const,
        input: { id: field, label: label(DATE_LABEL[field], locale), kind: "date" as const, required: false, ...(initial ? { initial } : {}) },
      };
    };
    return {
      title: `${F.editDealTitle[locale]} #${deal.number}`,
      blocks: [
        text("title", F.dealTitle[locale], deal.title, { required: true }),
        text("amount", F.amount[locale], amountText(deal.amountMinor, deal.currency)),
        ...DATE_FIELDS.map(date),
        text("probability", `${label("probability", locale)} (%)`, deal.probability === null ? undefined : String(deal.probability)),
        text("lostReason", label("lostReason", locale), deal.lostReason ?? undefined, { multiline: true }),
      ],
    };
  },
  validate(values, locale) {
    const parsed = schema.safeParse(read(values));
    if (parsed.success) return {};
    const errors = fieldErrors(parsed.error, locale);
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (issue.message === "date") errors[field] = F.notADate[locale];
      if (issue.message === "probability") errors[field] = F.notAPercent[locale];
    }
    return errors;
  },
  async submit(ctx, values, record) {
    const ref = readRecord(record);
    if (!ref) return [{ text: F.unknownForm[ctx.locale] }];
    const input = schema.parse(read(values));
    const deal = await ctx.domain.deals.get(ref.dealId);
    if (deal.version !== ref.version) return changedMeanwhile(ctx, ref);
    const patch: DealUpdate = {};
    if (input.title !== deal.title) patch.title = input.title;
    const amount = input.amount ? parseAmountSlot(input.amount, deal.currency) : null;
    if (amount && (BigInt(amount.minor) !== deal.amountMinor || amount.currency !== deal.currency)) {
      patch.amountMinor = amount.minor;
      patch.currency = amount.currency;
    }
    // Dates are calendar days (noon UTC): a date left as shown is unchanged whatever the editor's zone.
    for (const field of DATE_FIELDS) {
      const wanted = input[field];
      if (wanted !== calendarDayText(deal[field])) patch[field] = wanted ? dayInstant(wanted) : null;
    }
    const probability = input.probability ? Number(input.probability.replace("%", "")) : null;
    if (probability !== deal.probability) patch.probability = probability;
    const lostReason = input.lostReason ?? null;
    if (lostReason !== deal.lostReason) patch.lostReason = lostReason;
    const stages = await ctx.domain.stages.list();
    const card = (d: Parameters<typeof dealCard>[0]): Reply => ({ card: dealCard(d, stages, { locale: ctx.locale, timeZone: ctx.timezone }) });
    if (Object.keys(patch).length === 0) return [{ text: FormReplyM.nothingChanged[ctx.locale](deal.number) }, card(deal)];
    try {
      const updated = await ctx.domain.deals.update(ctx.actor, deal.id, patch, ref.version);
      const fields = Object.keys(patch)
        .filter((k) => k !== "currency")
        .map((k) => fieldName(k, ctx.locale));
      const amountNote = patch.amountMinor !== undefined ? ` (${formatDealAmount(updated.amountMinor, updated.currency, ctx.locale)})` : "";
      return [{ text: FormReplyM.dealUpdated[ctx.locale](updated.number, fields.join(ctx.locale === "zh" ? "、" : ", ") + amountNote) }, card(updated)];
    } catch (error) {
      if (error instanceof ConflictError) return changedMeanwhile(ctx, ref);
      throw error;
    }
  },
};

function fieldName(key: string, locale: Locale): string {
  if (key === "title") return F.dealTitle[locale];
  if (key === "amountMinor") return F.amount[locale];
  if (key === "probability") return label("probability", locale);
  if (key === "lostReason") return label("lostReason", locale);
  return label(DATE_LABEL[key as DateField], locale);
}

/** The deal moved on since the form was opened: nothing is saved; the editor sees who changed what, and the deal now. */
async function changedMeanwhile(ctx: TurnContext, ref: { dealId: string; version: number }): Promise<Reply[]> {
  const [deal, stages, changes] = await Promise.all([
    ctx.domain.deals.get(ref.dealId),
    ctx.domain.stages.list(),
    ctx.domain.audit.dealChangesSince(ref.dealId, ref.version),
  ]);
  const lines = await formatAuditLines(ctx, changes);
  return [
    { text: [FormReplyM.changedMeanwhile[ctx.locale](deal.number), ...lines].join("\n") },
    { card: dealCard(deal, stages, { locale: ctx.locale, timeZone: ctx.timezone }) },
  ];
}
