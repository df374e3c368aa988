import { fixedClock } from "../../domain/shared/clock.js";
import { FakeFileHost } from "../fakes/fake-file-host.js";
import { FakeWecomBotWebhook, type WebhookSeen } from "../fakes/fake-wecom-bot-webhook.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { startTestApp } from "../test-app.js";
import { BEHAVIOUR_NOW } from "./channel-behaviour.js";
import type { ChannelDriver, Seen } from "./channel-driver.js";
import { type SentTemplateCard, templateCardSeen } from "./wecom-card-seen.js";

const SECRETS = { token: "BehaviourTok3n", encodingAesKey: "kq3Wq8NbN5jYb3yHq1mM0e8ZcQ2Lr6TtVvXwYz7AbCd" };
const GROUP = "wrkSalesGroup02";

function seenOf(seen: WebhookSeen): Seen {
  // Neither a stream nor a response_url carries a picture: a chart is named in the text instead.
  if (!seen.card) return { chat: seen.chat, text: seen.text, buttons: [], images: [] };
  const card = templateCardSeen(seen.chat, seen.card as unknown as SentTemplateCard);
  return { ...card, text: [seen.text, card.text].filter(Boolean).join("\n") };
}

/**
 * The WeCom smart bot in webhook mode: encrypted JSON callbacks, answers in the stream the fake
 * polls like WeCom, clicks answered with the updated card. It cannot post unasked (push: false).
 */
export async function wecomBotWebhookDriver(): Promise<ChannelDriver> {
  const clock = fixedClock(BEHAVIOUR_NOW);
  let settle = async () => {};
  const fake = new FakeWecomBotWebhook(
    SECRETS,
    () => clock.now(),
    () => settle(),
  );
  const apiBase = await fake.start();
  const fileHost = new FakeFileHost();
  await fileHost.start();
  const started = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: {
      ...NO_LIMITS_ENV,
      CRM_SCHEDULER: "off",
      WECOM_BOT_TOKEN: SECRETS.token,
      WECOM_BOT_ENCODING_AES_KEY: SECRETS.encodingAesKey,
      WECOM_BOT_API_BASE: apiBase,
      WECOM_BOT_FILE_HOSTS: fileHost.base,
    },
  });
  const { app } = started;
  const urls = new Map<string, string>();
  fake.appBase = started.base;
  settle = async () => {
    await app.inbox.idle();
    await app.outbox.drain();
  };
  return {
    name: "wecom-bot-webhook",
    platform: "wecom-bot",
    app,
    clock,
    group: GROUP,
    can: { groupInbound: true, groupButtons: true, outage: false, push: false, images: false },
    direct: async (user, text, eventId) => void (await fake.text(user, text, eventId ? { msgId: eventId } : {})),
    async sendFile(user, fileName, bytes, eventId) {
      // Encrypted with the bot's EncodingAESKey; a redelivery repeats the callback (same msgid and link).
      const url = (eventId ? urls.get(eventId) : undefined) ?? fileHost.put(fileName, bytes, `${SECRETS.encodingAesKey}=`);
      if (eventId) urls.set(eventId, url);
      await fake.file(user, url, eventId ? { msgId: eventId } : {});
    },
    inGroup: async (user, text, eventId) => void (await fake.text(user, `@CRM助手 ${text}`, { chatId: GROUP, ...(eventId ? { msgId: eventId } : {}) })),
    async press(user, button, where) {
      await fake.click(user, button.handle as { taskId: string; key: string }, where === "group" ? { chatId: GROUP } : {});
      await settle();
    },
    // A redelivery polls the stream its first delivery started: still one message in the chat.
    seen: () => fake.seen.filter((s, i, all) => !s.streamId || all.findIndex((o) => o.streamId === s.streamId) === i).map(seenOf),
    outage() {
      throw new Error("the webhook mode has no sends to refuse: WeCom fetches the answers");
    },
    settle: () => settle(),
    async close() {
      await started.close();
      await fake.stop();
      await fileHost.stop();
    },
  };
}
