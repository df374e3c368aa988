import type { TicketPriority } from "../../domain/tickets/ticket.service.js";
import { raise } from "../commands/ticket.command.js";
import { quoteIfNeeded } from "../commands/tokenize.js";
import type { Replies, TurnContext } from "../context.js";
import { SM } from "../i18n/service-messages.js";
import { ask } from "./ask.js";

const FORWARD_PREFIX = /^(?:(?:fwd?|fw|转发|客户消息|customer says)\s*[:：]|【转发】|\[转发\])\s*/i;
const URGENT = /紧急|十万火急|马上|立刻|urgent|asap|immediately|emergency|critical/i;
const HIGH = /无法|不能|登录不了|打不开|崩溃|宕机|报错|失败|can't|cannot|unable|down|broken|crash|error|fails?/i;

/**
 * A forwarded or quoted customer message: "Fwd: …" / "转发：…", or lines starting with ">".
 * Returns the customer's text and the rep's own note (other lines), or null for a normal message.
 */
export function forwardedText(text: string): { customer: string; note: string } | null {
  const trimmed = text.trim();
  if (FORWARD_PREFIX.test(trimmed)) {
    return { customer: trimmed.replace(FORWARD_PREFIX, "").trim(), note: "" };
  }
  const lines = trimmed.split(/\r?\n/);
  if (!/^\s*[>＞]/.test(lines[0] ?? "")) return null;
  const quoted = lines.filter((l) => /^\s*[>＞]/.test(l)).map((l) => l.replace(/^\s*[>＞]\s?/, ""));
  const note = lines
    .filter((l) => !/^\s*[>＞]/.test(l))
    .join("\n")
    .trim();
  const customer = quoted.join("\n").trim();
  return customer.length > 0 ? { customer, note } : null;
}

export function inferPriority(text: string): TicketPriority {
  if (URGENT.test(text)) return "urgent";
  if (HIGH.test(text)) return "high";
  return "normal";
}

/** Words of selling: a quote, a renewal, a contract, a meeting (an out-of-office reply is AUTO_REPLY's). */
const SALES =
  /\b(?:quote|quotation|quoted|pricing|price|proposal|renewal|renew|contract|purchase\s+order|PO|budget|invoice|discount|meeting|demo)\b|报价|价格|方案|续约|续费|合同|采购单|订单|预算|发票|折扣|会议|演示/iu;
/** An out-of-office reply to the rep's own mail. */
const AUTO_REPLY = /\b(?:automatic\s+reply|auto-?reply|out\s+of\s+(?:the\s+)?office)\b|自动回复|不在办公室/iu;
/** Words of a service problem: these stay a ticket whatever else is said. */
const PROBLEM = /故障|问题|投诉|退款|工单|\b(?:bug|issue|problem|complain\w*|refund|ticket|support|outage)\b/iu;

/**
 * "Fwd: RE: 2028 renewal quote > Thanks for the updated quote of $145,000…": a customer's reply about the sale, no
 * service request. It is logged as the e-mail it is (with its figure and its date), not raised as a ticket.
 */
export function isSalesCorrespondence(forwarded: { customer: string; note: string }): boolean {
  const all = `${forwarded.customer}\n${forwarded.note}`;
  // (an out-of-office reply is never a request, whatever it says about "urgent matters")
  return AUTO_REPLY.test(all) || (SALES.test(all) && !PROBLEM.test(all) && !HIGH.test(all) && !URGENT.test(all));
}

/** Raises a ticket from a forwarded customer message; the customer is found through a named contact or company. */
export async function raiseForwardedTicket(ctx: TurnContext, forwarded: { customer: string; note: string }): Replies {
  const all = `${forwarded.customer}\n${forwarded.note}`;
  const contacts = await ctx.domain.mentions.contacts(all);
  const companies = await ctx.domain.mentions.companies(all);
  const contact = contacts[0];
  const companyIds = [...new Set([...(contact ? [contact.companyId] : []), ...companies.map((c) => c.id)])];
  const title = firstSentence(forwarded.customer);
  const priority = inferPriority(all);
  const description = [forwarded.customer, forwarded.note].filter((p) => p.length > 0).join("\n---\n");
  if (companyIds.length === 1) {
    const company = await ctx.domain.companies.get(companyIds[0]!);
    return raise(ctx, {
      companyId: company.id,
      companyName: company.name,
      title,
      description,
      priority,
      ...(contact?.companyId === company.id ? { contactId: contact.id } : {}),
    });
  }
  if (companyIds.length === 0) return [{ text: SM.forwardNoCompany[ctx.locale]() }];
  const named = await ctx.domain.companies.namesOf(companyIds.slice(0, 5));
  const options = named.map((c) => ({ label: c.name, patch: { text: `ticket new ${quoteIfNeeded(c.name)} ${title} ${priority}` } }));
  return ask(ctx, "command", SM.forwardWhich[ctx.locale](), null, options);
}

function firstSentence(text: string): string {
  const line =
    text
      .split(/\r?\n/)
      .find((l) => l.trim().length > 0)
      ?.trim() ?? text.trim();
  // Drop a leading "张总：" speaker label; keep the problem.
  const body = line.replace(/^[^：:，,。\s]{1,12}[：:]\s*/, "");
  return [...(body || line)].slice(0, 120).join("");
}
