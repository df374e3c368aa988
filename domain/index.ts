import { ActivityService } from "./activities/activity.service.js";
import { AuditQueryService } from "./audit/audit-query.service.js";
import { UndoService } from "./audit/undo.service.js";
import { AlertService } from "./automation/alert.service.js";
import { createAutomationJobs } from "./automation/automation-jobs.js";
import { DigestService } from "./automation/digest.service.js";
import { RuleService } from "./automation/rule.service.js";
import { TeamChannelService } from "./automation/team-channel.service.js";
import { CompanyService } from "./companies/company.service.js";
import { ContactService } from "./contacts/contact.service.js";
import { ExportService } from "./exports/export.service.js";
import { ImportService } from "./imports/import.service.js";
import { ImportJobLeases } from "./imports/import-job-lease.js";
import { ImportRunStore } from "./imports/import-run-store.js";
import { LeadImportService } from "./imports/lead-import.service.js";
import { DealService } from "./deals/deal.service.js";
import { ContractService } from "./contracts/contract.service.js";
import { ExchangeRateService } from "./money/exchange-rates.service.js";
import { DailyReportService } from "./reports/daily-report.service.js";
import { EventLedger } from "./inbox/event-ledger.js";
import { OutboxStore } from "./outbox/outbox-store.js";
import { PendingStore } from "./conversation/pending-store.js";
import { FollowUpService } from "./followups/followup.service.js";
import { InteractionService } from "./interactions/log-interaction.js";
import { KnowledgeService } from "./knowledge/knowledge.service.js";
import { PipelineSummaryService } from "./pipeline/pipeline-summary.service.js";
import { ForecastService } from "./pipeline/forecast.service.js";
import { SalesReportService } from "./pipeline/sales-report.service.js";
import { TargetService } from "./targets/target.service.js";
import { PrivacyService } from "./privacy/privacy.service.js";
import { DeliveryLogRetention } from "./retention/delivery-log-retention.service.js";
import { StageService } from "./pipeline/stage.service.js";
import { StageConfigService } from "./pipeline/stage-config.service.js";
import { RecycleBinService } from "./trash/recycle-bin.service.js";
import { ApprovalPolicyService } from "./quotes/approval-policy.js";
import { ApprovalService } from "./quotes/approval.service.js";
import { QuoteService } from "./quotes/quote.service.js";
import type { Clock } from "./shared/clock.js";
import type { Db } from "./shared/db.js";
import { ephemeralSensitiveFields, type SensitiveFields } from "./shared/sensitive-fields.js";
import { ShortNameMentions } from "./search/short-name-mentions.js";
import { ActivitySearch } from "./search/activity-search.service.js";
import { RecordNames } from "./shared/record-names.js";
import { TicketService } from "./tickets/ticket.service.js";
import { CampaignService } from "./leads/campaign.service.js";
import { LeadConversion } from "./leads/lead-conversion.js";
import { LeadSourceService } from "./leads/lead-source.service.js";
import { LeadService } from "./leads/lead.service.js";
import { CustomerSignalService } from "./leads/customer-signals.service.js";
import { UserService } from "./users/user.service.js";

export interface DomainOptions {
  /**
   * The data key(s) and which columns they encrypt. The app passes the configured key
   * (app/data-keys.ts); without it values are encrypted under a key that dies with the process,
   * which only tests may rely on.
   */
  /** The currency totals over several currencies are converted into (CRM_BASE_CURRENCY; default CNY). */
  baseCurrency?: string;
  /** How many open leads one rep may hold from the pool (CRM_LEAD_CLAIM_CAP; default 30). */
  leadClaimCap?: number;
  fields?: SensitiveFields;
}

/** All CRM services over one database and one clock. */
export function createDomain(db: Db, clock: Clock, options: DomainOptions = {}) {
  const fields = options.fields ?? ephemeralSensitiveFields();
  // One stage reader for all services, so its cache is shared.
  const stages = new StageService(db);
  const contracts = new ContractService(db, clock);
  const rates = new ExchangeRateService(db, options.baseCurrency ?? "CNY");
  const deals = new DealService(db, clock, stages, contracts);
  const approvalPolicies = new ApprovalPolicyService(db);
  const contacts = new ContactService(db, fields);
  const rules = new RuleService(db);
  const companies = new CompanyService(db, clock, fields);
  const activities = new ActivityService(db, clock);
  const followUps = new FollowUpService(db, clock);
  const trash = new RecycleBinService(db, clock, fields);
  const pipeline = new PipelineSummaryService(db, stages);
  const leads = new LeadService(db, clock, fields, rules, { claimCap: options.leadClaimCap ?? 30 });
  const imports = new ImportService(db, fields, clock, stages, () => companies.forgetMentionIndex());
  // The database handle stays here: callers get use cases and reads, never Prisma.
  return {
    clock,
    users: new UserService(db),
    fields,
    companies,
    contacts,
    stages,
    /** Admins' changes to the pipeline stages (add, rename, reorder, probability, archive). */
    stageConfig: new StageConfigService(db, stages),
    deals,
    activities,
    /** Spreadsheets of what a person may see: deals, customers, contacts, activities (issue 20). */
    exports: new ExportService(db, fields),
    /** Spreadsheet imports: preview, batches with resume, undo as one unit (issue 20). */
    imports,
    /** Spreadsheet imports of leads: the same jobs, batches, resume and undo, one lead per row. */
    leadImports: new LeadImportService(db, fields, clock, imports, leads),
    /** Claims on running imports: one runner works a job at a time (CRM_IMPORT_LEASE_MS). */
    importLeases: new ImportJobLeases(db, clock),
    /** The background import runner's reads and outbox rows. */
    importRuns: new ImportRunStore(db, clock),
    followUps,
    /** "Log what happened with a customer": activity, follow-up and deal change in one transaction. */
    interactions: new InteractionService(db, { companies, deals, stages, activities, followUps }),
    tickets: new TicketService(db, clock),
    pipeline,
    /** Weighted forecast, commit and best case for a period (issue 21's first step). */
    forecast: new ForecastService(db, stages, pipeline),
    /** Win rate, cycle, funnel, activities and the leaderboard for a period. */
    reports: new SalesReportService(db, stages, pipeline),
    /** Sales targets per rep/team and period, and attainment. */
    targets: new TargetService(db, rates),
    approvalPolicies,
    quotes: new QuoteService(db, clock, deals, stages, approvalPolicies),
    approvals: new ApprovalService(db, clock, deals, stages),
    knowledge: new KnowledgeService(db, clock),
    audit: new AuditQueryService(db),
    undo: new UndoService(db, deals, stages, trash, contracts),
    /** Deleted deals, contacts and follow-ups, restorable until an admin purges them. */
    trash,
    /** Full-text search over activity summaries (ActivityTerm index). */
    activitySearch: new ActivitySearch(db),
    privacy: new PrivacyService(db, clock, contacts),
    deliveryRetention: new DeliveryLogRetention(db, clock),
    rules,
    digests: new DigestService(db, clock, stages, rules),
    alerts: new AlertService(db, clock),
    teamChannels: new TeamChannelService(db),
    contracts,
    dailyReports: new DailyReportService(db, clock),
    rates,
    /** Leads (线索): capture, duplicates, the pool, claiming and assignment, scoring (issue 19). */
    leads,
    /** A lead into company + contact + deal in one step. */
    leadConversion: new LeadConversion(db, clock, fields, leads, companies, contacts, deals),
    /** Marketing campaigns: cost, leads, conversion, revenue and ROI. */
    campaigns: new CampaignService(db, rates),
    /** Web-form / ad-platform doors for leads, each with its own token. */
    leadSources: new LeadSourceService(db),
    /** WeCom customer-contact events: new customers as leads, lost ones as a health drop. */
    customerSignals: new CustomerSignalService(db, clock, leads),
    events: new EventLedger(db, clock),
    outbox: new OutboxStore(db, clock),
    pending: new PendingStore(db, clock),
    /** Known companies and contacts whose short name a message contains. */
    mentions: new ShortNameMentions(db),
    /** Names of records known by id, for wording replies. */
    names: new RecordNames(db),
    /** What the scheduled jobs read and claim (bot/automation words and sends). */
    automation: createAutomationJobs(db),
  };
}

export type Domain = ReturnType<typeof createDomain>;
