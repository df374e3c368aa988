import { formatDateTime } from "../../cards/format.js";
import type { TicketPriority } from "../../domain/tickets/ticket.service.js";
import type { Replies, TurnContext } from "../context.js";
import { M } from "../i18n/messages.js";
import { type Command, subcommandOf } from "./command.js";
import { takeLeadingCompany } from "./resolve-company.js";

const PRIORITY_WORDS: Record<string, TicketPriority> = {
  low: "low", 低: "low", 不急: "low",
  normal: "normal", medium: "normal", 中: "normal", 普通: "normal",
  high: "high", 高: "high", 急: "high",
  urgent: "urgent", critical: "urgent", 紧急: "urgent", 特急: "urgent",
};

const PRIORITY_ZH: Record<TicketPriority, string> = { low: "低", normal: "普通", high: "高", urgent: "紧急" };

export const ticketCommand: Command = {
  names: ["ticket", "tickets", "工单", "售后"],
  usage: { zh: "工单 新建 <客户> <问题> [低|普通|高|紧急]", en: "ticket new <company> <problem> [low|normal|high|urgent]" },
  async run(ctx, args) {
    const [word, ...rest] = args;
    if (subcommandOf(word) === "new" && rest.length >= 2) return raiseTicket(ctx, rest);
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

async function raiseTicket(ctx: TurnContext, tokens: string[]): Replies {
  const { company, rest } = await takeLeadingCompany(ctx, tokens, 1);
  const last = rest[rest.length - 1]?.toLowerCase() ?? "";
  const priority = rest.length > 1 ? PRIORITY_WORDS[last] : undefined;
  const title = (priority ? rest.slice(0, -1) : rest).join(" ");
  const ticket = await ctx.domain.tickets.raise(ctx.actor, { companyId: company.id, title, ...(priority ? { priority } : {}) });
  const shownPriority = ctx.locale === "zh" ? PRIORITY_ZH[ticket.priority as TicketPriority] : ticket.priority;
  return [{ text: M.ticketRaised[ctx.locale](ticket.number, `${company.name} · ${ticket.title} [${shownPriority}]`, formatDateTime(ticket.slaDueAt, ctx.timezone, ctx.locale)) }];
}
