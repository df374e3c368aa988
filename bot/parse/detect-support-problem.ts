/**
 * "美的的服务器宕机了，客户很着急", "Initech says the login page is broken": a customer reporting a
 * product problem, which a careful assistant offers to turn into a ticket (with its SLA) besides
 * logging it. A problem already fixed ("故障已经解决了", "the bug is fixed") is not offered.
 */
const ZH_PROBLEM =
  /宕机|故障|报错|崩溃|崩了|闪退|打不开|登录不了|登不上|无法登录|无法使用|无法访问|用不了|不能用|连不上|出问题|出了问题|有问题|有bug|卡死|坏了|投诉/iu;
const EN_PROBLEM =
  /\b(?:outage|broken|crash(?:ed|es|ing)?|bugs?|errors?|not\s+working|isn['’]t\s+working|aren['’]t\s+working|doesn['’]t\s+work|stopped\s+working|can['’]?t\s+log\s*in|cannot\s+log\s*in|unable\s+to\s+log\s*in|complain(?:ed|s|t|ts)?|(?:is|are|was|were|went|been|goes)\s+down)\b/iu;
const FIXED = /已经?解决|解决了|修好了|恢复了|已恢复|没问题了|\b(?:fixed|resolved|working\s+again|back\s+up|sorted)\b/iu;
/** Money or plans that only sound like a problem: "价格有问题" is a negotiation, not a ticket. */
const NOT_PRODUCT = /价格|报价|预算|合同|付款|回款|\b(?:price|pricing|quote|budget|contract|invoice|payment)\b/iu;
const URGENT =
  /着急|紧急|很急|急需|加急|马上|立刻|尽快|今天(?:必须|要|得)?解决|\b(?:urgent(?:ly)?|asap|critical|immediately|right\s+away|sev(?:erity)?\s*1|p1)\b/iu;

/** Words that name a fault whatever else the sentence is about ("报价系统报错" is still a ticket). */
const PLAIN_FAULT = /宕机|故障|报错|崩溃|outage|crash|bug|error/iu;

export function detectSupportProblem(text: string): { urgent: boolean } | null {
  if (!(ZH_PROBLEM.test(text) || EN_PROBLEM.test(text)) || FIXED.test(text)) return null;
  if (NOT_PRODUCT.test(text) && !PLAIN_FAULT.test(text)) return null;
  return { urgent: URGENT.test(text) };
}
