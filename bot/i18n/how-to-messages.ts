import { msg } from "./msg.js";

/** The answer to "怎么删除一条记录？" / "how do I edit a deal?" (parse/detect-how-to.ts). */
export const HowToM = {
  answer: msg(
    () =>
      "直接用一句话告诉我发生了什么就能记录，例如“跟华为通了电话，下周二报价”。改错或删掉刚记的：发送“撤销”撤回上一条，或在卡片上点“编辑”。输入“帮助”查看全部命令。（没有记录任何内容）",
    () =>
      'Just tell me what happened in one sentence, e.g. "called Acme, they want a quote next Tuesday". To fix or remove what you just logged, type "undo", or press Edit on its card. Type "help" for all commands. (Nothing was logged.)',
  ),
  /** "what time is it in Shanghai", "今天天气怎么样" (parse/detect-off-topic.ts). */
  offTopic: msg(
    () => "这个我帮不上忙：我只管客户、商机和跟进。可以问“华为的商机有哪些？”，或直接告诉我发生了什么。输入“帮助”查看全部命令。",
    () =>
      'I can\'t help with that: I only know your customers, deals and follow-ups. Ask "what is the status of Acme?", or just tell me what happened. Type "help" for all commands.',
  ),
};
