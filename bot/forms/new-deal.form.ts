import { z } from "zod";
import { localeCurrency } from "../i18n/locale-currency.js";
import { dealCard } from "../../cards/deal.card.js";
import { formatDealAmount } from "../../cards/format.js";
import { stageName } from "../../cards/labels.js";
import { F } from "../i18n/form-messages.js";
import { M } from "../i18n/messages.js";
import { parseAmountSlot } from "../parse/amount-slot.js";
import type { Locale } from "../types.js";
import { type FormDefinition, fieldErrors, given } from "./form.js";

const schemaFor = (locale: Locale) =>
  z.object({
    company: z.string().trim().min(1).max(200),
    amount: z
      .string()
      .trim()
      .max(50)
      .optional()
      .refine((text) => text === undefined || parseAmountSlot(text, localeCurrency(locale)) !== null, "amount"),
    stage: z.string().trim().max(50).optional(),
  });

const read = (values: Record<string, string>) => ({ company: values.company ?? "", amount: given(values.amount), stage: given(values.stage) });

/** "New deal": company, amount as people type it (200k, 20万), and an open stage to start in. */
export const newDealForm: FormDefinition = {
  formId: "new-deal",
  async card(domain, locale, prefill = {}) {
    const stages = (await domain.stages.list()).filter((s) => s.kind === "open");
    return {
      title: F.newDealTitle[locale],
      blocks: [
        {
          type: "input",
          input: { id: "company", label: F.company[locale], kind: "text", required: true, ...(prefill.company ? { initial: prefill.company } : {}) },
        },
        { type: "input", input: { id: "amount", label: F.amount[locale], kind: "text", required: false, placeholder: F.amountPlaceholder[locale] } },
        {
          type: "input",
          input: {
            id: "stage",
            label: F.stage[locale],
            kind: "select",
            required: false,
            options: stages.map((s) => ({ label: stageName(s, locale), value: s.key })),
          },
        },
      ],
    };
  },
  validate(values, locale) {
    const parsed = schemaFor(locale).safeParse(read(values));
    return parsed.success ? {} : fieldErrors(parsed.error, locale);
  },
  async submit(ctx, values) {
    const input = schemaFor(ctx.locale).parse(read(values));
    const company = await ctx.domain.companies.findByName(input.company);
    const amount = input.amount ? parseAmountSlot(input.amount, localeCurrency(ctx.locale)) : null;
    const deal = await ctx.domain.deals.create(ctx.actor, {
      companyId: company.id,
      amountMinor: amount?.minor ?? 0,
      currency: amount?.currency ?? localeCurrency(ctx.locale),
      ...(input.stage ? { stageKey: input.stage } : {}),
    });
    const stages = await ctx.domain.stages.list();
    return [
      { text: M.dealCreated[ctx.locale](deal.number, deal.title, formatDealAmount(deal.amountMinor, deal.currency, ctx.locale)) },
      { card: dealCard(deal, stages, { locale: ctx.locale, timeZone: ctx.timezone }) },
    ];
  },
};
