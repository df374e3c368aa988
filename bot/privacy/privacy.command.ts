import type { Replies, TurnContext } from "../context.js";
import { P } from "../i18n/privacy-messages.js";
import { R } from "../i18n/reliability-messages.js";

export const PRIVACY_WORDS: Record<string, "export" | "erase"> = {
  export: "export",
  导出: "export",
  erase: "erase",
  forget: "erase",
  删除: "erase",
  抹除: "erase",
  清除: "erase",
};

/** The pending question a confirmation button refers to. */
export interface PrivacyRequest {
  op: "export" | "erase";
  contactId: string;
}

/**
 * `contact export <name>` / `contact erase <name>`: admins only, and nothing happens before the
 * admin confirms on the card (the request is stored server-side, the button carries its id only).
 */
export async function privacyRequest(ctx: TurnContext, op: "export" | "erase", name: string): Replies {
  if (ctx.actor.role !== "admin") return [{ text: R.adminOnly[ctx.locale]() }];
  if (!name) return [{ text: R.privacyUsage[ctx.locale]() }];
  const found = await ctx.domain.contacts.findByName(name);
  const contact = await ctx.domain.contacts.get(found.id);
  const held = op === "erase" ? await ctx.domain.privacy.countHeld(ctx.actor, contact.id) : 0;
  const request: PrivacyRequest = { op, contactId: contact.id };
  const pendingId = await ctx.pending.create(ctx.actor.userId, "privacy", request);
  const question =
    op === "export" ? R.exportConfirm[ctx.locale](contact.name, contact.company.name) : P.eraseConfirm[ctx.locale](contact.name, contact.company.name, held);
  return [
    {
      card: {
        title: question,
        blocks: [
          {
            type: "actions",
            buttons: [
              { label: R.confirmYes[ctx.locale](), actionId: "privacy.confirm", value: `${pendingId}:yes`, style: op === "erase" ? "danger" : "primary" },
              { label: R.confirmNo[ctx.locale](), actionId: "privacy.confirm", value: `${pendingId}:no` },
            ],
          },
        ],
      },
    },
  ];
}
