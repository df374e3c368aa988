import { auditCommand } from "./audit.command.js";
import { channelCommand } from "./channel.command.js";
import type { Command } from "./command.js";
import { companyCommand } from "./company.command.js";
import { contactCommand } from "./contact.command.js";
import { dealCommand } from "./deal.command.js";
import { digestCommand } from "./digest.command.js";
import { followUpCommand } from "./followup.command.js";
import { helpCommandOver } from "./help.command.js";
import { kbCommand } from "./kb.command.js";
import { logCommand } from "./log.command.js";
import { pipelineCommand } from "./pipeline.command.js";
import { quoteCommand } from "./quote.command.js";
import { ruleCommand } from "./rule.command.js";
import { stageCommand } from "./stage.command.js";
import { forecastCommand } from "./forecast.command.js";
import { exportCommand } from "./export.command.js";
import { importCommand } from "./import.command.js";
import { reportCommand } from "./report.command.js";
import { trendCommand } from "./trend.command.js";
import { leadCommand } from "./lead.command.js";
import { campaignCommand } from "./campaign.command.js";
import { weeklyCommand } from "./weekly.command.js";
import { targetCommand } from "./target.command.js";
import { contractCommand } from "./contract.command.js";
import { paymentCommand } from "./payment.command.js";
import { receivablesCommand } from "./receivables.command.js";
import { rateCommand } from "./rate.command.js";
import { dailyCommand } from "./daily.command.js";
import { trashCommand } from "./trash.command.js";
import { searchCommand } from "./search.command.js";
import { languageCommand, timezoneCommand } from "./settings.command.js";
import { ticketCommand } from "./ticket.command.js";
import { undoCommand } from "./undo.command.js";
import { userCommand } from "./user.command.js";

/** Every command, in the order help and docs/commands.md list them. */
export const COMMANDS: readonly Command[] = [
  logCommand,
  searchCommand,
  dealCommand,
  companyCommand,
  contactCommand,
  followUpCommand,
  ticketCommand,
  quoteCommand,
  kbCommand,
  pipelineCommand,
  forecastCommand,
  exportCommand,
  importCommand,
  reportCommand,
  trendCommand,
  leadCommand,
  campaignCommand,
  weeklyCommand,
  targetCommand,
  contractCommand,
  paymentCommand,
  receivablesCommand,
  rateCommand,
  dailyCommand,
  stageCommand,
  digestCommand,
  undoCommand,
  trashCommand,
  languageCommand,
  timezoneCommand,
  userCommand,
  auditCommand,
  ruleCommand,
  channelCommand,
  helpCommandOver(() => COMMANDS),
];

const byName = new Map(COMMANDS.flatMap((c) => c.names.map((n) => [n.toLowerCase(), c] as const)));

/** The command a line starts with ("deal …", "/crm deal …" is stripped by adapters), or null for a sentence. */
export function findCommand(firstWord: string): Command | null {
  return byName.get(firstWord.toLowerCase().replace(/^\//, "")) ?? null;
}
