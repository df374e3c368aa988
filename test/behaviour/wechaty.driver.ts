import { FileBox } from "file-box";
import type { payloads } from "wechaty";
import type { mock } from "wechaty-puppet-mock";
import { MESSAGE_TYPE } from "../../adapters/wechaty/to-inbound-event.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { startMockWechat } from "../wechaty-mock.harness.js";
import type { ChannelDriver, Seen, SeenButton } from "./channel-driver.js";
import { pngImages } from "./seen-images.js";

/**
 * WeChat through Wechaty with the mock puppet playing WeChat. Cards arrive as text with numbered
 * choices; a member presses one by sending its number in the chat (only the newest card's numbers
 * work, so only its buttons carry an action here). Groups show cards without pressable buttons.
 */
export async function wechatyDriver(): Promise<ChannelDriver> {
  const w = await startMockWechat({ ...NO_LIMITS_ENV, CRM_SCHEDULER: "off" });
  const people = new Map<string, mock.ContactMock>(["boss", "li", "mgr"].map((name) => [name, w.mocker.createContact({ name })]));
  const nameOf = new Map([...people].map(([name, contact]) => [contact.id, name]));
  const room = w.mocker.createRoom({ topic: "销售群", memberIdList: [w.self.id, ...[...people.values()].map((c) => c.id)] });
  const seen: Seen[] = [];
  const counted = new Set<string>();
  /** The mock's message id of each suite event id, to deliver the same message again. */
  const delivered = new Map<string, string>();

  /** Takes in what the bot sent since the last look; a card's buttons are the choices its chat now answers to. */
  const collect = async () => {
    const fresh = [...w.mocker.cacheMessagePayload.values()].filter((m) => m.talkerId === w.self.id && !counted.has(m.id));
    for (const message of fresh) {
      counted.add(message.id);
      const roomId = "roomId" in message ? message.roomId : undefined;
      const chat = roomId
        ? roomId === room.id
          ? "sales-room"
          : roomId
        : (nameOf.get(String((message as payloads.MessageBase & { listenerId?: string }).listenerId)) ?? "?");
      const text = "text" in message ? (message.text ?? "") : "";
      // A FileBox the mock took in as an image message (by its type or name): the bytes it carries.
      const box = w.mocker.cacheFileBoxPayload.get(message.id);
      const picture = box && message.type === MESSAGE_TYPE.Image ? await FileBox.fromJSON(box).toBuffer() : undefined;
      seen.push({ chat, text, buttons: [], images: pngImages([picture]) });
    }
    // The newest numbered card in each direct chat: its choices are what a number sent there presses.
    for (const [name, contact] of people) {
      const row = await w.app.db.numberedChoice.findFirst({ where: { platform: "wechaty", conversationId: contact.id } });
      const last = [...seen].reverse().find((s) => s.chat === name && /\[1\]/u.test(s.text));
      if (!row || !last) continue;
      const choices = JSON.parse(row.choices) as { label: string; actionId: string; value: string }[];
      last.buttons = choices.map((c, i): SeenButton => ({ ...c, handle: { n: i + 1 } }));
    }
  };
  const settle = async () => {
    await w.app.inbox.idle();
    await w.app.outbox.drain();
    await collect();
  };
  const say = async (user: string, text: string, eventId: string | undefined, inRoom: boolean) => {
    const from = people.get(user)!;
    const again = eventId ? delivered.get(eventId) : undefined;
    if (again) {
      await w.deliver(again);
    } else {
      const id = inRoom ? await w.say(from, `@CRM助手\u2005${text}`, room, [w.self]) : await w.say(from, text);
      if (eventId) delivered.set(eventId, id);
    }
    await settle();
  };
  return {
    name: "wechaty",
    platform: "wechaty",
    app: w.app,
    clock: w.clock,
    group: "sales-room",
    can: { groupInbound: true, groupButtons: false, outage: false, push: true, images: true, typedChoices: true },
    direct: (user, text, eventId) => say(user, text, eventId, false),
    inGroup: (user, text, eventId) => say(user, text, eventId, true),
    async sendFile(user, fileName, bytes, eventId) {
      const again = eventId ? delivered.get(eventId) : undefined;
      if (again) await w.deliver(again);
      else {
        const id = await w.sendFile(people.get(user)!, FileBox.fromBase64(bytes.toString("base64"), fileName));
        if (eventId) delivered.set(eventId, id);
      }
      await settle();
    },
    async press(user, button) {
      const { n } = button.handle as { n: number };
      await w.say(people.get(user)!, String(n));
      await settle();
    },
    seen: () => seen,
    outage: () => {
      throw new Error("the mock puppet cannot refuse sends");
    },
    settle,
    close: () => w.close(),
  };
}
