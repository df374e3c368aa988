import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { localEventKey } from "../../adapters/local/local-event-key.js";
import type { CrmApp } from "../../app/create-app.js";
import { enqueueOutbound } from "../../bot/delivery/outbox.js";
import { isUniqueViolation } from "../../domain/shared/unique-violation.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { withAdvisoryLock } from "../../domain/shared/lock.js";
import { startTestApp, type TestApp } from "../test-app.js";
import { createTestDb, type TestDb } from "../test-db.js";

// Two bot instances over one PostgreSQL database, as behind a load balancer (README, "Deployment").
// PostgreSQL only (*.pg.test.ts): SQLite is the one-instance deployment; two processes writing one
// SQLite file wait on each other's write lock (busy timeout) instead of running side by side.
const NOW = new Date("2026-11-25T02:00:00Z");
let t: TestDb;
const instances: TestApp[] = [];
const apps: CrmApp[] = [];
const bases: string[] = [];
// Instances behind one load balancer share the token (and so verify each other's file links).
const TOKEN = randomBytes(32).toString("base64url");

beforeAll(async () => {
  t = await createTestDb();
  for (let i = 0; i < 2; i++) {
    const instance = await startTestApp({ db: t, clock: fixedClock(NOW), outboxPollMs: 0, apiToken: TOKEN });
    instances.push(instance);
    apps.push(instance.app);
    bases.push(instance.base);
  }
  await post(bases[0]!, { user: "boss", text: "help" });
});

afterAll(async () => {
  for (const instance of instances) await instance.close();
  await t.close();
});

async function post(base: string, body: unknown): Promise<{ duplicate: boolean }> {
  const res = await fetch(`${base}/api/local/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { duplicate: boolean };
}

it("the same events sent to both instances at once make one record each", async () => {
  const events = Array.from({ length: 8 }, (_, i) => ({ user: "boss", eventId: `evt-${i}`, text: `company add Northwind${i} B` }));
  const answers = await Promise.all(events.flatMap((e) => bases.map((base) => post(base, e))));
  expect(answers.filter((a) => !a.duplicate)).toHaveLength(events.length);
  expect(await t.db.company.count({ where: { name: { startsWith: "Northwind" } } })).toBe(events.length);
  expect(await t.db.auditLog.count({ where: { action: "company.create" } })).toBe(events.length);
  expect(await t.db.processedEvent.count({ where: { eventId: { in: events.map((e) => localEventKey(e.user, e.eventId)) } } })).toBe(events.length);
});

it("platform events received by both inboxes are processed once, and both outbox workers send each reply once", async () => {
  const target = { conversationId: "dm-li", kind: "direct" as const, platformUserId: "li" };
  const event = (i: number) => ({
    type: "message" as const,
    eventId: `inbox-${i}`,
    channel: "local",
    user: { platformUserId: "li", displayName: "李雷" },
    conversation: { id: "dm-li", kind: "direct" as const },
    text: `company add Contoso${i}`,
  });
  const received = await Promise.all([0, 1, 2, 3, 4].flatMap((i) => apps.map((app) => app.inbox.receive(event(i), target))));
  expect(received.filter((r) => r === "accepted")).toHaveLength(5);
  await Promise.all(apps.map((app) => app.inbox.idle()));
  expect(await t.db.company.count({ where: { name: { startsWith: "Contoso" } } })).toBe(5);

  // Replies were queued once per event; the instances' outbox workers (kicked in the background,
  // and drained here by both at once) deliver each exactly once.
  await Promise.all(apps.map((app) => app.outbox.drain()));
  const rows = await t.db.outboxMessage.findMany();
  expect(rows.length).toBeGreaterThanOrEqual(5);
  expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  const delivered = apps.flatMap((app) => app.localSender.list({ conversation: "dm-li" }));
  expect(delivered).toHaveLength(rows.length);
});

/**
 * The shape the scheduler uses for a digest: claim the period with a unique Alert row and queue
 * the message in the same transaction. The lock is not needed for the claim (the unique index
 * settles it) but lets the job read-then-write safely, e.g. build the digest from the data.
 */
async function digestJob(app: CrmApp, periodKey: string): Promise<"sent" | "already"> {
  try {
    return await withAdvisoryLock(app.db, `digest:${periodKey}`, async (tx) => {
      const done = await tx.alert.findFirst({ where: { kind: "digest", periodKey } });
      if (done) return "already" as const;
      await tx.alert.create({ data: { kind: "digest", subjectType: "team", subjectId: "all", periodKey, status: "sent", sentAt: NOW } });
      await enqueueOutbound(tx, { platform: "local", target: { conversationId: "team-room", kind: "group" }, reply: { text: `digest ${periodKey}` } }, NOW);
      return "sent" as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "already";
    throw error;
  }
}

it("the digest job triggered on both instances in the same minute is sent once", async () => {
  const outcomes = await Promise.all(apps.map((app) => digestJob(app, "digest:team:2026-11-25")));
  expect(outcomes.sort()).toEqual(["already", "sent"]);
  await Promise.all(apps.map((app) => app.outbox.drain()));
  const delivered = apps.flatMap((app) => app.localSender.list({ conversation: "team-room" }));
  expect(delivered.map((d) => d.reply.text)).toEqual(["digest digest:team:2026-11-25"]);
  expect(await t.db.alert.count()).toBe(1);
});
