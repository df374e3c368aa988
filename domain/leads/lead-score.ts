import type { RuleCondition } from "../automation/rule.schemas.js";
import type { LeadSourceKind } from "./lead.schemas.js";

export type LeadScoreRules = RuleCondition<"lead-hot">;

/** One reason behind a lead's score, as the lead card lists it. */
export interface ScoreReason {
  rule: "source" | "senior-title" | "phone" | "email" | "company" | "engagement";
  points: number;
  /** The source or the number of touches the points are for. */
  detail?: string;
}

const SOURCE_POINTS: Record<LeadSourceKind, keyof LeadScoreRules | null> = {
  referral: "referral",
  "trade-show": "tradeShow",
  web: "web",
  wecom: "wecom",
  ads: "ads",
  chat: "chat",
  import: null,
  other: null,
};

/** Someone who decides or signs: 王总, a 经理 or 总监, a director, VP or founder. */
const SENIOR =
  /(总$|总监|总经理|董事|经理|主管|负责人|老板|\b(?:ceo|cto|cfo|coo|cio|vp|svp|evp|founder|co-founder|owner|partner|president|director|head|manager)\b)/iu;

/**
 * The lead score: points for where it came from, who the person is, how they can be reached, the
 * company named, and each time someone worked on it (up to a cap). Every point comes with its reason.
 */
export function scoreLead(
  lead: {
    source: string;
    name: string;
    title: string | null;
    phone: string | null;
    email: string | null;
    wechatId: string | null;
    companyName: string | null;
    touches: number;
  },
  rules: LeadScoreRules,
): { score: number; reasons: ScoreReason[] } {
  const reasons: ScoreReason[] = [];
  const add = (rule: ScoreReason["rule"], points: number, detail?: string) => {
    if (points > 0) reasons.push({ rule, points, ...(detail ? { detail } : {}) });
  };
  const sourceKey = SOURCE_POINTS[lead.source as LeadSourceKind];
  if (sourceKey) add("source", rules[sourceKey], lead.source);
  if (SENIOR.test(lead.title ?? "") || SENIOR.test(lead.name)) add("senior-title", rules.seniorTitle);
  if (lead.phone || lead.wechatId) add("phone", rules.phone);
  if (lead.email) add("email", rules.email);
  if (lead.companyName) add("company", rules.company);
  const touches = Math.min(lead.touches, rules.maxTouches);
  if (touches > 0) add("engagement", touches * rules.perTouch, String(touches));
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}
