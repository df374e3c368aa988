import { formatDateTime } from "../../cards/format.js";
import { PRIORITY_NAMES, TICKET_STATUS_NAMES } from "../../cards/ticket.card.js";
import type { TicketStatus } from "../../domain/tickets/ticket.service.js";
import type { Replies, TurnContext } from "../context.js";
import { msg } from "../i18n/msg.js";
import { PAGE_SIZE, pagedList, takePage } from "./list-page.js";

const STATUS_WORDS: Record<string, readonly TicketStatus[]> = {
  open: ["open", "pending"],
  未完成: ["open", "pending"],
  未关闭: ["open", "pending"],
  new: ["open"],
  待处理: ["open"],
  pending: ["pending"],
  "in-progress": ["pending"],
  处理中: ["pending"],
  resolved: ["resolved"],
  已解决: ["resolved"],
  closed: ["closed"],
  已关闭: ["closed"],
  all: ["open", "pending", "resolved", "closed"],
  全部: ["open", "pending", "resolved", "closed"],
  所有: ["open", "pending", "resolved", "closed"],
};
const MINE_WORDS = ["mine", "my", "我的"];

const TicketListM = {
  title: msg<[number]>(
    (n) => `工单（${n}）`,
    (n) => `Tickets (${n})`,
  ),
  none: msg(
    () => "没有符合条件的工单。",
    () => "No tickets match.",
  ),
  unread: msg<[string]>(
    (w) => `没看懂「${w}」。例如：工单 列表 [我的] [待处理|处理中|已解决|已关闭|全部] [第2页]`,
    (w) => `I did not understand “${w}”, e.g. ticket list [mine] [open|pending|resolved|closed|all] [page 2]`,
  ),
};

/** "ticket list [mine] [open|pending|resolved|closed|all] [page n]": unfinished tickets by default, nearest SLA first. */
export async function listTickets(ctx: TurnContext, tokens: string[]): Replies {
  const { page, rest } = takePage(tokens);
  let statuses: readonly TicketStatus[] = ["open", "pending"];
  let assignedToMe = false;
  for (const word of rest) {
    const lower = word.toLowerCase();
    if (MINE_WORDS.includes(lower)) assignedToMe = true;
    else if (STATUS_WORDS[lower]) statuses = STATUS_WORDS[lower];
    else return [{ text: TicketListM.unread[ctx.locale](word) }];
  }
  const { tickets, total } = await ctx.domain.tickets.listVisible(ctx.actor, { statuses, assignedToMe, limit: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE });
  if (total === 0) return [{ text: TicketListM.none[ctx.locale]() }];
  const lines = tickets.map(
    (t) =>
      `T${t.number} ${t.title} · ${t.company.name} · ${TICKET_STATUS_NAMES[t.status]?.[ctx.locale] ?? t.status} · ${PRIORITY_NAMES[t.priority]?.[ctx.locale] ?? t.priority} · SLA ${formatDateTime(t.slaDueAt, ctx.timezone, ctx.locale)}`,
  );
  const command = { en: "ticket list", zh: "工单 列表" };
  return pagedList(ctx, { title: TicketListM.title[ctx.locale](total), lines, page, total, command, filters: rest });
}
