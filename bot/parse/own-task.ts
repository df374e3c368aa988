import { clauseTense } from "./clause-tense.js";
import { splitClauses } from "./split-clauses.js";

/**
 * What the rep means to do, said without naming a call, meeting or visit: "need to send Acme the updated pricing
 * this afternoon", "schedule a check-in with Huawei in 3 weeks", "双十二之后找美的的何总聊聊", "大后天跟腾讯法务过合同
 * 别忘了". Such a message is a task for later: its follow-up, with nothing logged as having happened.
 */
const OWN_TASK_ZH =
  /别忘了?|记得|提醒我|帮我记一?下|(?<![他她它对客])(?:要|得|需要|准备|打算|计划)?(?:找|(?<![签大预节相邀制合])约|联系|跟进|回访|催一?下?|问一?下|给[\p{Script=Han}A-Za-z0-9&]{1,12}?(?:发|寄|送|回|打|报)|跟(?!我们|咱们|我)[\p{Script=Han}A-Za-z0-9&]{1,12}?(?:过|对|确认|敲定|聊|谈|碰|签)|把[\p{Script=Han}A-Za-z0-9&]{1,12}?(?:发|寄|送|做|准备|整理|交|提交|递|签|盖章|改|定|搞定|落实|确认|报|搭|部署|安装|装|调试|测试|上线|写|弄)|(?<![过回出进下上失来离])去(?=[\p{Script=Han}A-Za-z])(?!年|了|过|世|掉|除))|再(?:说|议|聊|谈|看)|(?:一定|必须|务必|争取)要?(?=[\p{Script=Han}])|(?:合同|方案|报价单?|资料|样品|发票|标书|材料)[^，,。；;了]{0,8}?(?:寄|发|送|交|递)(?:过去|出去|给)(?![^，,。；;]{0,3}了)|(?:要|得|需要)(?:给|出)个(?:方案|报价|答复|回复|说法|计划)|(?:(?<![他她它对客户方])(?:要|得|需要|准备|赶紧|抓紧)|(?:^|\s))(?:交|提交|递交|出|写|做|整理|准备|改)(?:好|完)?(?:[\p{Script=Han}A-Za-z0-9&]{0,8}?的)?(?:投标书|标书|方案|报价单?|合同|PPT|ppt|材料|资料|文档|建议书|计划书)/u;
const OWN_TASK_EN =
  /^\s*(?:[^:：,，.]{1,30}?\s*[:：–—-]\s*)?(?:(?:pls|plz|please|reminder\s+to|note\s+to\s+self:?|eod)\s+)?(?:(?:in\s+\d+\s+\w+|tomorrow|tmrw|today|tonight|next\s+\w+|this\s+\w+|on\s+\w+|after\s+\w+|first\s+thing(?:\s+\w+)?|(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)(?:day)?|(?:christmas|xmas|new\s+year['’]?s|thanksgiving)(?:\s+(?:eve|day))?)\s*,?\s*)?(?:(?:i|we)\s+)?(?:(?:need|have|got)\s+to|gotta|gonna|must|should|(?:i|we)?['’]?ll|will|am\s+going\s+to|going\s+to|gonna|remember\s+to|don['’]?t\s+forget\s+to|remind\s+me\s+to|plan\s+to|let['’]?s)?\s*(?:send|get|email|e-mail|call|ring|ping|text|see|visit|meet|schedule|set\s+up|set\s+(?:a\s+|an\s+|me\s+a\s+)?(?:follow[\s-]?up|f\/u|reminder|task)|book|follow(?:ing)?[\s-]+up|f\/u|check\s+in|chase|nudge|prepare|draft|get\s+back\s+to|reach\s+out\s+to|touch\s+base|check(?:\s+(?:if|whether|on|with|back))?|remind|review|find\s+out|circle\s+back|loop\s+back|head(?:ing)?\s+(?:over\s+|out\s+)?to|stop(?:ping)?\s+by|drop(?:ping)?\s+by|swing(?:ing)?\s+by)\b/iu;
/** "check if they got board approval": what is to be checked may be in the past; the checking is not. */
const CHECK_WHAT = /\b(check|see|find\s+out|ask(?:\s+\w+)?)\s+(?:if|whether)\b.*$/giu;
/**
 * Someone else speaking or acting: "腾讯说下个月定供应商", "Globex will decide next week" is news, kept as a note; so is
 * where the customer stands ("合同他们法务还在审，周四催一下", "legal is still reviewing").
 */
const OTHERS_VOICE_ZH =
  /说|讲(?!标|解|课|座|PPT|ppt|方案)|表示|反馈|要求|希望|答应|同意|问我|(?<![要得需])回复|通知|透露|提到|告诉|(?<![我们得需])要(?=报价|方案|合同|样品|资料|演示|发票)|预计|估计|可能|应该会|(?<![我])(?:还在|正在)(?=审|走|评估|比价|考虑|讨论|内部|研究|等|看)|审批中|审核中|走流程|卡在/u;
const OTHERS_VOICE_EN =
  /\b(?:said|says|told|tells|asked|asks|wants?|wanted|needs?|requested|mentioned|decid\w*|replied|confirmed|agreed|pushed|postponed|delayed|they(?:['’]re|\s+are|\s+were|['’]ll|\s+will)|on\s+holiday|out\s+of\s+(?:the\s+)?office|ooo|expected|expecting|(?:is|are|was|were)\s+(?:out|away|off)\s+(?:till|til|until|through|for)|on\s+(?:leave|vacation|pto)|(?:is|are)\s+still\s+\w+ing|still\s+(?:reviewing|waiting|deciding|evaluating|thinking|in\s+legal|with\s+legal|stuck))\b/iu;

/** "going to Contoso's holiday party tonight at 7": where the rep is going (not "going to sign", someone's plan). */
const GOING_TO_EN = /^\s*(?:(?:i['’]?m|we['’]re|i\s+am|we\s+are)\s+)?(?:going|heading|off)\s+to\s+(?:[\w&-]+['’]s\s+|the\s+|a\s+|an\s+|their\s+)/iu;

/** "need to send…", "I want to call…": the rep's own need, not the customer's */
const OWN_NEED_EN = /^(?:(?:i|we)\s+)?(?:need|want)\s+to\b/iu;
const ADJECTIVE_ED = /\b(the|a|an|our|their|my|your|his|her)\s+\w+ed\b/giu;
const GO_OVER_ZH = /过(?=合同|方案|报价|一遍|一下|细节|条款)/gu;

/** `masked`: the same text with the customers' names blanked (so "Pied Piper" reads as no past "pied"). */
export function isOwnTask(text: string, masked: string = text): boolean {
  const trimmed = text.trim();
  const han = /\p{Script=Han}/u.test(trimmed);
  if (
    han
      ? OTHERS_VOICE_ZH.test(trimmed.replace(/提醒我|别忘了?|记得|再说/gu, "").replace(/给[^，,。；;\s]{1,12}?回复/gu, "给回"))
      : OTHERS_VOICE_EN.test(trimmed.replace(OWN_NEED_EN, ""))
  )
    return false;
  // "the updated pricing", "跟法务过合同", "别忘了": words of a thing to do, not of one done
  const undone = masked
    .trim()
    .replace(ADJECTIVE_ED, "$1 x")
    .replace(GO_OVER_ZH, "看")
    .replace(/别忘了?|忘了/gu, "")
    .replace(CHECK_WHAT, "$1");
  if (splitClauses(undone).some((c) => clauseTense(c.text) === "past")) return false;
  // "Fabrikam is stuck, nudge them after Christmas": the thing to do may open any clause
  return han ? OWN_TASK_ZH.test(trimmed) : splitClauses(trimmed).some((c) => OWN_TASK_EN.test(c.text) || GOING_TO_EN.test(c.text));
}
