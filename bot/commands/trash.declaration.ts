import type { CommandDeclaration } from "./declaration.js";

export const trashDeclaration: CommandDeclaration = {
  words: { en: ["trash", "bin", "deleted"], zh: ["回收站"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "trash", zh: "回收站" },
      summary: { en: "deals, contacts and follow-ups you deleted (admins: everyone's), numbered", zh: "你删除的商机、联系人和跟进（管理员看全部），带序号" },
    },
    {
      synopsis: { en: "trash restore <n>", zh: "回收站 恢复 <序号>" },
      summary: { en: "put line <n> of the list back, with its links", zh: "恢复列表中第 <序号> 条（连同原来的关联）" },
      details: "the one who deleted it or an admin; a deal whose number was taken meanwhile gets a new one; audited `<entity>.restore`",
    },
    {
      synopsis: { en: "trash purge all|<days>", zh: "回收站 清空 全部|<天数>" },
      summary: { en: "delete for good: everything, or what was deleted more than <days> days ago", zh: "彻底删除：全部，或 <天数> 天前删除的" },
      role: "admin",
      details: "audited `<entity>.purge`; purged records cannot come back",
    },
  ],
};
