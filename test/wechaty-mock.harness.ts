import { randomUUID } from "node:crypto";
import type { FileBox } from "file-box";
import type { payloads } from "wechaty";
import { MESSAGE_TYPE } from "../adapters/wechaty/to-inbound-event.js";
import { PuppetMock, type mock } from "wechaty-puppet-mock";
import type { CrmApp } from "../app/create-app.js";
import { fixedClock } from "../domain/shared/clock.js";
import { startTestApp } from "./test-app.js";
import type { TestDb } from "./test-db.js";
import { WechatyAdapter } from "../adapters/wechaty/wechaty.adapter.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
export const NOW = new Date("2026-11-25T02:00:00Z");

type Contact = mock.ContactMock;
type Room = mock.RoomMock;

export interface MockWechat {
  t: TestDb;
  app: CrmApp;
  adapter: WechatyAdapter;
  mocker: mock.Mocker;
  /** The WeChat account the CRM bot is logged in as. */
  self: Contact;
  clock: ReturnType<typeof fixedClock>;
  /** A person sends text (to the bot directly, or to a group with @mentions); resolves when the bot has answered. */
  say(from: Contact, text: string, to?: Contact | Room, mentions?: Contact[]): Promise<string>;
  /**
   * A person sends a file (an Attachment message, as the puppet delivers one) to the bot's direct
   * chat; resolves with the message id when the bot has answered.
   */
  sendFile(from: Contact, file: FileBox): Promise<string>;
  /** The puppet delivers a message (again); resolves when the bot has answered. */
  deliver(id: string): Promise<void>;
  /** Everything the bot sent to a person's direct chat or to a group so far, oldest first. */
  sentTo(to: Contact | Room): payloads.Message[];
  close(): Promise<void>;
}

/**
 * The whole app with the Wechaty adapter switched on through the environment
 * (WECHATY_PUPPET=wechaty-puppet-mock) and the mock's Mocker playing WeChat.
 */
export async function startMockWechat(moreEnv: Record<string, string> = {}): Promise<MockWechat> {
  const clock = fixedClock(NOW);
  const started = await startTestApp({ clock, env: { WECHATY_PUPPET: "wechaty-puppet-mock", ...moreEnv }, outboxPollMs: 0 });
  const { app, t } = started;
  await app.start();
  const adapter = app.adapters.find((a): a is WechatyAdapter => a instanceof WechatyAdapter);
  if (!adapter) throw new Error("the Wechaty adapter is not enabled");
  const puppet = adapter.wechaty.puppet;
  if (!(puppet instanceof PuppetMock)) throw new Error("expected the mock puppet");
  const mocker = puppet.mocker;
  const self = mocker.createContact({ name: "CRM助手" });
  mocker.login(self);
  await until(() => adapter.wechaty.isLoggedIn);

  // The adapter's listener was added first, so once this one has seen a message the adapter is on it.
  const seen = new Map<string, number>();
  adapter.wechaty.on("message", (message) => void seen.set(message.id, (seen.get(message.id) ?? 0) + 1));
  const settle = async (id: string, times: number) => {
    await until(() => (seen.get(id) ?? 0) >= times, `message ${id} to reach the bot`);
    await adapter.idle();
    await app.inbox.idle();
    await app.outbox.drain();
  };

  const isTo = (to: Contact | Room) => (m: payloads.Message) =>
    m.talkerId === self.id && ("roomId" in m && m.roomId ? m.roomId === to.id : "listenerId" in m && m.listenerId === to.id);

  return {
    t,
    app,
    adapter,
    mocker,
    self,
    clock,
    async say(from, text, to = self, mentions = []) {
      const before = new Set(mocker.cacheMessagePayload.keys());
      from.say(text, mentions).to(to);
      const id = [...mocker.cacheMessagePayload.keys()].find((k) => !before.has(k));
      if (!id) throw new Error("the mock did not record the message");
      await settle(id, 1);
      return id;
    },
    async sendFile(from, file) {
      const message = mocker.MessageMock.create({
        id: `file-${randomUUID()}`,
        talkerId: from.id,
        listenerId: self.id,
        timestamp: Date.now(),
        type: MESSAGE_TYPE.Attachment,
      } as payloads.Message);
      mocker.cacheFileBoxPayload.set(message.id, file.toJSON());
      mocker.puppet.emit("message", { messageId: message.id });
      await settle(message.id, 1);
      return message.id;
    },
    async deliver(id) {
      const times = (seen.get(id) ?? 0) + 1;
      mocker.puppet.emit("message", { messageId: id });
      await settle(id, times);
    },
    sentTo: (to) => [...mocker.cacheMessagePayload.values()].filter(isTo(to)),
    async close() {
      await started.close();
    },
  };
}

/** Polls a condition (no timing assertion: it only bounds how long a broken test hangs). */
export async function until(condition: () => boolean, what = "condition"): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The text of the messages sent after `from` (an index into sentTo()). */
export function textsSince(messages: payloads.Message[], from: number): string {
  return messages
    .slice(from)
    .map((m) => ("text" in m ? (m.text ?? "") : ""))
    .join("\n---\n");
}
