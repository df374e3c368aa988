import type { TurnContext } from "../context.js";
import { ContactEditM } from "../i18n/contact-edit-messages.js";
import type { Reply } from "../types.js";
import { splitAtPhrase } from "./split-at-phrase.js";
import { readBirthday } from "./birthday.js";
import { jsonList } from "../../cards/labels.js";
import { formatBirthday } from "../../cards/format.js";

type Field = "name" | "title" | "phone" | "email" | "wechatId" | "birthday" | "addTags" | "removeTags";
export interface ContactEdit {
  who: string;
  field: Field;
  value: string;
}

const PHRASES: { field: Field; pattern: RegExp }[] = [
  { field: "birthday", pattern: /\s+(?:birthday|birth\s+date|dob)\s*[:：]?\s+|\s*(?:生日|出生日期)(?:是|为)?\s*[:：]?\s*/iu },
  { field: "removeTags", pattern: /\s+(?:untag|remove\s+tags?)\s*[:：]?\s+|\s*(?:去掉标签|删除标签|移除标签)\s*[:：]?\s*/iu },
  { field: "addTags", pattern: /\s+tags?\s*[:：]?\s+|\s*标签\s*[:：]?\s*/iu },
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
  if (edit.field === "addTags" || edit.field === "removeTags") {
    const tags = edit.value
      .split(/[,，、;；]|\s+/u)
      .map((t) => t.replace(/^#/u, "").trim())
      .filter(Boolean);
    const updated = await ctx.domain.contacts.update(ctx.actor, found.id, { [edit.field]: tags });
    return [
      {
        text: ContactEditM.updated[ctx.locale](
          found.name,
          ContactEditM.field.tags[ctx.locale],
          jsonList(updated.tags, ctx.locale) || ContactEditM.cleared[ctx.locale](),
        ),
      },
    ];
  }
  if (edit.field === "birthday" && !CLEAR.includes(edit.value.toLowerCase())) {
    const birthday = readBirthday(edit.value);
    if (!birthday) return [{ text: ContactEditM.badBirthday[ctx.locale](edit.value) }];
    const updated = await ctx.domain.contacts.update(ctx.actor, found.id, { birthday });
    return [
      { text: ContactEditM.updated[ctx.locale](found.name, ContactEditM.field.birthday[ctx.locale], formatBirthday(updated.birthday ?? "", ctx.locale)) },
    ];
  }
  const clear = CLEAR.includes(edit.value.toLowerCase()) && edit.field !== "name";
  const updated = await ctx.domain.contacts.update(ctx.actor, found.id, { [edit.field]: clear ? null : edit.value });
  const shown = clear ? ContactEditM.cleared[ctx.locale]() : String(updated[edit.field as keyof typeof updated] ?? "");
  // Named as the rep knew them: "联系人 张总 的姓名已改为：张伟".
  return [{ text: ContactEditM.updated[ctx.locale](found.name, ContactEditM.field[edit.field][ctx.locale], shown) }];
}
