import type { CommandDeclaration, CommandForm } from "./declaration.js";

/** Its own usage reply when the name is missing (bot/privacy asks for it), so it is named. */
export const contactPrivacyForm: CommandForm = {
  synopsis: { en: "contact export|erase <name>", zh: "联系人 导出|删除 <姓名>" },
  summary: { en: "privacy requests, after a confirmation", zh: "隐私请求（需确认）" },
  role: "admin",
};

export const contactDeclaration: CommandDeclaration = {
  words: { en: ["contact", "contacts"], zh: ["联系人"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "contact add <company> <name> [phone] [email] [title]", zh: "联系人 添加 <客户> <姓名> [电话] [邮箱] [职位]" },
      summary: { en: "add a contact", zh: "添加联系人" },
      example: { zh: "联系人 添加 华为 张总 13800138000" },
    },
    {
      synopsis: { en: "contact show <name>", zh: "联系人 查看 <姓名>" },
      summary: { en: "the contact card (an exact phone or email works too)", zh: "联系人卡片（也可用完整的电话或邮箱）" },
    },
    {
      synopsis: { en: "contact list <company>", zh: "联系人 列表 <客户>" },
      summary: { en: "everyone at a customer, with title, phone and email", zh: "某客户的全部联系人（职位、电话、邮箱）" },
      example: { en: "contact list Acme", zh: "联系人 列表 华为" },
    },
    {
      synopsis: { en: "contact remove <name>", zh: "联系人 移除 <姓名>" },
      summary: { en: "move a contact to the recycle bin (undo or `trash restore` brings it back)", zh: "把联系人移到回收站（可撤销，或用“回收站 恢复”）" },
      details:
        "the customer's team; its activities, follow-ups and tickets stay with the customer; kept encrypted in the bin; `联系人 删除` is the privacy erase (admins), not this; audited `contact.delete`",
    },
    {
      synopsis: { en: "contact merge <duplicate> into <keep>", zh: "联系人 合并 <重复的人> 到 <保留的人>" },
      summary: { en: "merge two cards of the same person at one customer, after a confirmation", zh: "合并同一客户下重复的联系人（需确认）" },
      details:
        "activities, follow-ups and tickets move to the kept card; its empty title, phone, email, WeChat and birthday are filled from the duplicate; tags join; the duplicate is deleted; people of two customers are refused (merge the customers first); audited `contact.merge`",
    },
    {
      synopsis: {
        en: "contact <name> phone|email|title|wechat|name|birthday|tag|untag <value>",
        zh: "联系人 <姓名> 电话|邮箱|职位|微信|姓名|生日|标签|去掉标签 <新值>",
      },
      summary: { en: "change one field (none clears it)", zh: "修改一项（无 = 清空）" },
      example: { en: "contact Zhang title CTO", zh: "联系人 张总 电话 13800138000" },
      details:
        "validated like a new contact; a phone or email another contact of the same customer has is refused; stored encrypted and re-hashed; audited `contact.update`; the customer's team may",
    },
    contactPrivacyForm,
  ],
};
