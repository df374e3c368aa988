import type { TurnContext } from "../context.js";
import { ContactEditM } from "../i18n/contact-edit-messages.js";
import type { Reply } from "../types.js";
import { splitAtPhrase } from "./split-at-phrase.js";

type Field = "name" | "title" | "phone" | "email" | "wechatId";
export interface ContactEdit {
  who: string;
  field: Field;
  value: string;
}

const PHRASES: { field: Field; pattern: RegExp }[] = [
  { field: "phone", pattern: /\s+(?:phone|mobile|tel|cell)\s*[:：]?\s+/iu },
  { field: "email", pattern: /\s+(?:e-?mail)\s*[:：]?\s+/iu },
  { field: "wechatId", pattern: /\s+(?:wechat|weixin)(?:\s+id)?\s*[:：]?\s+/iu },
  { field: "title", pattern: /\s+(?:title|position|role)\s*[:：]?\s+/iu },
  { field: "name", pattern: /\s+(?:name|rename(?:\s+to)?)\s*[:：]?\s+/iu },
  { field: "phone", pattern: /\s*(?:电话|手机(?:号码?)?)(?:改为|改成|是)?\s*[:：]?\s*/u },
  { field: "email", pattern: /\s*邮箱(?:改为|改成|是)?\s*[:：]?\s*/u },
  { field: "wechatId", pattern: /\s*微信(?:号)?(?:改为|改成|是)?\s*[:：]?\s*/u },
  { field: "title", pattern: /\s*(?:职位|职务|头衔)(?:改为|改成|是)?\s*[:：]?\s*/u },
  { field: "name", pattern: /\s*(?:姓名|名字|改名)(?:改为|改成|为|是)?\s*[:：]?\s*/u },
];
const CLEAR = ["none", "clear", "-", "无", "清空", "删除"];

/** "张总 电话 13812345678", "Bob Smith email bob@acme.com", "李工 职位 CTO" → the edit; null otherwise. */
export function splitContactEdit(line: string): ContactEdit | null {
  return splitAtPhrase(line, PHRASES, ({ field }, who, value) => ({ who, field, value }));
}

export async function applyContactEdit(ctx: TurnContext, edit: ContactEdit): Promise<Reply[]> {
  const found = await ctx.domain.contacts.findByName(edit.who);
  const clear = CLEAR.includes(edit.value.toLowerCase()) && edit.field !== "name";
  const updated = await ctx.domain.contacts.update(ctx.actor, found.id, { [edit.field]: clear ? null : edit.value });
  const shown = clear ? ContactEditM.cleared[ctx.locale]() : String(updated[edit.field] ?? "");
  // Named as the rep knew them: "联系人 张总 的姓名已改为：张伟".
  return [{ text: ContactEditM.updated[ctx.locale](found.name, ContactEditM.field[edit.field][ctx.locale], shown) }];
}
