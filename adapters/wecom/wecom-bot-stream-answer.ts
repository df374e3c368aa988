import type { ReplyStreamState } from "../../domain/delivery/reply-streams.js";
import { splitBytes } from "./render-wecom-markdown.js";
import type { WecomTemplateCard } from "./render-wecom-template-card.js";

/** A stream's content holds at most 20,480 bytes (智能机器人 被动回复 stream.content). */
export const STREAM_CONTENT_BYTES = 20_480;
/** WeCom polls a stream for 6 minutes after the message; past this the stream is finished with a note. */
export const STREAM_GIVE_UP_MS = 5.5 * 60_000;

/** One reply as the stream shows it: its markdown and, when it has buttons, its template card. */
export interface StreamPartContent {
  markdown: string;
  card?: WecomTemplateCard;
  /** The card as markdown, shown when another part's card already took the stream's one card slot. */
  cardMarkdown?: string;
}

export type StreamReply =
  | { msgtype: "stream"; stream: { id: string; finish: boolean; content: string } }
  | { msgtype: "stream_with_template_card"; stream: { id: string; finish: true; content: string }; template_card: WecomTemplateCard };

const STILL_WORKING = "⏳ 仍在处理，完成后另行回复 · Still working, the answer will follow";

/**
 * What to answer WeCom's poll of a stream: the parts so far (progress), finished with the one card a
 * stream may carry once every part is in; `overflow` is markdown past the content limit (sent with
 * the response_url). `giveUp` finishes an unfinished stream with a note before WeCom stops polling.
 */
export function streamAnswer(id: string, state: ReplyStreamState | null, giveUp: boolean): { reply: StreamReply; overflow?: string } {
  if (!state) return { reply: { msgtype: "stream", stream: { id, finish: true, content: "" } } };
  const parts = state.parts.map((p) => JSON.parse(p.content) as StreamPartContent);
  const card = state.complete ? parts.find((p) => p.card)?.card : undefined;
  const texts = parts.map((p) => [p.markdown, p.card && p.card !== card ? (p.cardMarkdown ?? "") : ""].filter(Boolean).join("\n\n"));
  const [content = "", ...rest] = splitBytes(texts.filter(Boolean).join("\n\n"), STREAM_CONTENT_BYTES);
  if (!state.complete) {
    const finish = giveUp || state.closed;
    return { reply: { msgtype: "stream", stream: { id, finish, content: finish ? [content, STILL_WORKING].filter(Boolean).join("\n\n") : content } } };
  }
  const overflow = rest.length > 0 ? rest.join("\n") : undefined;
  const reply: StreamReply = card
    ? { msgtype: "stream_with_template_card", stream: { id, finish: true, content }, template_card: card }
    : { msgtype: "stream", stream: { id, finish: true, content } };
  return { reply, ...(overflow ? { overflow } : {}) };
}
