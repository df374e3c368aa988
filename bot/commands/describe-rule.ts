import { formatMoney } from "../../cards/format.js";
import type { AnyRule, RuleAction } from "../../domain/automation/rule.schemas.js";
import type { Locale } from "../types.js";
import { describeSchedule } from "./describe-schedule.js";

type Words = Record<Locale, string>;

const RULE_NAMES: Record<AnyRule["key"], Words> = {
  digest: { zh: "每日简报", en: "Daily digest" },
  "weekly-summary": { zh: "每周总结", en: "Weekly summary" },
  "stale-deal": { zh: "商机停滞提醒", en: "Stale deal alert" },
  "overdue-followup": { zh: "跟进逾期提醒", en: "Overdue follow-up alert" },
  churn: { zh: "客户流失预警", en: "Churn warning" },
  sla: { zh: "工单响应时限", en: "Ticket response SLA" },
  renewal: { zh: "续约提醒", en: "Renewal reminder" },
  "payment-overdue": { zh: "回款逾期提醒", en: "Overdue payment alert" },
  "daily-report": { zh: "销售日报", en: "Daily reports" },
  "lead-hot": { zh: "热线索提醒", en: "Hot lead alert" },
  "lead-return": { zh: "线索回收公海", en: "Idle leads back to the pool" },
  "lead-assign": { zh: "公海线索自动分配", en: "Pool leads assigned" },
};

const ACTION_NAMES: Record<RuleAction, Words> = {
  "dm-managers": { zh: "私信经理", en: "DM managers" },
  "team-channel": { zh: "发到团队群", en: "post to the team channel" },
  "notify-owner": { zh: "通知负责人", en: "notify the owner" },
  "notify-manager": { zh: "通知经理", en: "notify the manager" },
  "mark-at-risk": { zh: "标记为有风险", en: "mark at risk" },
  "create-followup": { zh: "创建跟进", en: "create a follow-up" },
};

const PRIORITIES: Record<string, Words> = {
  low: { zh: "低", en: "low" },
  normal: { zh: "普通", en: "normal" },
  high: { zh: "高", en: "high" },
  urgent: { zh: "紧急", en: "urgent" },
};

/** The IF part in words: "商机 7 天无进展且金额 ≥ ¥100,000" / "deal quiet for 7 days, amount ≥ ¥100,000". */
function describeCondition(rule: AnyRule, locale: Locale): string {
  const zh = locale === "zh";
  switch (rule.key) {
    case "digest":
    case "weekly-summary": {
      const c = rule.condition;
      return zh
        ? `列出 ${c.staleDays} 天无进展的商机，最多 ${c.top} 个${c.chart ? "，附管道图" : ""}`
        : `deals quiet for ${c.staleDays} days, top ${c.top}${c.chart ? ", with a pipeline chart" : ""}`;
    }
    case "stale-deal": {
      const c = rule.condition;
      const money = formatMoney(BigInt(Math.round(c.minAmount * 100)), "CNY", locale);
      return zh
        ? `商机 ${c.days} 天无进展且金额 ≥ ${money}（提醒后 ${c.snoozeDays} 天内不重复）`
        : `deal quiet for ${c.days} days and amount ≥ ${money} (not repeated for ${c.snoozeDays} days)`;
    }
    case "overdue-followup": {
      const c = rule.condition;
      const hour = `${String(c.morningHour).padStart(2, "0")}:00`;
      return zh
        ? `跟进已逾期（每天 ${hour} 汇总；逾期 ${c.managerAfterDays} 天告知经理）`
        : `follow-up overdue (morning round-up at ${hour}; the manager hears after ${c.managerAfterDays} days)`;
    }
    case "churn": {
      const c = rule.condition;
      return zh
        ? `客户 ${c.days} 天无互动（A 级客户 ${c.tierADays} 天），或 ${c.ticketWindowDays} 天内 ≥ ${c.tickets} 个工单`
        : `no contact with the customer for ${c.days} days (tier A: ${c.tierADays}), or ≥ ${c.tickets} tickets in ${c.ticketWindowDays} days`;
    }
    case "sla": {
      const c = rule.condition;
      const which = c.priorities.map((p) => PRIORITIES[p]?.[locale] ?? p).join(zh ? "、" : ", ");
      return zh ? `${which}优先级工单 ${c.hours} 小时未响应` : `${which} priority ticket unanswered for ${c.hours} h`;
    }
    case "renewal":
      return zh ? `合同到期前 ${rule.condition.days} 天` : `${rule.condition.days} days before the contract ends`;
    case "daily-report":
      return zh
        ? `工作日 ${rule.condition.draftHour}:00 把日报发给当天有记录的成员确认，${rule.condition.managerHour}:00 汇总发给经理`
        : `workdays: each member who logged something gets their report at ${rule.condition.draftHour}:00 to confirm, managers the team's at ${rule.condition.managerHour}:00`;
    case "payment-overdue":
      return zh ? `合同的一期回款逾期 ${rule.condition.days} 天未付清` : `a contract instalment unpaid ${rule.condition.days} days after its due day`;
    case "lead-hot": {
      const c = rule.condition;
      return zh
        ? `线索评分达到 ${c.threshold}（来源：转介绍 ${c.referral}、展会 ${c.tradeShow}、官网 ${c.web}、企业微信 ${c.wecom}、广告 ${c.ads}、聊天 ${c.chat}；决策人 ${c.seniorTitle}；电话 ${c.phone}；邮箱 ${c.email}；公司 ${c.company}；每次跟进 ${c.perTouch}，最多 ${c.maxTouches} 次）`
        : `lead score reaches ${c.threshold} (source: referral ${c.referral}, trade show ${c.tradeShow}, web ${c.web}, WeCom ${c.wecom}, ads ${c.ads}, chat ${c.chat}; decision maker ${c.seniorTitle}; phone ${c.phone}; email ${c.email}; company ${c.company}; each touch ${c.perTouch}, up to ${c.maxTouches})`;
    }
    case "lead-assign": {
      const by = rule.condition.by.filter((b) => b !== "round-robin");
      const cut = rule.condition.by.indexOf("round-robin");
      const order = (cut >= 0 ? rule.condition.by.slice(0, cut) : by).map((b) => (zh ? (b === "region" ? "地区" : "行业") : b));
      if (order.length === 0) {
        return zh
          ? `公海线索 ${rule.condition.minutes} 分钟无人领取，按顺序分给团队的销售（跳过已达上限的人）`
          : `a pool lead unclaimed for ${rule.condition.minutes} minutes goes to the team's reps in turn (skipping reps at the cap)`;
      }
      return zh
        ? `公海线索 ${rule.condition.minutes} 分钟无人领取，先按${order.join("、")}分给负责的销售，没有对应的人则按顺序分给团队的销售（跳过已达上限的人）`
        : `a pool lead unclaimed for ${rule.condition.minutes} minutes goes to a rep whose ${order.join(", then ")} covers it, else to the team's reps in turn (skipping reps at the cap)`;
    }
    case "lead-return":
      return zh
        ? `有负责人的线索 ${rule.condition.days} 天无人跟进，退回团队公海`
        : `an owned lead nobody worked on for ${rule.condition.days} days goes back to the team's pool`;
  }
}

/** One rule as a card field: its name and key (for `rule set`), then "when … · checked … → do …". */
export function describeRule(rule: AnyRule, locale: Locale): { label: string; value: string } {
  const zh = locale === "zh";
  const state = rule.enabled ? (zh ? "启用" : "on") : zh ? "停用" : "off";
  const actions = rule.actions.map((a) => ACTION_NAMES[a][locale]).join(zh ? "、" : ", ");
  const when = describeCondition(rule, locale);
  const schedule = describeSchedule(rule.schedule, locale);
  return {
    label: `${RULE_NAMES[rule.key][locale]} · ${rule.key}${zh ? `（${state}）` : ` (${state})`}`,
    value: zh ? `当${when}时，${actions}（${schedule}检查）` : `when ${when}: ${actions} (checked ${schedule})`,
  };
}
