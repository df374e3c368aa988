import { detectQuestion, type Question } from "./detect-question.js";
import { inferActivityIntent } from "./infer-activity.js";

/** The last clause and what stands before it ("给顺丰发了邮件，另外顺丰之前是谁在跟？"). */
const LAST_CLAUSE = /^(.*\S)\s*[，,。;；!！]\s*([^，,。;；!！]+)$/su;

export interface TrailingQuestion {
  /** what the rep reports, to log */
  report: string;
  /** the question asked after it, to answer */
  question: Question;
}

/**
 * "给顺丰发了邮件，另外顺丰之前是谁在跟？": a report of something done, then a question in a clause of its own.
 * Both are meant: the report is logged and the question answered. Null when the question is the whole message,
 * when the part before it reports nothing done (a plan, "明天去华为，需要带什么？") or is a question too.
 */
export function splitTrailingQuestion(text: string): TrailingQuestion | null {
  const parts = LAST_CLAUSE.exec(text.trim());
  if (!parts?.[1] || !parts[2]) return null;
  const [, report, asked] = parts;
  const question = detectQuestion(asked);
  if (!question || question.kind !== "about") return null;
  if (inferActivityIntent(asked).mentions.length > 0) return null;
  if (!inferActivityIntent(report).mentions.some((m) => !m.planned) || detectQuestion(report)) return null;
  return { report, question };
}
