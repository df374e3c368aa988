import { describe, expect, it } from "vitest";
import { CONDITION_SCHEMAS, DEFAULT_RULES, type AnyRule } from "../../domain/automation/rule.schemas.js";
import { describeRule } from "./describe-rule.js";
import { describeSchedule } from "./describe-schedule.js";

// Issue 14, language leaks: `规则 列表` showed raw JSON and cron; rules are shown in words.
describe("describeSchedule", () => {
  it.each([
    ["30 8 * * *", "每天 08:30", "daily at 08:30"],
    ["0 9 * * *", "每天 09:00", "daily at 09:00"],
    ["5 18 * * *", "每天 18:05", "daily at 18:05"],
    ["0 9 * * 1", "每周一 09:00", "every Monday at 09:00"],
    ["0 17 * * 5", "每周五 17:00", "every Friday at 17:00"],
    ["0 10 * * 0", "每周日 10:00", "every Sunday at 10:00"],
    ["0 * * * *", "每小时", "every hour"],
    ["15 * * * *", "每小时第 15 分", "every hour at :15"],
    ["*/5 * * * *", "每 5 分钟", "every 5 minutes"],
    ["*/30 * * * *", "每 30 分钟", "every 30 minutes"],
  ])("%s → %s / %s", (cron, zh, en) => {
    expect(describeSchedule(cron, "zh")).toBe(zh);
    expect(describeSchedule(cron, "en")).toBe(en);
  });

  it.each(["0 9 1 * *", "15 14 * * 1-5", "0 8,12 * * *", "0 9 * 1 *"])("%s (less common) is still words, not cron", (cron) => {
    const zh = describeSchedule(cron, "zh");
    const en = describeSchedule(cron, "en");
    expect(zh).not.toBe(cron);
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(en).not.toBe(cron);
    expect(en).toMatch(/[A-Za-z]{3,}/);
  });
});

const rule = <K extends AnyRule["key"]>(key: K, condition: object, schedule = "0 9 * * *"): AnyRule =>
  ({ ...DEFAULT_RULES.find((r) => r.key === key)!, condition: CONDITION_SCHEMAS[key].parse(condition), schedule }) as AnyRule;

describe("describeRule", () => {
  it.each(
    DEFAULT_RULES.flatMap(
      (r) =>
        [
          [r.key, "zh"],
          [r.key, "en"],
        ] as const,
    ),
  )("%s in %s has no JSON, cron or action ids", (key, locale) => {
    const { label, value } = describeRule(DEFAULT_RULES.find((r) => r.key === key)!, locale);
    expect(label).toContain(key); // the key stays: `rule set <key> …` needs it
    expect(value).not.toMatch(/[{}"]|\* \*|notify-|mark-at-risk|dm-managers|team-channel|create-followup/);
    if (locale === "zh") expect(value).toMatch(/\p{Script=Han}/u);
    else expect(value).not.toMatch(/\p{Script=Han}/u);
  });

  it.each([
    [{ days: 7, minAmount: 100_000 }, "zh", ["7 天", "¥100,000", "通知负责人", "每天 09:00"]],
    [{ days: 7, minAmount: 100_000 }, "en", ["7 days", "¥100,000", "notify the owner", "daily at 09:00"]],
    [{ days: 14, minAmount: 2_500_000 }, "zh", ["14 天", "¥2,500,000"]],
    [{ days: 3, minAmount: 0 }, "en", ["3 days", "¥0"]],
  ] as const)("stale-deal %j in %s", (condition, locale, parts) => {
    const { value } = describeRule(rule("stale-deal", condition), locale);
    for (const part of parts) expect(value).toContain(part);
  });

  it.each([
    ["sla", { hours: 4, priorities: ["urgent"] }, "zh", ["紧急", "4 小时"]],
    ["sla", { hours: 1, priorities: ["high", "urgent"] }, "en", ["high, urgent", "1 h"]],
    ["churn", { days: 90, tierADays: 45 }, "zh", ["90 天", "A 级客户 45 天"]],
    ["renewal", { days: 60 }, "en", ["60 days before"]],
    ["overdue-followup", { morningHour: 8, managerAfterDays: 3 }, "zh", ["08:00", "逾期 3 天"]],
  ] as const)("%s %j in %s", (key, condition, locale, parts) => {
    const { value } = describeRule(rule(key, condition), locale);
    for (const part of parts) expect(value).toContain(part);
  });
});
