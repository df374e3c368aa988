import cron from "node-cron";
import { z } from "zod";

/** The automation rules the engine knows; each is one row of the Rule table (key = rule key). */
export const RULE_KEYS = [
  "digest",
  "weekly-summary",
  "stale-deal",
  "overdue-followup",
  "churn",
  "sla",
  "renewal",
  "payment-overdue",
  "daily-report",
  "lead-hot",
  "lead-return",
  "lead-assign",
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export const RULE_ACTIONS = ["dm-managers", "team-channel", "notify-owner", "notify-manager", "mark-at-risk", "create-followup"] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

const int = (min: number, max: number) => z.number().int().min(min).max(max);

/** IF part of each rule: the thresholds an admin can change with `rule set <key> <param> <value>`. */
export const CONDITION_SCHEMAS = {
  digest: z.object({ staleDays: int(1, 365).default(7), top: int(1, 10).default(5), chart: z.boolean().default(true) }).strict(),
  "weekly-summary": z.object({ staleDays: int(1, 365).default(7), top: int(1, 10).default(5), chart: z.boolean().default(true) }).strict(),
  "stale-deal": z.object({ minAmount: z.number().min(0).max(1e12).default(100_000), days: int(1, 365).default(7), snoozeDays: int(1, 30).default(3) }).strict(),
  "overdue-followup": z.object({ morningHour: int(0, 23).default(9), managerAfterDays: int(1, 30).default(2) }).strict(),
  churn: z
    .object({ days: int(1, 730).default(60), tierADays: int(1, 730).default(30), tickets: int(1, 100).default(3), ticketWindowDays: int(1, 365).default(30) })
    .strict(),
  sla: z
    .object({
      hours: z.number().min(0.25).max(720).default(2),
      priorities: z
        .array(z.enum(["low", "normal", "high", "urgent"]))
        .min(1)
        .default(["high", "urgent"]),
    })
    .strict(),
  renewal: z.object({ days: int(1, 365).default(30) }).strict(),
  "payment-overdue": z.object({ days: int(0, 365).default(7) }).strict(),
  "daily-report": z.object({ draftHour: int(0, 23).default(18), managerHour: int(0, 23).default(20) }).strict(),
  /** The lead score's points (source, who they are, how to reach them, engagement) and the "hot lead" threshold. */
  "lead-hot": z
    .object({
      threshold: int(1, 1000).default(60),
      referral: int(0, 100).default(25),
      tradeShow: int(0, 100).default(20),
      web: int(0, 100).default(15),
      wecom: int(0, 100).default(15),
      ads: int(0, 100).default(10),
      chat: int(0, 100).default(10),
      seniorTitle: int(0, 100).default(20),
      phone: int(0, 100).default(10),
      email: int(0, 100).default(5),
      company: int(0, 100).default(10),
      perTouch: int(0, 100).default(5),
      maxTouches: int(0, 100).default(5),
    })
    .strict(),
  /** Owned leads nobody worked on for N days go back to the team's pool. */
  "lead-return": z.object({ days: int(1, 365).default(7) }).strict(),
  /**
   * Pool leads unclaimed for N minutes go to a rep whose territory covers them (by region, then
   * industry, in the order of `by`), else to the team's reps in turn (off until an admin enables it).
   */
  "lead-assign": z
    .object({
      minutes: int(1, 10_080).default(60),
      by: z
        .array(z.enum(["region", "industry", "round-robin"]))
        .min(1)
        .max(3)
        .default(["region", "industry"]),
    })
    .strict(),
} satisfies Record<RuleKey, z.ZodType>;

export type RuleCondition<K extends RuleKey> = z.output<(typeof CONDITION_SCHEMAS)[K]>;

export const cronSchema = z
  .string()
  .trim()
  .min(9)
  .max(100)
  .refine((s) => cron.validate(s), "not a cron expression");
export const actionsSchema = z.array(z.enum(RULE_ACTIONS)).max(RULE_ACTIONS.length);

export interface RuleDefinition<K extends RuleKey = RuleKey> {
  key: K;
  entity: "team" | "deal" | "followup" | "company" | "ticket" | "contract" | "lead";
  condition: RuleCondition<K>;
  /** Cron expression, read in each team's timezone for team rules, in the default zone otherwise. */
  schedule: string;
  actions: RuleAction[];
  enabled: boolean;
}

export type AnyRule = { [K in RuleKey]: RuleDefinition<K> }[RuleKey];

const defaults = <K extends RuleKey>(key: K) => CONDITION_SCHEMAS[key].parse({}) as RuleCondition<K>;

/** Seeded on start (upsert by key, never overwriting an admin's edits). */
export const DEFAULT_RULES: AnyRule[] = [
  { key: "digest", entity: "team", condition: defaults("digest"), schedule: "30 8 * * *", actions: ["dm-managers", "team-channel"], enabled: true },
  {
    key: "weekly-summary",
    entity: "team",
    condition: defaults("weekly-summary"),
    schedule: "0 9 * * 1",
    actions: ["dm-managers", "team-channel"],
    enabled: true,
  },
  {
    key: "stale-deal",
    entity: "deal",
    condition: defaults("stale-deal"),
    schedule: "0 * * * *",
    actions: ["mark-at-risk", "notify-owner", "notify-manager"],
    enabled: true,
  },
  {
    key: "overdue-followup",
    entity: "followup",
    condition: defaults("overdue-followup"),
    schedule: "*/5 * * * *",
    actions: ["notify-owner", "notify-manager"],
    enabled: true,
  },
  { key: "churn", entity: "company", condition: defaults("churn"), schedule: "0 9 * * *", actions: ["notify-owner", "notify-manager"], enabled: true },
  { key: "sla", entity: "ticket", condition: defaults("sla"), schedule: "*/5 * * * *", actions: ["notify-manager", "team-channel"], enabled: true },
  { key: "renewal", entity: "deal", condition: defaults("renewal"), schedule: "0 9 * * *", actions: ["create-followup", "notify-owner"], enabled: true },
  {
    key: "payment-overdue",
    entity: "contract",
    condition: defaults("payment-overdue"),
    schedule: "0 9 * * *",
    actions: ["notify-owner", "notify-manager", "create-followup"],
    enabled: true,
  },
  {
    key: "daily-report",
    entity: "team",
    condition: defaults("daily-report"),
    schedule: "0 * * * 1-5",
    actions: ["notify-owner", "dm-managers"],
    enabled: true,
  },
  { key: "lead-hot", entity: "lead", condition: defaults("lead-hot"), schedule: "*/10 * * * *", actions: ["notify-owner", "notify-manager"], enabled: true },
  { key: "lead-return", entity: "lead", condition: defaults("lead-return"), schedule: "0 * * * *", actions: ["notify-owner", "notify-manager"], enabled: true },
  { key: "lead-assign", entity: "lead", condition: defaults("lead-assign"), schedule: "*/10 * * * *", actions: ["notify-owner"], enabled: false },
];

export function isRuleKey(value: string): value is RuleKey {
  return (RULE_KEYS as readonly string[]).includes(value);
}
