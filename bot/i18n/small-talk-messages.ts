import type { Locale } from "../types.js";

type Msg = Record<Locale, () => string>;

/** Short answers to "ok", "谢谢", "你好": they say plainly that nothing was written. */
export const SmallTalkM = {
  ack: {
    zh: () => "👌 好的（没有记录任何内容）。",
    en: () => "👌 OK (nothing was logged).",
  } satisfies Msg,
  thanks: {
    zh: () => "不客气！",
    en: () => "You're welcome!",
  } satisfies Msg,
  /** "ok" typed while a question with several answers waits: which one is not said. */
  pickOne: {
    zh: () => "请点上面问题里的一个按钮（“好的”没法告诉我选哪一个）。",
    en: () => 'Please press one of the buttons on the question above ("ok" doesn\'t tell me which one).',
  } satisfies Msg,
  greeting: {
    zh: () => "你好！告诉我发生了什么，我来记录，例如：“跟华为通了电话，下周二报价”。输入“帮助”查看全部命令。",
    en: () => 'Hi! Tell me what happened and I\'ll log it, e.g. "called Acme, they want a quote next Tuesday". Type "help" for all commands.',
  } satisfies Msg,
};
