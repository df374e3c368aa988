import { randomBytes } from "node:crypto";
import type { Reply } from "../../bot/types.js";
import { buttonsOf } from "../../cards/model.js";
import { renderPlainText } from "../../cards/render-plain-text.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { NO_LIMITS_ENV } from "../no-limits-env.js";
import { startTestApp } from "../test-app.js";
import { BEHAVIOUR_NOW } from "./channel-behaviour.js";
import type { ChannelDriver, Seen } from "./channel-driver.js";

const GROUP = "sales-room";

function seenOf(chat: string, reply: Reply): Seen {
  const text = [reply.text ?? "", reply.card ? renderPlainText(reply.card).text : ""].filter(Boolean).join("\n");
  const buttons = reply.card ? buttonsOf(reply.card).map((b) => ({ label: b.label, actionId: b.actionId, value: b.value })) : [];
  return { chat, text, buttons };
}

/** The local channel over its HTTP API: messages through the durable inbox (queue mode), presses answered in the response. */
export async function localDriver(): Promise<ChannelDriver> {
  const clock = fixedClock(BEHAVIOUR_NOW);
  const token = randomBytes(32).toString("base64url");
  const started = await startTestApp({ clock, outboxPollMs: 0, env: { ...NO_LIMITS_ENV, CRM_SCHEDULER: "off" }, apiToken: token });
  const { app, base } = started;
  const seen: Seen[] = [];
  app.localSender.onDelivery((d) =>
    seen.push(seenOf(d.target.kind === "group" ? d.target.conversationId : (d.target.platformUserId ?? d.target.conversationId), d.reply)),
  );
  const post = async (route: string, body: Record<string, unknown>) => {
    const res = await fetch(`${base}${route}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${route} → ${res.status} ${await res.text()}`);
    return (await res.json()) as { replies?: Reply[] };
  };
  const settle = async () => {
    await app.inbox.idle();
    await app.outbox.drain();
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
    can: { groupInbound: true, groupButtons: true, outage: false, push: true },
    direct: (user, text, eventId) => say(user, text, eventId),
    inGroup: (user, text, eventId) => say(user, text, eventId, GROUP),
    async press(user, button, where) {
      const answer = await post("/api/local/actions", {
        user,
        actionId: button.actionId,
        value: button.value,
        ...(where === "group" ? { conversation: GROUP } : {}),
      });
      for (const reply of answer.replies ?? []) seen.push(seenOf(where === "group" && reply.visibility !== "private" ? GROUP : user, reply));
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
