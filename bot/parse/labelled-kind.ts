import type { ActivityKind } from "./types.js";

/**
 * "客户：京东；拜访方式：电话", "形式：视频会议", "方式：上门", "Type: call", "Method: onsite": a note that labels how
 * the contact was made says its kind; the label word (拜访方式) is not the kind itself.
 */
const LABEL = /(?:(?:拜访|沟通|联系|跟进|会议|会面)?(?:方式|形式|类型)|\b(?:type|method|channel|format|mode))\s*[:：]\s*(?<value>[^\s/｜|；;，,。]{1,12})/iu;

/** The labelled value ("电话", "onsite") and where it stands; null without such a label. */
export function labelledValue(text: string): { index: number; text: string } | null {
  const m = LABEL.exec(text);
  const value = m?.groups?.value;
  return m && value ? { index: (m.index ?? 0) + m[0].length - value.length, text: value } : null;
}

/**
 * Values a label takes that the sentence patterns (activity-patterns.ts) do not read on their own: "视频" alone is
 * no meeting in a sentence, but is one as the way of contact.
 */
const BARE_VALUES: Array<[RegExp, ActivityKind]> = [
  [/^(?:视频|video|teams)$/iu, "meeting"],
  [/^(?:语音|phone|tel)$/iu, "call"],
  [/^in[- ]?person$/iu, "visit"],
  [/^mail$/iu, "email"],
  [/^(?:text|note|备注)$/iu, "note"],
];

export function bareValueKind(value: string): ActivityKind | null {
  return BARE_VALUES.find(([re]) => re.test(value))?.[1] ?? null;
}
