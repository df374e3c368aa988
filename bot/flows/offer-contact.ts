import type { TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import type { Reply } from "../types.js";
import { ask } from "./ask.js";

/**
 * After a log that names someone we do not know ("王工反馈了问题"), one button adds them as a
 * contact of that company. It re-runs the ordinary `contact add` command, so permissions,
 * duplicate checks and the audit are the command's own.
 */
export function offerContact(ctx: TurnContext, company: { name: string }, name: string): Promise<Reply[]> {
  const command = `contact add "${company.name.replace(/"/g, "")}" "${name.replace(/"/g, "")}"`;
  return ask(
    ctx,
    "command",
    M.offerContact[ctx.locale](name, company.name),
    null,
    [{ label: M.addContactButton[ctx.locale](name, company.name), patch: { text: command } }],
    { yesNo: true },
  );
}
