import type { Replies, TurnContext } from "../context.js";
import { F } from "../i18n/form-messages.js";
import type { FormDefinition, FormValues } from "./form.js";
import { logCallForm } from "./log-call.form.js";
import { newDealForm } from "./new-deal.form.js";

const forms = new Map<string, FormDefinition>([logCallForm, newDealForm].map((f) => [f.formId, f]));

/** Pressing a button with this action id opens the form named by its value (on channels with forms). */
export const OPEN_FORM_ACTION = "form.open";

export function findForm(formId: string): FormDefinition | null {
  return forms.get(formId) ?? null;
}

export const formIds = (): string[] => [...forms.keys()];

/** Handles a card.submit event: validates again (never trust the channel did) and runs the form. */
export async function submitForm(ctx: TurnContext, formId: string, values: FormValues): Replies {
  const form = findForm(formId);
  if (!form) return [{ text: F.unknownForm[ctx.locale] }];
  const errors = form.validate(values, ctx.locale);
  const first = Object.entries(errors)[0];
  if (first) return [{ text: `${first[0]}: ${first[1]}` }];
  return form.submit(ctx, values);
}
