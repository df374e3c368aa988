import { decodeButtonKey } from "../../adapters/wecom/render-wecom-template-card.js";
import type { Seen } from "./channel-driver.js";

/** A WeCom template card as the app and the smart bot send it (the fields the suite reads). */
export interface SentTemplateCard {
  task_id: string;
  main_title?: { title?: string; desc?: string };
  sub_title_text?: string;
  horizontal_content_list?: { keyname: string; value: string }[];
  button_list?: { text: string; key: string }[];
}

/** What a member sees of a template card: its texts, and its buttons with the task and key a click sends back. */
export function templateCardSeen(chat: string, card: SentTemplateCard): Seen {
  const text = [
    card.main_title?.title,
    card.main_title?.desc,
    card.sub_title_text,
    ...(card.horizontal_content_list ?? []).map((r) => `${r.keyname}: ${r.value}`),
  ]
    .filter(Boolean)
    .join("\n");
  const buttons = (card.button_list ?? []).flatMap((b) => {
    const action = decodeButtonKey(b.key);
    return action ? [{ label: b.text, ...action, handle: { taskId: card.task_id, key: b.key } }] : [];
  });
  return { chat, text, buttons, images: [] };
}
