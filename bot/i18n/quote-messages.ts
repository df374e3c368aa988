import { msg } from "./msg.js";

/** What the bot says about quotes and approvals. */
export const QM = {
  created: msg<[string, string]>(
    (no, company) => `📝 已为 ${company} 新建报价单 ${no}。用“报价 明细 <产品> <数量> <单价> [折扣%]”添加明细，然后“报价 提交”。`,
    (no, company) => `📝 Quote ${no} created for ${company}. Add lines with "quote line <product> <qty> <unit price> [discount%]", then "quote submit".`,
  ),
  lineAdded: msg<[string, string]>(
    (no, total) => `➕ 已添加到 ${no}，当前总计 ${total}`,
    (no, total) => `➕ Added to ${no}; total now ${total}`,
  ),
  noDraft: msg(
    () => "你还没有草稿报价单。先用“报价 新建 <客户>”新建一个。",
    () => 'You have no draft quote. Start one with "quote new <company>".',
  ),
  badLine: msg(
    () => "明细格式：报价 明细 [报价单号] <产品> <数量> <单价> [折扣%|8折]，例如：报价 明细 服务器 2 5万 15%",
    () => "Line format: quote line [quote no] <product> <qty> <unit price> [discount%], e.g. quote line Server 2 50k 15%",
  ),
  submittedAuto: msg<[string, string]>(
    (no, total) => `✅ 报价单 ${no}（${total}）折扣在自动批准范围内，已批准。`,
    (no, total) => `✅ Quote ${no} (${total}) is within the auto-approval limit and is approved.`,
  ),
  submittedPending: msg<[string, string]>(
    (no, approver) => `📨 报价单 ${no} 已提交审批，等待 ${approver} 审批。`,
    (no, approver) => `📨 Quote ${no} submitted; waiting for ${approver} to approve.`,
  ),
  dealMoved: msg<[number]>(
    (n) => `➡️ 商机 #${n} 已推进到「商务谈判」`,
    (n) => `➡️ Deal #${n} moved to Negotiation`,
  ),
  approvedStep: msg<[string, string, string]>(
    (no, by, next) => `👍 ${by} 批准了报价单 ${no}，下一步等待 ${next} 审批。`,
    (no, by, next) => `👍 ${by} approved quote ${no}; next: waiting for ${next}.`,
  ),
  approvedFinal: msg<[string, string]>(
    (no, total) => `✅ 报价单 ${no} 已批准（${total}），报价单 PDF 见附件。`,
    (no, total) => `✅ Quote ${no} is approved (${total}); the quote PDF is attached.`,
  ),
  rejected: msg<[string, string, string]>(
    (no, by, reason) => `❌ ${by} 驳回了报价单 ${no}：${reason}`,
    (no, by, reason) => `❌ ${by} rejected quote ${no}: ${reason}`,
  ),
  commented: msg<[string, string, string]>(
    (no, by, text) => `💬 ${by} 对报价单 ${no} 的评论：${text}`,
    (no, by, text) => `💬 ${by} commented on quote ${no}: ${text}`,
  ),
  youApproved: msg<[string]>(
    (no) => `已批准报价单 ${no}。`,
    (no) => `You approved quote ${no}.`,
  ),
  youRejected: msg<[string]>(
    (no) => `已驳回报价单 ${no}，已通知销售。`,
    (no) => `You rejected quote ${no}; the rep has been told.`,
  ),
  commentSent: msg<[string]>(
    (no) => `评论已发给报价单 ${no} 的销售。`,
    (no) => `Your comment on quote ${no} was sent to the rep.`,
  ),
  askReason: msg<[string]>(
    (no) => `请直接回复驳回报价单 ${no} 的原因（发送“取消”放弃）。`,
    (no) => `Please reply with the reason for rejecting quote ${no} (or "cancel").`,
  ),
  askComment: msg<[string]>(
    (no) => `请直接回复你对报价单 ${no} 的评论（发送“取消”放弃）。`,
    (no) => `Please reply with your comment on quote ${no} (or "cancel").`,
  ),
  notApprover: msg<[string]>(
    (name) => `抱歉，这一步需要由 ${name} 审批，你的点击没有生效。`,
    (name) => `Sorry, this step is for ${name} to decide; your click changed nothing.`,
  ),
  alreadyDecided: msg<[string, string]>(
    (status, by) => `这一步已经处理过了（${by}：${status}），没有重复操作。`,
    (status, by) => `This step was already decided (${by}: ${status}); nothing was changed.`,
  ),
  notYourTurn: msg(
    () => "这一步还没轮到审批。",
    () => "This step is not up for decision yet.",
  ),
  notDraft: msg<[string, string]>(
    (no, status) => `报价单 ${no} 已是「${status}」状态，不能再修改或提交。`,
    (no, status) => `Quote ${no} is ${status}; it can no longer be changed or submitted.`,
  ),
  noApprover: msg(
    () => "找不到可以审批这张报价单的人（团队里没有经理，也没有其他管理员）。",
    () => "Nobody can approve this quote (no manager in the team and no other admin).",
  ),
  approvalRequest: msg<[string, string, string]>(
    (no, rep, total) => `🔔 ${rep} 的报价单 ${no}（${total}）等待你审批。`,
    (no, rep, total) => `🔔 Quote ${no} by ${rep} (${total}) is waiting for your approval.`,
  ),
  unreachable: msg<[string, string]>(
    (no, who) => `⚠️ 报价单 ${no} 的审批卡片无法送达 ${who}（没有审批群，也没有可用的聊天账号）。请提醒 ${who} 输入“报价 查看 ${no}”。`,
    (no, who) => `⚠️ The approval card for quote ${no} could not reach ${who} (no approvals chat and no chat account). Ask ${who} to type "quote show ${no}".`,
  ),
} as const;
