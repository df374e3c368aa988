import type { Replies, TurnContext } from "../context.js";
import { msg } from "../i18n/msg.js";
import { onlyForAsker } from "../privacy/only-for-asker.js";

const ContactListM = {
  title: msg<[string, number]>(
    (company, n) => `${company} 的联系人（${n}）`,
    (company, n) => `Contacts at ${company} (${n})`,
  ),
  none: msg<[string]>(
    (company) => `${company} 还没有联系人。添加：联系人 添加 ${company} <姓名> [电话] [邮箱] [职位]`,
    (company) => `${company} has no contacts yet. Add one: contact add ${company} <name> [phone] [email] [title]`,
  ),
};

/** "contact list <company>": everyone at the customer, with title, phone and email (to the asker only in a group). */
export async function listContacts(ctx: TurnContext, tokens: string[]): Replies {
  const found = await ctx.domain.companies.findByName(tokens.join(" "));
  const { company, contacts } = await ctx.domain.contacts.listOf(ctx.actor, found.id);
  if (contacts.length === 0) return [{ text: ContactListM.none[ctx.locale](company.name) }];
  const lines = contacts.map((c) => [c.name, c.title, c.phone, c.email, c.wechatId ? `WeChat ${c.wechatId}` : null].filter(Boolean).join(" · "));
  return onlyForAsker(ctx, [
    { card: { title: ContactListM.title[ctx.locale](company.name, contacts.length), blocks: [{ type: "text", text: lines.join("\n") }] } },
  ]);
}
