import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { useTestApp } from "../../test/use-test-app.js";

const TOKEN = randomBytes(32).toString("base64url");
const auth = { authorization: `Bearer ${TOKEN}` };
const live = useTestApp({ outboxPollMs: 0, env: {}, apiToken: TOKEN });

const post = async (body: unknown) => {
  const res = await fetch(`${live.base}/api/local/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...auth },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};

it("queue: true records the event in the durable inbox, answers 202, and the reply arrives as a notification", async () => {
  const first = await post({ user: "amy", text: "company add Acme Corp B", eventId: "q1", queue: true, locale: "en" });
  expect(first).toEqual({ status: 202, json: { duplicate: false, accepted: true } });
  expect((await post({ user: "amy", text: "company add Acme Corp B", eventId: "q1", queue: true })).json.duplicate).toBe(true);
  await live.app.inbox.idle();
  await live.app.outbox.drain();
  expect(await live.app.db.company.count()).toBe(1);
  const res = await fetch(`${live.base}/api/local/notifications?user=amy`, { headers: auth });
  const { notifications } = (await res.json()) as { notifications: { text?: string }[] };
  expect(notifications.map((n) => n.text).join("\n")).toContain("Acme Corp");
});

it("queue: true without an eventId is a 400 that says why", async () => {
  const answer = await post({ user: "amy", text: "help", queue: true });
  expect(answer.status).toBe(400);
  expect(JSON.stringify(answer.json)).toContain("eventId");
});
