import { msg } from "./msg.js";

/** What the bot says about tickets, CSAT and the knowledge base. */
export const SM = {
  offerTicket: msg<[string, boolean]>(
    (company, urgent) => `听起来${company}遇到了产品问题。要${urgent ? "按「紧急」" : ""}建一张工单（带响应时限）跟进吗？`,
    (company, urgent) => `Sounds like ${company} has a product problem. Open ${urgent ? "an urgent" : "a"} ticket (with its SLA) for it?`,
  ),
  openTicketButton: msg(
    () => "新建工单",
    () => "Open a ticket",
  ),
  priorityChanged: msg<[number, string, string]>(
    (n, p, due) => `🎫 工单 T${n} 优先级已改为「${p}」，需在 ${due} 前响应`,
    (n, p, due) => `🎫 Ticket T${n} is now ${p} priority; answer due by ${due}`,
  ),
  ticketAssigned: msg<[number, string]>(
    (n, name) => `👤 工单 T${n} 已交给 ${name}`,
    (n, name) => `👤 Ticket T${n} now goes to ${name}`,
  ),
  assigned: msg<[string]>(
    (name) => `👤 已按轮值分配给 ${name}`,
    (name) => `👤 Assigned to ${name} (rota)`,
  ),
  unassigned: msg(
    () => "👤 暂无客服轮值人员，工单未分配。",
    () => "👤 No service agent on the rota; the ticket is unassigned.",
  ),
  newForYou: msg<[number, string]>(
    (n, title) => `🎫 新工单 T${n} 分配给你：${title}`,
    (n, title) => `🎫 New ticket T${n} for you: ${title}`,
  ),
  suggestions: msg<[string]>(
    (list) => `📚 知识库里可能有答案：\n${list}`,
    (list) => `📚 The knowledge base may already answer this:\n${list}`,
  ),
  statusChanged: msg<[number, string]>(
    (n, status) => `工单 T${n} → ${status}`,
    (n, status) => `Ticket T${n} → ${status}`,
  ),
  csatAsk: msg<[number]>(
    (n) => `工单 T${n} 已关闭。请向客户发送满意度调查，并记录客户的评分。`,
    (n) => `Ticket T${n} is closed. Please send the customer the satisfaction survey and record their score.`,
  ),
  csatRecorded: msg<[number, number, number]>(
    (n, score, health) => `已记录工单 T${n} 的满意度 ${"★".repeat(score)}，客户健康度现为 ${health}。如有客户评价，请直接回复（发送“跳过”结束）。`,
    (n, score, health) =>
      `Recorded ${"★".repeat(score)} for ticket T${n}; customer health is now ${health}. Reply with the customer's comment if any (or "skip").`,
  ),
  csatSaved: msg<[number, number, number]>(
    (n, score, health) => `已记录工单 T${n} 的满意度 ${"★".repeat(score)}，客户健康度现为 ${health}。`,
    (n, score, health) => `Recorded ${"★".repeat(score)} for ticket T${n}; customer health is now ${health}.`,
  ),
  csatCommentSaved: msg(
    () => "客户评价已保存。",
    () => "The customer's comment is saved.",
  ),
  csatAlready: msg(
    () => "这张工单的满意度已经记录过了。",
    () => "A score for this ticket is already recorded.",
  ),
  ticketConflict: msg(
    () => "工单状态刚被改过，不能这样变更。请刷新后再试。",
    () => "The ticket's status changed just now; that move is not possible. Please look again.",
  ),
  agentSet: msg<[string, boolean]>(
    (name, on) => (on ? `${name} 已加入客服轮值。` : `${name} 已退出客服轮值。`),
    (name, on) => (on ? `${name} is now on the service rota.` : `${name} is off the service rota.`),
  ),
  csatUsage: msg(
    () => "用法：工单 满意度 <编号> <1-5> [评价]",
    () => "Usage: ticket csat <number> <1-5> [comment]",
  ),
  forwardNoCompany: msg(
    () => "看起来是转发的客户消息，但没找到是哪个客户。请用：工单 新建 <客户> <问题> [优先级]",
    () => "This looks like a forwarded customer message, but I could not tell which customer. Use: ticket new <company> <problem> [priority]",
  ),
  forwardWhich: msg(
    () => "这条转发的客户消息是哪个客户的？",
    () => "Which customer sent this forwarded message?",
  ),
  kbAdded: msg<[string]>(
    (q) => `📚 已加入知识库：${q}`,
    (q) => `📚 Added to the knowledge base: ${q}`,
  ),
  kbNone: msg<[string]>(
    (q) => `知识库里没有找到“${q}”相关的内容。`,
    (q) => `Nothing in the knowledge base about "${q}".`,
  ),
  kbResults: msg<[string]>(
    (list) => `📚 知识库：\n${list}`,
    (list) => `📚 Knowledge base:\n${list}`,
  ),
  cancelled: msg(
    () => "好的，已取消。",
    () => "OK, cancelled.",
  ),
  skipped: msg(
    () => "好的。",
    () => "OK.",
  ),
} as const;
