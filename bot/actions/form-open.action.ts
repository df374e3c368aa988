import type { Reply } from "../types.js";
import { F, FormReplyM } from "../i18n/form-messages.js";
import { M } from "../i18n/messages.js";
import { findCommand } from "../commands/registry.js";
import { readFormRef } from "../forms/registry.js";
import type { CardActionHandler } from "./action.js";

/**
 * A form button pressed on a channel without forms (WeCom, DingTalk, Wechaty, the terminal): Slack
 * opens a modal before the press reaches the bot; everywhere else the answer is the text to type.
 */
export const formOpenAction: CardActionHandler = {
  actionId: "form.open",
  async run(ctx, value): Promise<Reply[]> {
    const { formId, record } = readFormRef(value);
    if (formId === "edit-deal") {
      const dealId = (record ?? "").split(":")[0] ?? "";
      const deal = await ctx.domain.deals.show(ctx.actor, dealId);
      const n = deal.number;
      const lines =
        ctx.locale === "zh"
          ? [
              `商机 ${n} 改名 <名称>（现在：${deal.title}）`,
              `商机 ${n} 金额 <金额>`,
              `商机 ${n} 预计成交 <日期>`,
              `商机 ${n} 合同开始 <日期>`,
              `商机 ${n} 合同到期 <日期>`,
              `商机 ${n} 赢率 <0-100>%`,
              `商机 ${n} 输单原因 <原因>`,
              `商机 ${n} 交给 <姓名>`,
            ]
          : [
              `deal ${n} title <title> (now: ${deal.title})`,
              `deal ${n} amount <amount>`,
              `deal ${n} close date <date>`,
              `deal ${n} contract starts <date>`,
              `deal ${n} contract ends <date>`,
              `deal ${n} probability <0-100>%`,
              `deal ${n} lost reason <text>`,
              `deal ${n} owner <name>`,
            ];
      return [{ text: FormReplyM.editByText[ctx.locale](n, lines.map((l) => `• ${l}`).join("\n")) }];
    }
    if (formId === "edit-company") {
      const company = await ctx.domain.companies.get((record ?? "").split(":")[0] ?? "");
      const name = company.name;
      const lines =
        ctx.locale === "zh"
          ? [
              `客户 ${name} 改名 <新名称>`,
              `客户 ${name} 别名 <别名>`,
              `客户 ${name} 等级 <A|B|C>`,
              `客户 ${name} 状态 <潜在|成交|风险|流失|丢失>`,
              `客户 ${name} 行业 <行业>`,
              `客户 ${name} 地区 <地区>`,
              `客户 ${name} 标签 <标签>`,
            ]
          : [
              `company ${name} rename <new name>`,
              `company ${name} alias <other name>`,
              `company ${name} tier <A|B|C>`,
              `company ${name} status <prospect|customer|at risk|churned|lost>`,
              `company ${name} industry <industry>`,
              `company ${name} region <region>`,
              `company ${name} tag <tag>`,
            ];
      return [{ text: FormReplyM.editCompanyByText[ctx.locale](name, lines.map((l) => `• ${l}`).join("\n")) }];
    }
    if (formId === "edit-contact") {
      const contact = await ctx.domain.contacts.get((record ?? "").split(":")[0] ?? "");
      const name = contact.name;
      const lines =
        ctx.locale === "zh"
          ? ["电话", "邮箱", "职位", "微信", "姓名", "生日", "标签"].map((f) => `联系人 ${name} ${f} <新值>`)
          : ["phone", "email", "title", "wechat", "name", "birthday", "tag"].map((f) => `contact ${name} ${f} <value>`);
      return [{ text: FormReplyM.editContactByText[ctx.locale](name, lines.map((l) => `• ${l}`).join("\n")) }];
    }
    if (formId === "new-deal") return [{ text: M.usage[ctx.locale](findCommand("deal")!.usage[ctx.locale]) }];
    if (formId === "log-call") return [{ text: M.usage[ctx.locale](findCommand("log")!.usage[ctx.locale]) }];
    return [{ text: F.unknownForm[ctx.locale] }];
  },
};
