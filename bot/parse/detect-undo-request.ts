/**
 * "oops wrong, undo", "please undo that", "scratch that", "不对，撤销", "记错了，撤回一下", "刚才那条删掉": the rep takes
 * back what the bot just did. Only a message that is nothing but that (a few words of regret around the undo word)
 * counts: "撤销合同" or "undo the discount on Globex" say more and go where they belong.
 */
const REGRET_EN = String.raw`oops|whoops|oh|ugh|argh|sorry|my\s+bad|my\s+mistake|mistake|wrong|that'?s\s+wrong|that\s+was\s+wrong|not\s+right|no|nope|wait|hmm|please|pls|plz|just|can\s+you|could\s+you|bot`;
const UNDO_EN = String.raw`undo|revert|roll\s*back|take\s+(?:that|it)\s+back|scratch\s+that|delete\s+that|remove\s+that`;
const OBJECT_EN = String.raw`that|it|this|(?:the|my)\s+last\s+(?:one|change|entry|message|log|thing)|last\s+(?:one|change|entry|message)|please|pls|plz`;
const SEP = String.raw`[\s,，.。!！?？~～…:：;；-]*`;

const REGRET_ZH = String.raw`不对|错了|记错了|搞错了|写错了|打错了|发错了|弄错了|说错了|哎呀|哎|啊|呃|算了|抱歉|不好意思|sorry|请|帮我|麻烦|麻烦你|给我`;
const UNDO_ZH = String.raw`撤销|撤消|撤回|回滚|取消刚才的?|删掉刚才的?|删除刚才的?`;
const OBJECT_ZH = String.raw`一下|下|刚才的?|刚刚的?|上一条|上一步|那条|这条|刚才那条|刚刚那条|吧|操作|改动|记录|了`;
/** object first: "刚才那条撤销", "上一条删掉吧" */
const FRONTED_ZH = String.raw`(?:刚才|刚刚|上一条|刚才那条|刚刚那条|那条)(?:的|记录)?(?:撤销|撤回|撤消|删掉|删了|删除|不要了|作废)`;

const UNDO = new RegExp(
  String.raw`^${SEP}(?:(?:${REGRET_EN}|${REGRET_ZH})${SEP})*(?:(?:${UNDO_EN})(?:${SEP}(?:${OBJECT_EN}))*|(?:${UNDO_ZH}|${FRONTED_ZH})(?:${SEP}(?:${OBJECT_ZH}))*)${SEP}$`,
  "iu",
);

export function isUndoRequest(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 40 && UNDO.test(trimmed);
}
