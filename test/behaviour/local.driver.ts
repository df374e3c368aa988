import { randomBytes } from "node:crypto";
import type { Reply } from "../../bot/types.js";
import { buttonsOf } from "../../cards/model.js";
import { renderPlainText } from "../../cards/render-plain-text.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { startTestApp } from "../test-app.js";
import { BEHAVIOUR_NOW } from "./channel-behaviour.js";
import type { ChannelDriver, Seen } from "./channel-driver.js";
import { pngImages } from "./seen-images.js";

const GROUP = "sales-room";

function seenOf(chat: string, reply: Reply): Seen {
  const text = [reply.text ?? "", reply.card ? renderPlainText(reply.card).text : ""].filter(Boolean).join("\n");
  const buttons = reply.card ? buttonsOf(reply.card).map((b) => ({ label: b.label, actionId: b.actionId, value: b.value })) : [];
  return { chat, text, buttons, images: [] };
}

/** A reply as the local HTTP API presents it: an attachment as a signed download link. */
type Presented = Reply & { attachment?: { url?: string } };

/** The local channel over its HTTP API: messages through the durable inbox (queue mode), presses answered in the response. */
export async function localDriver(): Promise<ChannelDriver> {
  const clock = fixedClock(BEHAVIOUR_NOW);
  const token = randomBytes(32).toString("base64url");
  const started = await startTestApp({ clock, outboxPollMs: 0, env: { ...NO_LIMITS_ENV, CRM_SCHEDULER: "off" }, apiToken: token });
  const { app, base } = started;
  const seen: Seen[] = [];
  /** Deliveries with a file, by their id: their pictures are what the served link gives once they are looked up. */
  const withFile = new Map<number, Seen>();
  app.localSender.onDelivery((d) => {
    const one = seenOf(d.target.kind === "group" ? d.target.conversationId : (d.target.platformUserId ?? d.target.conversationId), d.reply);
    seen.push(one);
    if (d.reply.attachment) withFile.set(d.id, one);
  });
  const authorization = `Bearer ${token}`;
  const post = async (route: string, body: Record<string, unknown>) => {
    const res = await fetch(`${base}${route}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${route} → ${res.status} ${await res.text()}`);
    return (await res.json()) as { replies?: Presented[] };
  };
  /** The file behind a signed link, fetched as a person opening it would (no bearer token). */
  const download = async (url: string | undefined) => {
    if (!url) return undefined;
    const res = await fetch(`${base}${url}`);
    if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
    // A chart must open as a picture, not as a download of unknown bytes.
    if (
      url.split("?")[0]!.endsWith(".png") &&
      (res.headers.get("content-type") !== "image/png" || !res.headers.get("content-disposition")?.startsWith("inline"))
    )
      throw new Error(`${url} served as ${res.headers.get("content-type")}, ${res.headers.get("content-disposition")}`);
    return Buffer.from(await res.arrayBuffer());
  };
  /** The API's notifications carry each file as a signed link: the pictures are the PNGs those links serve. */
  const lookUpFiles = async () => {
    if (withFile.size === 0) return;
    const res = await fetch(`${base}/api/local/notifications`, { headers: { authorization } });
    const { notifications } = (await res.json()) as { notifications: (Presented & { id: number })[] };
    for (const n of notifications) {
      const one = withFile.get(n.id);
      if (!one) continue;
      withFile.delete(n.id);
      one.images = pngImages([await download(n.attachment?.url)]);
    }
  };
  const settle = async () => {
    await app.inbox.idle();
    await app.outbox.drain();
    await lookUpFiles();
  };
  const say = async (user: string, text: string, eventId: string | undefined, conversation?: string) => {
    await post("/api/local/messages", {
      user,
      text,
      queue: true,
      eventId: eventId ?? randomBytes(8).toString("hex"),
      ...(conversation ? { conversation } : {}),
    });
    await settle();
  };
  return {
    name: "local",
    platform: "local",
    app,
    clock,
    group: GROUP,
    can: { groupInbound: true, groupButtons: true, outage: false, push: true, images: true },
    direct: (user, text, eventId) => say(user, text, eventId),
    inGroup: (user, text, eventId) => say(user, text, eventId, GROUP),
    async sendFile(user, fileName, bytes, eventId) {
      const query = new URLSearchParams({ user, name: fileName, ...(eventId ? { eventId } : {}) });
      const res = await fetch(`${base}/api/local/imports?${query.toString()}`, {
        method: "POST",
        headers: { "content-type": "application/octet-stream", authorization },
        body: new Uint8Array(bytes),
      });
      if (res.status >= 300) throw new Error(`imports → ${res.status} ${await res.text()}`);
      const answer = (await res.json()) as { replies?: Presented[] };
      for (const reply of answer.replies ?? []) seen.push(seenOf(user, reply));
      await settle();
    },
    async press(user, button, where) {
      const answer = await post("/api/local/actions", {
        user,
        actionId: button.actionId,
        value: button.value,
        ...(where === "group" ? { conversation: GROUP } : {}),
      });
      for (const reply of answer.replies ?? []) {
        const one = seenOf(where === "group" && reply.visibility !== "private" ? GROUP : user, reply);
        one.images = pngImages([await download(reply.attachment?.url)]);
        seen.push(one);
      }
      await settle();
    },
    seen: () => seen,
    outage: () => {
      throw new Error("the local channel has no outage");
    },
    settle,
    close: () => started.close(),
  };
}
