import readline from "node:readline/promises";
import type { Inbox } from "../../bot/inbox.js";
import type { Reply } from "../../bot/types.js";
import type { CardButton } from "../../cards/model.js";
import { renderPlainText } from "../../cards/render-plain-text.js";
import type { LocalDelivery, LocalSender } from "./local-sender.js";

export interface TerminalOptions {
  /** The local channel's door: each line is recorded, answered and printed. */
  inbox: Inbox;
  user: string;
  /** Messages the bot starts itself (digests, alerts) are printed when they are for the current user. */
  notifications?: LocalSender;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/**
 * An interactive chat in the terminal: type as a user, see replies; card buttons are
 * numbered and picked by typing the number. "/as <name>" switches user, "/quit" leaves.
 */
export async function runTerminalChat(options: TerminalOptions): Promise<void> {
  const output = options.output ?? process.stdout;
  const rl = readline.createInterface({ input: options.input ?? process.stdin, output, terminal: false });
  let user = options.user;
  let choices: CardButton[] = [];
  const print = (text: string) => output.write(`${text}\n`);
  const show = (replies: Reply[]) => {
    choices = [];
    for (const reply of replies) {
      if (reply.text) print(`bot> ${reply.text}`);
      if (reply.card) {
        const rendered = renderPlainText(reply.card);
        // Numbering continues across cards so every button of this answer can be picked.
        const offset = choices.length;
        print(rendered.text.replace(/^\[(\d+)\]/gm, (_m, n: string) => `[${Number(n) + offset}]`));
        choices.push(...rendered.choices);
      }
      if (reply.attachment) print(`bot> 📎 ${reply.attachment.fileName} (${reply.attachment.path})`);
    }
  };
  const shown = new Set<number>();
  const notify = (delivery: LocalDelivery) => {
    if (shown.has(delivery.id)) return;
    shown.add(delivery.id);
    print(`(notification${delivery.target.kind === "group" ? ` in ${delivery.target.conversationId}` : ""})`);
    show([delivery.reply]);
  };
  const forCurrentUser = (delivery: LocalDelivery) => delivery.target.kind !== "direct" || delivery.target.platformUserId === user;
  // What arrived before the chat opened (the start-up digest of the demo) or while another user was chatting.
  const catchUp = () => {
    for (const delivery of options.notifications?.list() ?? []) if (delivery.target.kind === "direct" && forCurrentUser(delivery)) notify(delivery);
  };
  const unsubscribe = options.notifications?.onDelivery((delivery) => {
    if (forCurrentUser(delivery)) notify(delivery);
  });
  print(`Chat CRM — local channel. You are "${user}". Type "help" / "帮助", "/as <name>" to switch user, "/quit" to leave.`);
  catchUp();
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text.startsWith("/as ")) {
      user = text.slice(4).trim() || user;
      print(`(now chatting as ${user})`);
      catchUp();
      continue;
    }
    const picked = /^\d{1,2}$/.test(text) ? choices[Number(text) - 1] : undefined;
    const conversation = { id: `dm:${user}`, kind: "direct" as const };
    const common = { channel: "local", user: { platformUserId: user, displayName: user }, conversation };
    const response = picked
      ? await options.inbox.handle({ type: "card.action", ...common, actionId: picked.actionId, value: picked.value })
      : await options.inbox.handle({ type: "message", ...common, text });
    show(response.replies);
  }
  unsubscribe?.();
  rl.close();
}
