import { clauseTense } from "./clause-tense.js";
import { splitClauses } from "./split-clauses.js";

/** Words of handing a figure over: the quote is still to be sent, brought or submitted. */
const DELIVER_EN = /\b(?:send|sending|email|e-mail|bring|bringing|take|taking|submit|submitting|deliver|present|share|get)\b/iu;
const DELIVER_ZH = /(?:发给|发过去|发一下|发送|带过去|带给|带上|交给|提交|递交|送过去|拿过去)/u;
/** ("报价80万已经发给华为了"): done, so it is news and the sending an activity */
const DONE_ZH = /了|过(?![去来])|已经|已/u;

/**
 * "need to send Hooli the revised quote (78k) before 5pm today", "明天…去小米拜访，顺便把新报价75万带过去":
 * the figure is what the rep will hand over, part of the step planned. It still sets the deal's value, but it is no
 * news to keep as a note the way "华为项目预算上调到260万，明天电话确认细节" is.
 */
export function figureToDeliver(text: string, figure: string): boolean {
  const at = text.indexOf(figure);
  if (at < 0) return false;
  const clauses = splitClauses(text);
  const i = clauses.findIndex((c) => c.index <= at && at < c.index + c.text.length);
  if (i < 0) return false;
  // ("send Globex the new pricing, 95k, tomorrow morning": a figure set off alone belongs to the clause before it)
  const alone = clauses[i]!.text.replace(figure, "").trim().split(/\s+/u).filter(Boolean).length <= 1 && i > 0;
  const clause = alone ? { text: `${clauses[i - 1]!.text} ${clauses[i]!.text}` } : clauses[i]!;
  const han = /\p{Script=Han}/u.test(clause.text);
  if (han ? !DELIVER_ZH.test(clause.text) || DONE_ZH.test(clause.text) : !DELIVER_EN.test(clause.text)) return false;
  return clauseTense(clause.text) !== "past";
}
