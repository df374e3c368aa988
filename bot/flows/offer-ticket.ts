import type { TurnContext } from "../context.js";
import { SM } from "../i18n/service-messages.js";
import { detectSupportProblem } from "../parse/detect-support-problem.js";
import type { Reply } from "../types.js";
import { ask } from "./ask.js";

/**
 * After a log that reports a product problem ("服务器宕机了，客户很着急"), one button raises a
 * ticket for it. It re-runs the ordinary `ticket new` command, so the SLA, the rota, the
 * permissions and the audit are the command's own; the priority is said explicitly.
 */
export function offerTicket(ctx: TurnContext, company: { name: string }, text: string): Promise<Reply[]> {
  const problem = detectSupportProblem(text);
  if (!problem) return Promise.resolve([]);
  const priority = ctx.locale === "zh" ? (problem.urgent ? "紧急" : "普通") : problem.urgent ? "urgent" : "normal";
  const head = ctx.locale === "zh" ? "工单 新建" : "ticket new";
  const command = `${head} "${company.name.replace(/"/g, "")}" ${text.replace(/\s+/gu, " ").trim()} ${priority}`;
  return ask(
    ctx,
    "command",
    SM.offerTicket[ctx.locale](company.name, problem.urgent),
    null,
    [{ label: SM.openTicketButton[ctx.locale](), patch: { text: command } }],
    {
      yesNo: true,
    },
  );
}
