import type { Replies, TurnContext } from "../context.js";
import { F } from "../i18n/form-messages.js";
import type { FormDefinition, FormValues } from "./form.js";
import { logCallForm } from "./log-call.form.js";
import { newDealForm } from "./new-deal.form.js";
import { editDealForm } from "./edit-deal.form.js";
import { editCompanyForm } from "./edit-company.form.js";
import { editContactForm } from "./edit-contact.form.js";

const forms = new Map<string, FormDefinition>([logCallForm, newDealForm, editDealForm, editCompanyForm, editContactForm].map((f) => [f.formId, f]));

/** Pressing a button with this action id opens the form named by its value (on channels with forms). */
export const OPEN_FORM_ACTION = "form.open";

/** A form reference is its id, optionally with the record it edits: "new-deal", "edit-deal:<deal id>:<version>". */
export function readFormRef(ref: string): { formId: string; record?: string } {
  const at = ref.indexOf(":");
  return at < 0 ? { formId: ref } : { formId: ref.slice(0, at), record: ref.slice(at + 1) };
}

export function findForm(ref: string): FormDefinition | null {
  return forms.get(readFormRef(ref).formId) ?? null;
}

export const formIds = (): string[] => [...forms.keys()];

/** Handles a card.submit event: validates again (never trust the channel did) and runs the form. */
export async function submitForm(ctx: TurnContext, ref: string, values: FormValues): Replies {
  const form = findForm(ref);
  if (!form) return [{ text: F.unknownForm[ctx.locale] }];
  const errors = form.validate(values, ctx.locale);
  const first = Object.entries(errors)[0];
  if (first) return [{ text: `${first[0]}: ${first[1]}` }];
  const { record } = readFormRef(ref);
  return record === undefined ? form.submit(ctx, values) : form.submit(ctx, values, record);
}
