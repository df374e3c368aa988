import type { TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import type { Reply } from "../types.js";
import type { ContactDetails } from "../parse/contact-details.js";
import { ask } from "./ask.js";

/**
 * After a log that names someone we do not know ("王工反馈了问题"), one button adds them as a
 * contact of that company. It re-runs the ordinary `contact add` command, so permissions,
 * duplicate checks and the audit are the command's own.
 */
export function offerContact(ctx: TurnContext, company: { name: string }, name: string, details: ContactDetails = {}): Promise<Reply[]> {
  const extra = [details.phone ? `"${details.phone}"` : "", details.email ?? ""].filter((w) => w).join(" ");
  const command = `contact add "${company.name.replace(/"/g, "")}" "${name.replace(/"/g, "")}"${extra ? ` ${extra}` : ""}`;
  return ask(
    ctx,
    "command",
    M.offerContact[ctx.locale](name, company.name),
    null,
    [{ label: M.addContactButton[ctx.locale](name, company.name), patch: { text: command } }],
    { yesNo: true },
  );
}

const OFFERED = /^contact add "([^"]+)" "([^"]+)"/u;

/** The customer and person an answer button of offerContact() adds, or null for any other button. */
export function offeredContact(patch: unknown): { company: string; name: string } | null {
  const offered = OFFERED.exec(String((patch as { text?: unknown } | null)?.text ?? ""));
  return offered ? { company: offered[1]!, name: offered[2]! } : null;
}

/**
 * "张总电话13912345678" about a known contact: buttons save the number or address on the card.
 * They re-run `contact <name> phone|email <value>`, whose validation, duplicate check and audit apply.
 */
export async function offerContactDetails(ctx: TurnContext, contactId: string, details: ContactDetails): Promise<Reply[]> {
  const contact = await ctx.domain.names.contact(contactId);
  if (!contact) return [];
  const name = `"${contact.name.replace(/"/g, "")}"`;
  const fields = (["phone", "email"] as const).flatMap((field) => {
    const value = details[field];
    return value ? [{ field, value }] : [];
  });
  if (fields.length === 0) return [];
  const what = fields.map((f) => f.value).join(" / ");
  const options = fields.map((f) => ({ label: M.saveDetailButton[ctx.locale](f.field, f.value), patch: { text: `contact ${name} ${f.field} "${f.value}"` } }));
  return ask(ctx, "command", M.offerContactDetail[ctx.locale](what, contact.name), null, options);
}
