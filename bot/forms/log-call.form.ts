import { z } from "zod";
import { runLogFlow } from "../flows/log-sentence.flow.js";
import { F } from "../i18n/form-messages.js";
import { type FormDefinition, fieldErrors, given } from "./form.js";

// The bot's MAX_TEXT_LENGTH (not imported: bot.ts imports the forms, and the cycle would leave it undefined here).
const MAX_TEXT_LENGTH = 4000;

const schema = z.object({
  company: z.string().trim().max(200).optional(),
  summary: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
});

/** "Log call": the notes go through the same log flow as a typed sentence; a named company settles which one. */
export const logCallForm: FormDefinition = {
  formId: "log-call",
  async card(_domain, locale, prefill = {}) {
    return {
      title: F.logCallTitle[locale],
      blocks: [
        {
          type: "input",
          input: {
            id: "company",
            label: F.company[locale],
            kind: "text",
            required: false,
            placeholder: F.companyHintOptional[locale],
            ...initial(prefill.company),
          },
        },
        {
          type: "input",
          input: {
            id: "summary",
            label: F.summary[locale],
            kind: "text",
            multiline: true,
            required: true,
            placeholder: F.summaryPlaceholder[locale],
            ...initial(prefill.summary),
          },
        },
      ],
    };
  },
  validate(values, locale) {
    const parsed = schema.safeParse({ company: given(values.company), summary: values.summary ?? "" });
    return parsed.success ? {} : fieldErrors(parsed.error, locale);
  },
  async submit(ctx, values) {
    const { company, summary } = schema.parse({ company: given(values.company), summary: values.summary ?? "" });
    const companyId = company ? (await ctx.domain.companies.findByName(company)).id : undefined;
    return runLogFlow(ctx, { text: summary, receivedAt: ctx.now.toISOString(), ...(companyId ? { companyId } : {}) });
  },
};

function initial(value: string | undefined) {
  return value ? { initial: value.slice(0, MAX_TEXT_LENGTH) } : {};
}
