import { findCommand } from "../commands/registry.js";
import { guidedEditCard } from "../forms/guided-edit.js";
import { readFormRef } from "../forms/registry.js";
import { F } from "../i18n/form-messages.js";
import { M } from "../i18n/messages.js";
import type { Reply } from "../types.js";
import type { CardActionHandler } from "./action.js";

/**
 * A form button pressed on a channel without forms (WeCom, DingTalk, Wechaty, the terminal): Slack
 * opens a modal before the press reaches the bot. Everywhere else an edit form is asked one field at
 * a time (forms/guided-edit.ts); a new record's form answers with the command to type.
 */
export const formOpenAction: CardActionHandler = {
  actionId: "form.open",
  async run(ctx, value): Promise<Reply[]> {
    const { formId, record } = readFormRef(value);
    if (record !== undefined && formId.startsWith("edit-")) return guidedEditCard(ctx, value);
    if (formId === "new-deal") return [{ text: M.usage[ctx.locale](findCommand("deal")!.usage[ctx.locale]) }];
    if (formId === "log-call") return [{ text: M.usage[ctx.locale](findCommand("log")!.usage[ctx.locale]) }];
    return [{ text: F.unknownForm[ctx.locale] }];
  },
};
