import { NotFoundError } from "../../domain/shared/errors.js";
import type { TurnContext } from "../context.js";
import { ENTITY_NAMES, M } from "../i18n/messages.js";
import { R } from "../i18n/reliability-messages.js";
import { formatAuditLines } from "./audit-format.js";
import type { Command } from "./command.js";
import { declared } from "./declaration.js";
import { auditDeclaration } from "./audit.declaration.js";
import { findDeal } from "./deal-ref.js";

const TYPES: Record<string, string> = {
  deal: "deal",
  商机: "deal",
  company: "company",
  customer: "company",
  客户: "company",
  公司: "company",
  contact: "contact",
  联系人: "contact",
  user: "user",
  用户: "user",
  ticket: "ticket",
  工单: "ticket",
};

/** `audit deal D-12` / `审计 客户 华为`: who changed a record, when, from which channel, and what. Admins only. */
export const auditCommand: Command = {
  ...declared(auditDeclaration),
  async run(ctx, args) {
    const [word, ...rest] = args;
    const type = word ? TYPES[word.toLowerCase()] : undefined;
    if (ctx.actor.role !== "admin") return [{ text: R.adminOnly[ctx.locale]() }];
    if (!type || rest.length === 0) return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
    const ref = rest.join(" ");
    const { id, label } = await resolve(ctx, type, ref);
    const what = `${ENTITY_NAMES[type]?.[ctx.locale] ?? type} ${label}`;
    const { lines, total } = await ctx.domain.audit.trail(ctx.actor, type, id);
    if (lines.length === 0) return [{ text: R.auditEmpty[ctx.locale](what) }];
    // Labels, money, stage and people names in the reader's language, not columns and ids.
    const text = await formatAuditLines(ctx, lines);
    if (total > lines.length) text.push(R.auditMore[ctx.locale](total - lines.length));
    return [{ card: { title: R.auditTitle[ctx.locale](what), blocks: [{ type: "text", text: text.join("\n") }] } }];
  },
};

async function resolve(ctx: TurnContext, type: string, ref: string): Promise<{ id: string; label: string }> {
  switch (type) {
    case "deal": {
      const deal = await findDeal(ctx, ref);
      return { id: deal.id, label: `#${deal.number} ${deal.title}` };
    }
    case "company": {
      const company = await ctx.domain.companies.findByName(ref);
      return { id: company.id, label: company.name };
    }
    case "contact": {
      // An erased contact has no name any more: its id (from an export or an earlier trail) still works.
      const byId = await ctx.domain.names.contact(ref);
      if (byId) return { id: byId.id, label: byId.name };
      const contact = await ctx.domain.contacts.findByName(ref);
      return { id: contact.id, label: contact.name };
    }
    case "ticket": {
      const number = /^(?:#|t-?)?(\d{1,9})$/i.exec(ref)?.[1];
      const ticket = number ? await ctx.domain.names.ticketByNumber(Number(number)) : null;
      if (!ticket) throw new NotFoundError("ticket", ref);
      return { id: ticket.id, label: `#${ticket.number} ${ticket.title}` };
    }
    default: {
      const user = await ctx.domain.users.findByName(ref);
      return { id: user.id, label: user.name };
    }
  }
}
