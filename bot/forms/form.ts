import type { z } from "zod";
import type { Card } from "../../cards/model.js";
import type { Domain } from "../../domain/index.js";
import type { Replies, TurnContext } from "../context.js";
import { F } from "../i18n/form-messages.js";
import type { Locale } from "../types.js";

export type FormValues = Record<string, string>;

/**
 * A form a channel can show (a Slack modal): its inputs as a card, a pure validation a platform
 * can run inside its acknowledgement (so a bad value keeps the form open), and the submit that
 * runs after the acknowledgement through the inbox like any other event.
 */
export interface FormDefinition {
  formId: string;
  /** `record`: what follows the form id in a reference "edit-deal:<id>:<version>" (the record a form edits). */
  card(domain: Domain, locale: Locale, prefill?: FormValues, record?: string): Promise<Card>;
  /** Errors keyed by input id; empty when the values may be submitted. */
  validate(values: FormValues, locale: Locale): Record<string, string>;
  submit(ctx: TurnContext, values: FormValues, record?: string): Replies;
  /** Throws a permission error when the asker may not see the record (before its values are shown to them). */
  guard?(ctx: TurnContext, record: string): Promise<void>;
}

/** Turns zod issues into one message per input, in the user's language. */
export function fieldErrors(error: z.ZodError, locale: Locale): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!field || errors[field]) continue;
    if (issue.code === "too_big") errors[field] = F.tooLong[locale];
    else if (issue.code === "too_small" || issue.code === "invalid_type") errors[field] = F.required[locale];
    else errors[field] = issue.message === "amount" ? F.notAnAmount[locale] : F.required[locale];
  }
  return errors;
}

/** Empty inputs arrive as "" (or not at all); both mean "not given". */
export function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
