import type { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { type AnyRule, CONDITION_SCHEMAS, DEFAULT_RULES, type RuleKey, actionsSchema, cronSchema, isRuleKey } from "./rule.schemas.js";

/** The IF-THEN rules in the Rule table: seeded defaults, parsed with zod, edited by admins. */
export class RuleService {
  constructor(private readonly db: Db) {}

  /** Inserts missing default rules; existing rows (an admin's edits) are left as they are. */
  async seedDefaults(): Promise<void> {
    const present = new Set((await this.db.rule.findMany({ select: { key: true } })).map((r) => r.key));
    for (const rule of DEFAULT_RULES) {
      if (present.has(rule.key)) continue;
      await upsertIgnoringRace(() =>
        this.db.rule.upsert({
          where: { key: rule.key },
          create: {
            key: rule.key,
            entity: rule.entity,
            condition: JSON.stringify(rule.condition),
            schedule: rule.schedule,
            actions: JSON.stringify(rule.actions),
            enabled: rule.enabled,
          },
          update: {},
        }),
      );
    }
  }

  /** All known rules, defaults first seeded; a row that no longer parses is reported as disabled. */
  async list(): Promise<AnyRule[]> {
    await this.seedDefaults();
    const rows = await this.db.rule.findMany({ orderBy: { key: "asc" } });
    return rows.flatMap((row) => {
      const rule = parseRow(row);
      return rule ? [rule] : [];
    });
  }

  async get<K extends RuleKey>(key: K): Promise<Extract<AnyRule, { key: K }>> {
    const rule = (await this.list()).find((r) => r.key === key);
    if (!rule) throw new NotFoundError("rule", key);
    return rule as Extract<AnyRule, { key: K }>;
  }

  async setEnabled(actor: Actor, key: string, enabled: boolean): Promise<AnyRule> {
    return this.change(actor, key, enabled ? "rule.enable" : "rule.disable", () => ({ enabled }));
  }

  /** `rule set stale-deal days 10`, `rule set digest schedule "0 9 * * *"`, `rule set sla priorities high,urgent`. */
  async setParam(actor: Actor, key: string, param: string, value: string): Promise<AnyRule> {
    return this.change(actor, key, "rule.update", (rule) => {
      if (param === "schedule") return { schedule: validate(cronSchema, value) };
      if (param === "actions") return { actions: JSON.stringify(validate(actionsSchema, splitList(value))) };
      const schema = CONDITION_SCHEMAS[rule.key] as z.ZodObject;
      const field = schema.shape[param];
      if (!field) throw new InvalidInputError(param, `unknown parameter of ${rule.key}: ${Object.keys(schema.shape).join(", ")}`);
      const current = rule.condition as Record<string, unknown>;
      const typed = Array.isArray(current[param])
        ? splitList(value)
        : typeof current[param] === "boolean"
          ? coerceBoolean(param, value)
          : coerceNumber(param, value);
      return { condition: JSON.stringify(validate(schema, { ...current, [param]: typed })) };
    });
  }

  private async change(
    actor: Actor,
    key: string,
    action: string,
    patch: (rule: AnyRule) => { enabled?: boolean; schedule?: string; condition?: string; actions?: string },
  ): Promise<AnyRule> {
    if (actor.role !== "admin") throw new PermissionDeniedError("change", "rule", key);
    if (!isRuleKey(key)) throw new NotFoundError("rule", key);
    const before = await this.get(key);
    return this.db.$transaction(async (tx) => {
      const row = await tx.rule.update({ where: { key }, data: patch(before) });
      const after = parseRow(row);
      if (!after) throw new InvalidInputError(key, "rule no longer valid");
      await writeAudit(tx, actor, { action, entityType: "rule", entityId: row.id, before, after });
      return after;
    });
  }
}

/** Two instances seeding at once: the loser's insert hits the unique key, which is fine. */
async function upsertIgnoringRace(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

function splitList(value: string): string[] {
  return value
    .split(/[,，、\s]+/u)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
}

const YES = ["on", "true", "yes", "1", "开", "开启", "是", "要"];
const NO = ["off", "false", "no", "0", "关", "关闭", "否", "不要"];

function coerceBoolean(param: string, value: string): boolean {
  const word = value.trim().toLowerCase();
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  throw new InvalidInputError(param, `on or off, not: ${value}`);
}

function coerceNumber(param: string, value: string): number {
  // "100k", "10万" are how people write thresholds in chat.
  const m = /^(\d+(?:\.\d+)?)(k|w|万|m)?$/iu.exec(value.trim().replace(/[,，]/g, ""));
  if (!m) throw new InvalidInputError(param, `not a number: ${value}`);
  const unit = (m[2] ?? "").toLowerCase();
  const scale = unit === "k" ? 1e3 : unit === "w" || unit === "万" ? 1e4 : unit === "m" ? 1e6 : 1;
  return Number(m[1]) * scale;
}

interface RuleRow {
  key: string;
  entity: string;
  condition: string;
  schedule: string;
  actions: string;
  enabled: boolean;
}

function parseRow(row: RuleRow): AnyRule | null {
  if (!isRuleKey(row.key)) return null;
  try {
    const condition = CONDITION_SCHEMAS[row.key].parse(JSON.parse(row.condition));
    const actions = actionsSchema.parse(JSON.parse(row.actions));
    const schedule = cronSchema.parse(row.schedule);
    return { key: row.key, entity: row.entity, condition, schedule, actions, enabled: row.enabled } as AnyRule;
  } catch {
    return null;
  }
}
