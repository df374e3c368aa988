import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dm, SIGNING_SECRET, type SlackHarness, startSlackHarness } from "../../test/slack-harness.js";
import { slackSignature } from "../../test/fake-slack.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");

let h: SlackHarness;

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}
const buttonsIn = (blocks: unknown): Button[] =>
  ((blocks ?? []) as { type: string; elements?: Button[] }[]).flatMap((b) => (b.type === "actions" ? (b.elements ?? []) : []));
const posted = () => h.fake.callsOf("chat.postMessage");
const lastPostTo = (channel: string) =>
  posted()
    .filter((c) => c.body.channel === channel)
    .at(-1);

beforeAll(async () => {
  h = await startSlackHarness(NOW);
  h.fake.setUser("U1", { tz: "Europe/Berlin", locale: "en-US", real_name: "Amy Chen" });
  h.fake.setUser("U2", { tz: "Asia/Shanghai", locale: "zh-CN", real_name: "李雷" });
  await h.sendEvent(dm("U1", "company add Acme Corp B"));
  await h.settle();
});

afterAll(async () => h.close());

describe("Slack over HTTP, against a fake Slack Web API", () => {
  it("answers url_verification with the challenge", async () => {
    const body = JSON.stringify({ token: "t", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    const ts = Math.floor(Date.now() / 1000);
    const res = await h.post(body, {
      "content-type": "application/json",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": slackSignature(SIGNING_SECRET, ts, body),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("provisions the Slack user with their Slack timezone and locale (users.info once)", async () => {
    const identity = await h.app.db.channelIdentity.findFirstOrThrow({ where: { platform: "slack", platformUserId: "U1" }, include: { user: true } });
    expect(identity.tenantId).toBe("T1");
    expect(identity.user.timezone).toBe("Europe/Berlin");
    expect(identity.user.locale).toBe("en");
    expect(identity.user.name).toBe("Amy Chen");
    expect(h.fake.callsOf("users.info").map((c) => c.body)).toEqual([expect.objectContaining({ user: "U1", include_locale: "true" })]);
  });

  it("logs a call from a DM and posts the reply into the DM", async () => {
    const res = await h.sendEvent(dm("U1", "log called Acme Corp, they want a quote next Tuesday, budget 200k"));
    expect(res.status).toBe(200);
    await h.settle();
    const activity = await h.app.db.activity.findFirstOrThrow({ include: { company: true } });
    expect(activity.kind).toBe("call");
    expect(activity.company?.name).toBe("Acme Corp");
    const deal = await h.app.db.deal.findFirstOrThrow({ include: { stage: true } });
    expect(deal.stage.key).toBe("proposal");
    const reply = posted()
      .filter((c) => c.body.channel === "U1")
      .map((c) => String(c.body.text))
      .join("\n");
    expect(reply).toContain("Logged a call with Acme Corp");
    // Every call carries the bot token, and the user was looked up only once.
    expect(h.fake.calls.every((c) => c.token === "xoxb-test")).toBe(true);
    expect(h.fake.callsOf("users.info")).toHaveLength(1);
  });

  it("runs /crm with the core grammar from a DM, and answers a channel through response_url", async () => {
    const res = await h.sendCommand({ text: "deal new Acme Corp 50k qualified", user_id: "U1", channel_id: "D1", channel_name: "directmessage" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    await h.settle();
    const deal = await h.app.db.deal.findFirstOrThrow({ where: { amountMinor: 5_000_000n }, include: { stage: true } });
    expect(deal.stage.key).toBe("qualified");
    const card = lastPostTo("U1")!;
    expect(String(card.body.text)).toContain(`#${deal.number} Acme Corp`);
    expect(posted().some((c) => String(c.body.text).includes(`New deal #${deal.number}`))).toBe(true);
    expect(buttonsIn(card.body.blocks).some((b) => b.value.startsWith(`${deal.id}:`))).toBe(true);

    await h.sendCommand({ text: "pipeline", user_id: "U1", channel_id: "C1", channel_name: "sales" });
    await h.settle();
    const answer = h.fake.callsOf("response_url").at(-1)!;
    expect(answer.body.response_type).toBe("in_channel");
    expect(String(answer.body.text)).toContain("Pipeline");
  });

  it("a button click moves the deal and updates the clicked message in place (chat.update)", async () => {
    const deal = await h.app.db.deal.findFirstOrThrow({ where: { amountMinor: 5_000_000n } });
    const card = posted()
      .filter((c) => buttonsIn(c.body.blocks).some((b) => b.value.startsWith(`${deal.id}:`)))
      .at(-1)!;
    const cardTs = h.fake.calls.indexOf(card);
    expect(cardTs).toBeGreaterThanOrEqual(0);
    const won = buttonsIn(card.body.blocks).find((b) => b.text.text === "Mark won")!;
    // Stage buttons share one action id; Slack needs them unique per block, so repeats carry "#n".
    expect(won.action_id).toMatch(/^deal\.move-stage(#\d+)?$/);
    const messageTs = "1700000999.000100";
    const res = await h.sendInteraction({
      type: "block_actions",
      user: { id: "U1", team_id: "T1" },
      container: { type: "message", message_ts: messageTs, channel_id: "D1", is_ephemeral: false },
      channel: { id: "D1", name: "directmessage" },
      response_url: `${h.fake.responseBase}/click`,
      actions: [{ type: "button", action_id: won.action_id, block_id: "b1", value: won.value, action_ts: "1700001000.1" }],
    });
    expect(res.status).toBe(200);
    await h.settle();
    const moved = await h.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(moved.stage.key).toBe("won");
    const update = h.fake.callsOf("chat.update").at(-1)!;
    expect(update.body).toMatchObject({ channel: "D1", ts: messageTs });
    expect(JSON.stringify(update.body.blocks)).toContain("Won");
  });

  it("rejects a forged signature with 401 and writes nothing", async () => {
    const before = { events: await h.app.db.processedEvent.count(), activities: await h.app.db.activity.count(), calls: h.fake.calls.length };
    const body = JSON.stringify({ type: "event_callback", team_id: "T1", event_id: "EvForged", event: dm("U1", "log called Acme Corp") });
    const ts = Math.floor(Date.now() / 1000);
    const res = await h.post(body, {
      "content-type": "application/json",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": slackSignature("wrong-secret", ts, body),
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("");
    const slash = new URLSearchParams({
      command: "/crm",
      text: "deal new Acme Corp 1k",
      user_id: "U1",
      team_id: "T1",
      channel_id: "D1",
      trigger_id: "x",
    }).toString();
    const forgedForm = await h.post(slash, {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": "v0=deadbeef",
    });
    expect(forgedForm.status).toBe(401);
    const unsigned = await h.post(body, { "content-type": "application/json" });
    expect(unsigned.status).toBe(401);
    await h.settle();
    expect(await h.app.db.processedEvent.count()).toBe(before.events);
    expect(await h.app.db.activity.count()).toBe(before.activities);
    expect(h.fake.calls.length).toBe(before.calls);
  });

  it("rejects a stale (or far future) timestamp even when correctly signed", async () => {
    const before = await h.app.db.processedEvent.count();
    const body = JSON.stringify({ type: "event_callback", team_id: "T1", event_id: "EvStale", event: dm("U1", "log called Acme Corp") });
    for (const offset of [-6 * 60, 6 * 60]) {
      const ts = Math.floor(Date.now() / 1000) + offset;
      const res = await h.post(body, {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": slackSignature(SIGNING_SECRET, ts, body),
      });
      expect(res.status).toBe(401);
    }
    expect(await h.app.db.processedEvent.count()).toBe(before);
  });

  it("treats Slack retries of one event (X-Slack-Retry-Num) as no-ops: one activity", async () => {
    const before = await h.app.db.activity.count();
    const event = dm("U1", "log emailed Acme Corp the brochure");
    const statuses: number[] = [];
    statuses.push((await h.sendEvent(event, { eventId: "EvRetry1" })).status);
    for (const n of ["1", "2"]) {
      statuses.push((await h.sendEvent(event, { eventId: "EvRetry1", headers: { "x-slack-retry-num": n, "x-slack-retry-reason": "http_timeout" } })).status);
    }
    await h.settle();
    expect(statuses).toEqual([200, 200, 200]);
    expect(await h.app.db.activity.count()).toBe(before + 1);
    expect(await h.app.db.processedEvent.count({ where: { platform: "slack", eventId: "event:EvRetry1" } })).toBe(1);
    expect(posted().filter((c) => String(c.body.text).includes("Logged an email"))).toHaveLength(1);
  });

  it("keeps a reply through a 429: waits Retry-After, then delivers it exactly once", async () => {
    h.fake.rateLimitNext("chat.postMessage", 30);
    await h.sendEvent(dm("U1", "log met Acme Corp for lunch"));
    await h.settle();
    expect(h.fake.rejected.filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
    // The reply's first message is the one refused; the ones behind it wait untried, in order.
    const waiting = await h.app.db.outboxMessage.findFirstOrThrow({
      where: { platform: "slack", status: "pending" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(waiting.lastError).toMatch(/^RATE_LIMITED/);
    expect(waiting.nextAttemptAt.getTime()).toBe(h.clock.now().getTime() + 30_000);
    expect(posted().filter((c) => String(c.body.text).includes("lunch") || String(c.body.text).includes("meeting with Acme"))).toHaveLength(0);

    h.clock.advance(30_000);
    await h.app.outbox.drain();
    const sent = await h.app.db.outboxMessage.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(sent.status).toBe("sent");
    const deliveries = posted().filter((c) => String(c.body.text).includes("Logged a meeting with Acme Corp"));
    expect(deliveries).toHaveLength(1);
    await h.app.outbox.drain();
    expect(posted().filter((c) => String(c.body.text).includes("Logged a meeting with Acme Corp"))).toHaveLength(1);
  });

  it("answers an @mention in a channel, with the mention stripped, in that channel", async () => {
    await h.sendEvent({ type: "app_mention", user: "U2", text: "<@UBOT> 漏斗", channel: "C9", ts: "1700000000.000300" });
    await h.settle();
    const reply = lastPostTo("C9")!;
    expect(String(reply.body.text)).toContain("销售漏斗");
    const li = await h.app.db.channelIdentity.findFirstOrThrow({ where: { platformUserId: "U2" }, include: { user: true } });
    expect(li.user.locale).toBe("zh");
    expect(li.user.role).toBe("rep");
  });

  it("ignores bot messages and edits (our own replies come back as message.im events)", async () => {
    const before = await h.app.db.processedEvent.count();
    await h.sendEvent({ ...dm("U1", "log called Acme Corp"), bot_id: "BBOT" });
    await h.sendEvent({ ...dm("U1", "log called Acme Corp"), subtype: "message_changed" });
    await h.settle();
    expect(await h.app.db.processedEvent.count()).toBe(before);
  });

  it("a click on an ephemeral card replaces it through response_url (chat.update cannot edit ephemeral messages)", async () => {
    const deal = await h.app.db.deal.findFirstOrThrow({ where: { amountMinor: 5_000_000n } });
    const card = h.fake.callsOf("chat.update").at(-1)!;
    const reopen = buttonsIn(card.body.blocks).find((b) => b.value.startsWith(`${deal.id}:`))!;
    const updates = h.fake.callsOf("chat.update").length;
    await h.sendInteraction({
      type: "block_actions",
      user: { id: "U1", team_id: "T1" },
      container: { type: "message", message_ts: "1700000999.000200", channel_id: "C1", is_ephemeral: true },
      channel: { id: "C1", name: "sales" },
      response_url: `${h.fake.responseBase}/ephemeral-click`,
      actions: [{ type: "button", action_id: reopen.action_id, value: reopen.value, action_ts: "1700001001.1" }],
    });
    await h.settle();
    const moved = await h.app.db.deal.findUniqueOrThrow({ where: { id: deal.id }, include: { stage: true } });
    expect(moved.stage.kind).toBe("open");
    expect(h.fake.callsOf("chat.update")).toHaveLength(updates);
    const replaced = h.fake.callsOf("response_url").find((c) => c.body.url === "/response/ephemeral-click")!;
    expect(replaced.body.replace_original).toBe(true);
    expect(JSON.stringify(replaced.body.blocks)).toContain(`#${deal.number}`);
  });
});
