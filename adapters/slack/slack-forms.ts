import type { webApi } from "@slack/bolt";
import type { FormValues } from "../../bot/forms/form.js";
import type { FormCards } from "../../bot/forms/form-cards.js";
import { F } from "../../bot/i18n/form-messages.js";
import type { Locale } from "../../bot/types.js";
import { renderSlackModal } from "./render-slack-blocks.js";
import { type FormMetadata, formMetadataSchema, type viewSubmissionSchema } from "./slack-payloads.js";
import type { z } from "zod";

/** callback_id of every modal we open; which form it is rides in private_metadata. */
export const FORM_CALLBACK_ID = "crm_form";

// trigger_id expires about 3 s after the click: a views.open slower than this is abandoned, not waited for.
const OPEN_TIMEOUT_MS = 2500;

/** Opens a bot form as a modal. Returns false when there is no such form. */
export async function openFormModal(
  client: webApi.WebClient,
  token: string,
  forms: FormCards,
  request: { triggerId: string; formId: string; locale: Locale; prefill?: FormValues; channel?: string },
): Promise<boolean> {
  const card = await forms.card(request.formId, request.locale, request.prefill);
  if (!card) return false;
  const metadata: FormMetadata = { formId: request.formId, ...(request.channel ? { channel: request.channel } : {}) };
  const view = renderSlackModal(card, {
    callbackId: FORM_CALLBACK_ID,
    privateMetadata: JSON.stringify(metadata),
    submit: F.submit[request.locale],
    close: F.cancel[request.locale],
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error("views.open took too long")), OPEN_TIMEOUT_MS);
  });
  try {
    await Promise.race([client.views.open({ token, trigger_id: request.triggerId, view }), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return true;
}

/** The submitted values by input id (block_id), as strings: text, number, date or the chosen option's value. */
export function submittedValues(view: z.infer<typeof viewSubmissionSchema>["view"]): FormValues {
  const values: FormValues = {};
  for (const [blockId, inputs] of Object.entries(view.state.values)) {
    const input = Object.values(inputs)[0];
    if (!input) continue;
    values[blockId] = input.value ?? input.selected_date ?? input.selected_option?.value ?? "";
  }
  return values;
}

export function readFormMetadata(text: string): FormMetadata | null {
  try {
    const parsed = formMetadataSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
