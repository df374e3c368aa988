import type { CommandDeclaration } from "./declaration.js";

export const followUpDeclaration: CommandDeclaration = {
  words: { en: ["followup", "follow-up", "followups", "todo"], zh: ["跟进", "待办"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "followup add <when> <what>", zh: "跟进 添加 <时间> <事项>" },
      summary: { en: "schedule a follow-up", zh: "安排跟进" },
      example: { en: "followup add tomorrow 3pm call Bob back", zh: "跟进 添加 明天下午3点 给张总回电话" },
    },
    {
      synopsis: { en: "followup done <n>", zh: "跟进 完成 <序号>" },
      summary: { en: "complete line <n> of the list you were last shown", zh: "完成你上次看到的列表里第 <序号> 条" },
      details: "a follow-up added or done since does not shift the numbers; a line already done is said so",
    },
    {
      synopsis: { en: "followup delete <n>", zh: "跟进 删除 <序号>" },
      summary: { en: "delete line <n> of your list (to the recycle bin; undo brings it back)", zh: "删除列表中第 <序号> 条（进回收站，可撤销）" },
      details: "numbers as for `followup done`; audited `followup.delete`",
    },
    {
      synopsis: { en: "followup list [today|tomorrow|week|overdue|name]", zh: "跟进 列表 [今天|明天|本周|逾期|姓名]" },
      summary: { en: "your open follow-ups, numbered (only those due by then, late ones included)", zh: "你未完成的跟进（带序号；可只看到期的，含已逾期）" },
      example: { en: "followup list Li Lei", zh: "跟进 列表 李雷" },
      details:
        "with a name, a teammate's list (their manager or an admin); `followup done|delete <n>` and `followup <n> time|text|owner` then act on the lines of that list",
    },
    {
      synopsis: { en: "followup <n> time <when>", zh: "跟进 <序号> 改到 <时间>" },
      summary: { en: "move line <n> of your list", zh: "改时间" },
      example: { zh: "跟进 2 改到 周五下午3点" },
      details: "`跟进 2 改到明天` works without the space; a time already past is refused; audited `followup.reschedule`",
    },
    {
      synopsis: { en: "followup <n> text <what>", zh: "跟进 <序号> 内容 <事项>" },
      summary: { en: "reword line <n>", zh: "改内容" },
      example: { zh: "跟进 2 内容 发合同" },
      details: "audited `followup.retitle`",
    },
    {
      synopsis: { en: "followup <n> owner <name>", zh: "跟进 <序号> 交给 <姓名>" },
      summary: { en: "hand line <n> over to a teammate", zh: "交给同团队的人" },
      example: { zh: "跟进 2 交给 Amy" },
      details: "only to someone in the same team (admins: anyone), who is told; audited `followup.reassign`",
    },
  ],
};
