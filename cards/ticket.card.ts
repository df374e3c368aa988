import { formatDateTime, type Locale } from "./format.js";
import type { Card, CardButton, CardField } from "./model.js";

const L = {
  ticket: { zh: "工单", en: "Ticket" },
  company: { zh: "客户", en: "Company" },
  priority: { zh: "优先级", en: "Priority" },
  status: { zh: "状态", en: "Status" },
  assignee: { zh: "处理人", en: "Assignee" },
  unassigned: { zh: "未分配", en: "Unassigned" },
  slaDue: { zh: "响应时限", en: "SLA due" },
  firstResponse: { zh: "首次响应", en: "First response" },
  start: { zh: "开始处理", en: "Start" },
  resolve: { zh: "已解决", en: "Resolve" },
  close: { zh: "关闭", en: "Close" },
  csat: { zh: "满意度", en: "CSAT" },
} as const;

export const TICKET_STATUS_NAMES: Record<string, Record<Locale, string>> = {
  open: { zh: "待处理", en: "Open" },
  pending: { zh: "处理中", en: "In progress" },
  resolved: { zh: "已解决", en: "Resolved" },
  closed: { zh: "已关闭", en: "Closed" },
};
export const PRIORITY_NAMES: Record<string, Record<Locale, string>> = {
  low: { zh: "低", en: "low" },
  normal: { zh: "普通", en: "normal" },
  high: { zh: "高", en: "high" },
  urgent: { zh: "紧急", en: "urgent" },
};

export interface TicketCardData {
  id: string;
  number: number;
  title: string;
  priority: string;
  status: string;
  slaDueAt: Date;
  firstResponseAt: Date | null;
  csatScore: number | null;
  company: { name: string };
}

/** A ticket with the buttons its status allows (start / resolve / close); values are the ticket id and the target. */
export function ticketCard(ticket: TicketCardData, assigneeName: string | null, ctx: { locale: Locale; timeZone: string }): Card {
  const { locale, timeZone } = ctx;
  const fields: CardField[] = [
    { label: L.company[locale], value: ticket.company.name },
    { label: L.priority[locale], value: PRIORITY_NAMES[ticket.priority]?.[locale] ?? ticket.priority },
    { label: L.status[locale], value: TICKET_STATUS_NAMES[ticket.status]?.[locale] ?? ticket.status },
    { label: L.assignee[locale], value: assigneeName ?? L.unassigned[locale] },
    { label: L.slaDue[locale], value: formatDateTime(ticket.slaDueAt, timeZone, locale) },
  ];
  if (ticket.firstResponseAt) fields.push({ label: L.firstResponse[locale], value: formatDateTime(ticket.firstResponseAt, timeZone, locale) });
  if (ticket.csatScore !== null) fields.push({ label: L.csat[locale], value: "★".repeat(ticket.csatScore) });
  const button = (to: string, text: string, style?: CardButton["style"]): CardButton => ({
    label: text,
    actionId: "ticket.status",
    value: `${ticket.id}:${to}`,
    ...(style ? { style } : {}),
  });
  const buttons: CardButton[] = [];
  if (ticket.status === "open" || ticket.status === "resolved") buttons.push(button("pending", L.start[locale], "primary"));
  if (ticket.status === "open" || ticket.status === "pending") buttons.push(button("resolved", L.resolve[locale], "primary"));
  if (ticket.status !== "closed") buttons.push(button("closed", L.close[locale], "danger"));
  return {
    title: `${L.ticket[locale]} T${ticket.number} · ${ticket.title}`,
    blocks: [{ type: "fields", fields }, ...(buttons.length > 0 ? [{ type: "actions" as const, buttons }] : [])],
  };
}

/** The satisfaction survey: 1–5 stars; the rep presses what the customer answered (or forwards it). */
export function csatCard(ticket: { id: string; number: number; title: string; company: { name: string } }, locale: Locale): Card {
  const question =
    locale === "zh"
      ? `请询问客户对工单 T${ticket.number}（${ticket.title}）的满意度，并点选客户的评分（1–5 星）。之后可发送客户的评价。`
      : `Ask ${ticket.company.name} how satisfied they are with ticket T${ticket.number} (${ticket.title}) and press their score (1–5 stars). You can send their comment afterwards.`;
  return {
    title: locale === "zh" ? `满意度调查 · ${ticket.company.name}` : `Satisfaction survey · ${ticket.company.name}`,
    blocks: [
      { type: "text", text: question },
      { type: "actions", buttons: [1, 2, 3, 4, 5].map((n) => ({ label: "★".repeat(n), actionId: "ticket.csat", value: `${ticket.id}:${n}` })) },
    ],
  };
}
