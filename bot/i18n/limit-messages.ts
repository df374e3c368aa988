import type { RefusalReason } from "../admission.js";
import type { Locale } from "../types.js";

/**
 * "Not saved, try again in N s" for each limit. The per-user wording stays the one in
 * reliability-messages (R.rateLimited); these name the reason so nobody thinks they did wrong.
 */
const texts: Record<Exclude<RefusalReason, "user">, Record<Locale, (seconds: number) => string>> = {
  "new-user": {
    zh: (s) => `现在同时加入的新用户太多了，请 ${s} 秒后再试。这条消息没有保存。`,
    en: (s) => `Too many new people are joining right now — please try again in ${s} s. This message was not saved.`,
  },
  source: {
    zh: (s) => `现在收到的消息太多了，请 ${s} 秒后再试。这条消息没有保存。`,
    en: (s) => `The CRM is receiving too many messages right now — please try again in ${s} s. This message was not saved.`,
  },
  global: {
    zh: (s) => `系统现在很忙，请 ${s} 秒后再试。这条消息没有保存。`,
    en: (s) => `The CRM is busy right now — please try again in ${s} s. This message was not saved.`,
  },
};

export function limitMessage(reason: Exclude<RefusalReason, "user">, locale: Locale, seconds: number): string {
  return texts[reason][locale](seconds);
}
