import type { Card } from "../../cards/model.js";
import type { Domain } from "../../domain/index.js";
import type { Locale } from "../types.js";
import type { FormValues } from "./form.js";
import { findForm, readFormRef } from "./registry.js";

/** The port a channel with modals uses to show one of the bot's forms. */
export interface FormCards {
  /** The form's inputs as a card, or null when there is no such form. */
  card(formId: string, locale: Locale, prefill?: FormValues): Promise<Card | null>;
}

/** Form cards over the domain (a form's choices, e.g. the pipeline stages, are read from it). */
export function formCards(domain: Domain): FormCards {
  return {
    async card(formId, locale, prefill) {
      const form = findForm(formId);
      const { record } = readFormRef(formId);
      if (!form) return null;
      return record === undefined ? form.card(domain, locale, prefill) : form.card(domain, locale, prefill, record);
    },
  };
}
