import type { WecomBotConnection } from "../../adapters/wecom/wecom-bot.connection.js";
import { randomBytes } from "node:crypto";
import { fixedClock } from "../../domain/shared/clock.js";
import { FakeFileHost } from "../fakes/fake-file-host.js";
import { type BotFrame, FakeWecomBot } from "../fakes/fake-wecom-bot.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { startTestApp } from "../test-app.js";
import { BEHAVIOUR_NOW } from "./channel-behaviour.js";
import type { ChannelDriver, Seen } from "./channel-driver.js";
import { pngImages } from "./seen-images.js";
import { type SentTemplateCard, templateCardSeen } from "./wecom-card-seen.js";

const BOT = { botId: "aibot-behaviour", secret: "bot-secret" };
const GROUP = "wrkSalesGroup01";

function seenOf(frame: BotFrame, files: FakeWecomBot["files"]): Seen | null {
  const body = frame.body ?? {};
  if (frame.cmd !== "aibot_send_msg") return null;
  const chat = String(body.chatid);
  if (body.msgtype === "markdown") return { chat, text: String((body.markdown as { content?: string }).content ?? ""), buttons: [], images: [] };
  // A media message names what the upload frames carried.
  if (body.msgtype === "image") {
    const mediaId = String((body.image as { media_id?: string } | undefined)?.media_id);
    return { chat, text: "", buttons: [], images: pngImages([files.get(mediaId)?.data]) };
  }
  if (body.msgtype !== "template_card") return { chat, text: "", buttons: [], images: [] };
  return templateCardSeen(chat, body.template_card as SentTemplateCard);
}

/** The WeCom smart bot through the official SDK's long connection, against a fake gateway speaking its frames. */
export async function wecomBotDriver(): Promise<ChannelDriver> {
  const clock = fixedClock(BEHAVIOUR_NOW);
  const fake = new FakeWecomBot(BOT);
  await fake.start();
  const fileHost = new FakeFileHost();
  await fileHost.start();
  const started = await startTestApp({
    clock,
    outboxPollMs: 0,
    env: {
      ...NO_LIMITS_ENV,
      CRM_SCHEDULER: "off",
      WECOM_BOT_ID: BOT.botId,
      WECOM_BOT_SECRET: BOT.secret,
      WECOM_BOT_WS_URL: fake.url,
      WECOM_BOT_FILE_HOSTS: fileHost.base,
    },
  });
  const { app } = started;
  const connection = (app.adapters.find((a) => a.platform === "wecom-bot") as unknown as { connection: WecomBotConnection }).connection;
  await app.start();
  await fake.connected();
  let down = false;
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 20));
    await connection.settled();
    await app.inbox.idle();
    await app.outbox.drain();
  };
  let seq = 0;
  const files = new Map<string, { url: string; aeskey: string }>();
  const say = async (user: string, text: string, eventId: string | undefined, chatId?: string) => {
    fake.failNext = down ? Array(50).fill(45009) : [];
    fake.text(user, chatId ? `@CRM助手 ${text}` : text, { msgId: eventId ?? `m${++seq}`, ...(chatId ? { chatId } : {}) });
    await settle();
  };
  return {
    name: "wecom-bot",
    platform: "wecom-bot",
    app,
    clock,
    group: GROUP,
    can: { groupInbound: true, groupButtons: true, outage: true, push: true, images: true },
    direct: (user, text, eventId) => say(user, text, eventId),
    inGroup: (user, text, eventId) => say(user, text, eventId, GROUP),
    async sendFile(user, fileName, bytes, eventId) {
      // Each link has its own key; a redelivery repeats the frame (same msgid, link and key).
      const key = randomBytes(32).toString("base64");
      const sent = eventId ? files.get(eventId) : undefined;
      const file = sent ?? { url: fileHost.put(fileName, bytes, key), aeskey: key };
      if (eventId) files.set(eventId, file);
      fake.file(user, file, { msgId: eventId ?? `f${++seq}` });
      await settle();
    },
    async press(user, button, where) {
      const handle = button.handle as { taskId: string; key: string };
      fake.click(user, handle, where === "group" ? { chatId: GROUP } : {});
      await settle();
    },
    // Refused sends are not seen: only what the gateway acknowledged.
    seen: () => fake.frames.filter((f) => f.acked !== false).flatMap((f) => seenOf(f, fake.files) ?? []),
    outage(on) {
      down = on;
      fake.failNext = on ? Array(50).fill(45009) : [];
    },
    settle,
    async close() {
      await started.close();
      await fake.stop();
      await fileHost.stop();
    },
  };
}
