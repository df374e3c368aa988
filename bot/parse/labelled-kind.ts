import type { ActivityKind } from "./types.js";

/**
 * "客户：京东；拜访方式：电话", "形式：视频会议", "方式：上门", "Type: call", "Method: onsite": a note that labels how
 * the contact was made says its kind; the label word (拜访方式) is not the kind itself.
 */
const LABEL = /(?:(?:拜访|沟通|联系|跟进|会议|会面)?(?:方式|形式|类型)|\b(?:type|method|channel|format|mode))\s*[:：]\s*(?<value>[^\s/｜|；;，,。]{1,12})/iu;

const KINDS: Array<[RegExp, ActivityKind]> = [
  [/^(?:视频会议|线上会议|会议|视频|腾讯会议|钉钉会议|飞书会议|zoom|teams|meeting|video|mtg|面谈|见面|饭局|吃饭)/iu, "meeting"],
  [/^(?:电话|致电|来电|语音|call|phone|tel)/iu, "call"],
  [/^(?:上门|拜访|现场|到访|来访|visit|onsite|on-site|in[- ]?person)/iu, "visit"],
  [/^(?:邮件|电邮|e-?mail|mail)/iu, "email"],
  [/^(?:微信|企业微信|企微|钉钉|短信|wechat|sms|text|note|备注)/iu, "note"],
];

/** The kind a labelled note names, and where its value stands; null without such a label. */
export function labelledKind(text: string): { kind: ActivityKind; index: number; text: string } | null {
  const m = LABEL.exec(text);
  const value = m?.groups?.value;
  if (!m || !value) return null;
  const kind = KINDS.find(([re]) => re.test(value))?.[1];
  return kind ? { kind, index: (m.index ?? 0) + m[0].length - value.length, text: value } : null;
}
