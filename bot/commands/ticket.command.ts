import { formatDateTime } from "../../cards/format.js";
import { ConflictError } from "../../domain/shared/errors.js";
import type { TicketPriority } from "../../domain/tickets/ticket.service.js";
import type { Replies, TurnContext } from "../context.js";
import { cardFor, ticketAnnouncer } from "../flows/ticket-announcer.js";
import { M } from "../i18n/messages.js";
import { SM } from "../i18n/service-messages.js";
import { type Command, subcommandOf } from "./command.js";
import { declared } from "./declaration.js";
import { listTickets } from "./ticket-list.js";
import { ticketDeclaration } from "./ticket.declaration.js";
import { formatHits } from "./kb.command.js";
import { takeLeadingCompany } from "./resolve-company.js";
import { lookupScope } from "./user.command.js";
import { describeUser } from "../../domain/users/user-lookup.js";

const PRIORITY_WORDS: Record<string, TicketPriority> = {
  low: "low",
  低: "low",
  不急: "low",
  normal: "normal",
  medium: "normal",
  中: "normal",
  普通: "normal",
  high: "high",
  高: "high",
  急: "high",
  urgent: "urgent",
  critical: "urgent",
  紧急: "urgent",
  特急: "urgent",
};

const PRIORITY_ZH: Record<TicketPriority, string> = { low: "低", normal: "普通", high: "高", urgent: "紧急" };

const STATUS_WORDS: Record<string, "pending" | "resolved" | "closed"> = {
  start: "pending",
  开始: "pending",
  处理: "pending",
  resolve: "resolved",
  resolved: "resolved",
  解决: "resolved",
  close: "closed",
  关闭: "closed",
};
const CSAT_WORDS = ["csat", "rate", "满意度", "评分"];
const AGENT_WORDS = ["agent", "客服"];

export const ticketCommand: Command = {
  ...declared(ticketDeclaration),
  async run(ctx, args) {
    const [word = "", ...rest] = args;
    const lower = word.toLowerCase();
    const sub = subcommandOf(word);
    if (sub === "new" && rest.length >= 2) return raiseTicket(ctx, rest);
    if (sub === "show" && rest.length === 1) return showTicket(ctx, rest[0]!);
    if (sub === "list") return listTickets(ctx, rest);
    const status = STATUS_WORDS[lower];
    if (status && rest.length === 1) return changeStatus(ctx, rest[0]!, status);
    if (CSAT_WORDS.includes(lower)) return csat(ctx, rest);
    if (AGENT_WORDS.includes(lower) && rest.length >= 1) return agent(ctx, rest);
    // "ticket 12 priority urgent", "工单 12 优先级 紧急", "ticket 12 assign Amy", "工单 12 交给 李雷".
    const field = (rest[0] ?? "").toLowerCase();
    if (/^(?:#|t)?\d+$/iu.test(word) && rest.length >= 2 && PRIORITY_FIELD.includes(field)) return changePriority(ctx, word, rest.slice(1).join(" "));
    if (/^(?:#|t)?\d+$/iu.test(word) && rest.length >= 2 && ASSIGN_FIELD.includes(field)) return reassignTicket(ctx, word, rest.slice(1).join(" "));
    return [{ text: M.usage[ctx.locale](this.usage[ctx.locale]) }];
  },
};

/** Raises a ticket: SLA from the priority, assignee from the rota, similar knowledge-base answers alongside. */
export async function raise(
  ctx: TurnContext,
  input: { companyId: string; companyName: string; title: string; description?: string; contactId?: string; priority?: TicketPriority },
): Replies {
  const announcer = ticketAnnouncer(ctx);
  const ticket = await ctx.domain.tickets.raise(
    ctx.actor,
    {
      companyId: input.companyId,
      title: input.title.slice(0, 300),
      ...(input.description ? { description: input.description } : {}),
      ...(input.contactId ? { contactId: input.contactId } : {}),
      ...(input.priority ? { priority: input.priority } : {}),
    },
    announcer.handler,
  );
  const shownPriority = ctx.locale === "zh" ? PRIORITY_ZH[ticket.priority as TicketPriority] : ticket.priority;
  const assignee = await ctx.domain.names.userName(ticket.assigneeId);
  const lines = [
    M.ticketRaised[ctx.locale](
      ticket.number,
      `${input.companyName} · ${ticket.title} [${shownPriority}]`,
      formatDateTime(ticket.slaDueAt, ctx.timezone, ctx.locale),
    ),
    assignee ? SM.assigned[ctx.locale](assignee) : SM.unassigned[ctx.locale](),
  ];
  const suggestions = await ctx.domain.knowledge.suggest(`${ticket.title} ${input.description ?? ""}`);
  if (suggestions.length > 0) lines.push(SM.suggestions[ctx.locale](formatHits(suggestions)));
  return [{ text: lines.join("\n"), card: await cardFor(ctx, ticket) }, ...announcer.replies];
}

async function raiseTicket(ctx: TurnContext, tokens: string[]): Replies {
  const { company, rest } = await takeLeadingCompany(ctx, tokens, 1);
  const last = rest[rest.length - 1]?.toLowerCase() ?? "";
  const priority = rest.length > 1 ? PRIORITY_WORDS[last] : undefined;
  const title = (priority ? rest.slice(0, -1) : rest).join(" ");
  return raise(ctx, { companyId: company.id, companyName: company.name, title, ...(priority ? { priority } : {}) });
}

function ticketNumber(ref: string): number | null {
  const match = /^(?:t-?|#)?(\d{1,9})$/i.exec(ref.trim());
  return match ? Number(match[1]) : null;
}

/** Every read by number (show, status, CSAT) checks that the actor may see the ticket. */
async function findTicket(ctx: TurnContext, ref: string) {
  const n = ticketNumber(ref);
  return ctx.domain.tickets.getVisibleByNumber(ctx.actor, n ?? -1);
}

const PRIORITY_FIELD = ["priority", "prio", "优先级", "级别", "紧急程度"];
const ASSIGN_FIELD = ["assign", "assignee", "owner", "to", "交给", "转给", "分配给", "指派给", "负责人"];

async function changePriority(ctx: TurnContext, ref: string, word: string): Replies {
  const priority = PRIORITY_WORDS[word.toLowerCase()];
  if (!priority)
    return [
      {
        text: M.invalidInput[ctx.locale](ctx.locale === "zh" ? "优先级" : "priority", ctx.locale === "zh" ? "低、普通、高、紧急" : "low, normal, high, urgent"),
      },
    ];
  const ticket = await findTicket(ctx, ref);
  const after = await ctx.domain.tickets.setPriority(ctx.actor, ticket.id, priority);
  const due = formatDateTime(after.slaDueAt, ctx.timezone, ctx.locale);
  const name = ctx.locale === "zh" ? PRIORITY_ZH[priority] : priority;
  return [{ text: SM.priorityChanged[ctx.locale](after.number, name, due) }, { card: await cardFor(ctx, after) }];
}

async function reassignTicket(ctx: TurnContext, ref: string, who: string): Replies {
  const ticket = await findTicket(ctx, ref);
  const { user } = await ctx.domain.users.resolveRef(lookupScope(ctx), who);
  try {
    const after = await ctx.domain.tickets.assign(ctx.actor, ticket.id, user.id);
    return [{ text: SM.ticketAssigned[ctx.locale](after.number, user.name) }, { card: await cardFor(ctx, after) }];
  } catch (error) {
    if (error instanceof ConflictError) return [{ text: SM.ticketConflict[ctx.locale]() }];
    throw error;
  }
}

async function showTicket(ctx: TurnContext, ref: string): Replies {
  const ticket = await findTicket(ctx, ref);
  return [{ card: await cardFor(ctx, ticket) }];
}

async function changeStatus(ctx: TurnContext, ref: string, to: "pending" | "resolved" | "closed"): Replies {
  const ticket = await findTicket(ctx, ref);
  const announcer = ticketAnnouncer(ctx);
  try {
    const after = await ctx.domain.tickets.setStatus(ctx.actor, ticket.id, to, announcer.handler);
    return [{ card: await cardFor(ctx, after) }, ...announcer.replies];
  } catch (error) {
    if (error instanceof ConflictError) return [{ text: SM.ticketConflict[ctx.locale]() }];
    throw error;
  }
}

async function csat(ctx: TurnContext, tokens: string[]): Replies {
  const [ref, score, ...comment] = tokens;
  if (!ref || !score || !/^[1-5]$/.test(score)) return [{ text: SM.csatUsage[ctx.locale]() }];
  const ticket = await findTicket(ctx, ref);
  try {
    const { health } = await ctx.domain.tickets.recordCsat(ctx.actor, ticket.id, Number(score), comment.join(" "));
    return [{ text: SM.csatSaved[ctx.locale](ticket.number, Number(score), health) }];
  } catch (error) {
    if (error instanceof ConflictError) return [{ text: SM.csatAlready[ctx.locale]() }];
    throw error;
  }
}

async function agent(ctx: TurnContext, tokens: string[]): Replies {
  const off = ["off", "remove", "关", "移除"].includes(tokens[tokens.length - 1]?.toLowerCase() ?? "");
  const name = (off ? tokens.slice(0, -1) : tokens).join(" ");
  const { user, identity } = await ctx.domain.users.resolveRef(lookupScope(ctx), name);
  await ctx.domain.tickets.setSupportAgent(ctx.actor, user.id, !off);
  return [{ text: SM.agentSet[ctx.locale](describeUser(user, identity), !off) }];
}
