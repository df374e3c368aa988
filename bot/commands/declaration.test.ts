import { describe, expect, it } from "vitest";
import type { Locale } from "../types.js";
import { helpText } from "./help-text.js";
import { COMMANDS, findCommand } from "./registry.js";

const HAN = /\p{Script=Han}/u;

/** Which words started which command before the declarations existed; moving them must not change this. */
const WORDS: Record<string, string[]> = {
  help: ["help", "?", "帮助", "菜单", "怎么用"],
  log: ["log", "记录", "记"],
  deal: ["deal", "deals", "商机", "订单"],
  company: ["company", "companies", "customer", "客户", "公司"],
  contact: ["contact", "contacts", "联系人"],
  followup: ["followup", "follow-up", "followups", "todo", "跟进", "待办"],
  ticket: ["ticket", "tickets", "工单", "售后"],
  quote: ["quote", "quotes", "报价", "报价单"],
  kb: ["kb", "faq", "知识库"],
  pipeline: ["pipeline", "funnel", "漏斗", "销售漏斗", "管道"],
  forecast: ["forecast", "预测", "销售预测"],
  export: ["export", "导出"],
  import: ["import", "导入"],
  report: ["report", "reports", "leaderboard", "报表", "销售报表", "排行榜", "排行"],
  trend: ["trend", "trends", "趋势", "业绩趋势", "销售趋势"],
  lead: ["lead", "leads", "线索"],
  campaign: ["campaign", "campaigns", "营销活动", "市场活动"],
  weekly: ["weekly", "周报", "销售周报", "工作周报"],
  target: ["target", "targets", "目标", "业绩目标"],
  stage: ["stage", "stages", "阶段"],
  digest: ["digest", "简报", "日报", "今日简报"],
  lang: ["lang", "language", "语言"],
  tz: ["tz", "timezone", "时区"],
  user: ["user", "users", "用户", "成员"],
  audit: ["audit", "审计"],
  rule: ["rule", "rules", "规则"],
  channel: ["channel", "频道"],
  undo: ["undo", "撤销", "撤回"],
  trash: ["trash", "bin", "deleted", "回收站"],
  search: ["search", "搜索", "查找", "查询", "搜"],
  contract: ["contract", "contracts", "合同"],
  payment: ["payment", "payments", "回款", "收款"],
  receivables: ["receivables", "应收", "应收款", "应收账款"],
  rate: ["rate", "汇率"],
  daily: ["daily", "工作日报", "销售日报"],
};

describe("command declarations", () => {
  it("start the same commands with the same words as before", () => {
    const now = Object.fromEntries(COMMANDS.map((c) => [c.names[0], c.names]));
    expect(now).toEqual(WORDS);
    for (const [name, words] of Object.entries(WORDS)) {
      for (const word of words) expect(findCommand(word)?.names[0], word).toBe(name);
    }
  });

  it("give every word to one command only", () => {
    const all = COMMANDS.flatMap((c) => c.names.map((n) => n.toLowerCase()));
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
  });

  it("write each form in the language it is for, starting with one of the command's words", () => {
    for (const { declaration: d } of COMMANDS) {
      expect(d.forms.length, d.words.en[0]).toBeGreaterThan(0);
      for (const word of d.words.en) expect(HAN.test(word), word).toBe(false);
      for (const word of d.words.zh) expect(HAN.test(word), word).toBe(true);
      for (const form of d.forms) {
        for (const locale of ["en", "zh"] as const satisfies Locale[]) {
          const words = d.words[locale];
          expect(
            words.some((w) => form.synopsis[locale].startsWith(w)),
            form.synopsis[locale],
          ).toBe(true);
          const example = form.example?.[locale];
          if (example)
            expect(
              words.some((w) => example.startsWith(w)),
              example,
            ).toBe(true);
        }
        expect(HAN.test(form.summary.zh), form.summary.zh).toBe(true);
        expect(HAN.test(form.summary.en), form.summary.en).toBe(false);
      }
    }
  });

  it("help lists every form, its role and the stages, in the reader's language", () => {
    const en = helpText(
      COMMANDS.map((c) => c.declaration),
      "en",
    );
    const zh = helpText(
      COMMANDS.map((c) => c.declaration),
      "zh",
    );
    for (const { declaration: d } of COMMANDS) {
      for (const form of d.forms) {
        expect(en).toContain(`  ${form.synopsis.en} — ${form.summary.en}`);
        expect(zh).toContain(`  ${form.synopsis.zh} — ${form.summary.zh}`);
      }
    }
    expect(en).toContain("contact export|erase <name> — privacy requests, after a confirmation (admins)");
    expect(zh).toContain("联系人 导出|删除 <姓名> — 隐私请求（需确认）（管理员）");
    expect(en).toContain("deal new <company> [amount] [stage] — create a deal, e.g. deal new Acme 200k proposal");
    expect(zh).toContain("商机 新建 华为 20万 方案报价");
    expect(en).toMatch(/^Just tell me what happened/);
    expect(en).toMatch(/Stages: Lead → Qualified → Proposal → Negotiation → Won \| Lost$/);
    expect(zh).toMatch(/阶段：线索 → 需求确认 → 方案报价 → 商务谈判 → 赢单 \| 输单$/);
    expect(HAN.test(en), "English help with Chinese in it").toBe(false);
  });

  it("a usage reply lists every form, and marks the ones for fewer people", () => {
    const contact = findCommand("contact")!;
    expect(contact.usage.en).toBe(contact.declaration.forms.map((f) => f.synopsis.en + (f.role === "admin" ? " (admins)" : "")).join(" | "));
    expect(findCommand("audit")!.usage.zh).toBe("审计 商机|客户|联系人|用户|工单 <编号|名称>（管理员）");
  });
});
