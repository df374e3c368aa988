import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, type LocalApp, startLocalApp } from "../e2e/local-app.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");

let a: LocalApp;
beforeAll(async () => {
  a = await startLocalApp(NOW);
});
afterAll(async () => {
  await a.close();
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json(): Record<string, unknown>;
}

/** node:http instead of fetch: fetch does not let a caller choose the Host header. */
function request(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<RawAnswer> {
  const url = new URL(path, base);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? (body ? "POST" : "GET"), headers: { ...(body ? { "content-type": "application/json" } : {}), ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const all = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: all, json: () => JSON.parse(all.toString()) as Record<string, unknown> });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const identities = (platformUserId: string) => a.t.db.channelIdentity.count({ where: { platformUserId } });

describe("the local HTTP API needs the bearer token", () => {
  it("an unauthenticated POST /api/local/messages is 401 and writes no user, company or event", async () => {
    const body = { user: "mallory", text: "company add Evil Corp A", eventId: "m1" };
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong" },
      { authorization: `Bearer ${a.token}x` },
      { authorization: `Basic ${a.token}` },
      { authorization: a.token },
    ];
    for (const headers of attempts) {
      const answer = await request(a.base, "/api/local/messages", { body, headers });
      expect(answer.status).toBe(401);
      expect(answer.json()).toEqual({ error: "unauthorized" });
      expect(answer.headers["www-authenticate"]).toMatch(/^Bearer/);
    }
    expect(await identities("mallory")).toBe(0);
    expect(await a.t.db.user.count()).toBe(0);
    expect(await a.t.db.company.count({ where: { name: "Evil Corp" } })).toBe(0);
    expect(await a.t.db.activity.count()).toBe(0);
    expect(await a.t.db.processedEvent.count()).toBe(0);
  });

  it("actions and notifications without the token are 401, whatever the spelling of the path", async () => {
    expect((await request(a.base, "/api/local/actions", { body: { user: "mallory", actionId: "deal.show", value: "x" } })).status).toBe(401);
    expect((await request(a.base, "/api/local/notifications")).status).toBe(401);
    expect((await request(a.base, "/api/local/notifications?user=li")).status).toBe(401);
    expect((await request(a.base, "/API/Local/notifications")).status).toBe(401);
    expect((await request(a.base, "/api/local/messages/", { body: { user: "mallory", text: "help" } })).status).toBe(401);
    expect(await identities("mallory")).toBe(0);
  });

  it("with the token the API answers; /healthz needs none", async () => {
    expect((await request(a.base, "/healthz")).status).toBe(200);
    const answer = await request(a.base, "/api/local/messages", { body: { user: "boss", text: "help", locale: "en" }, headers: a.auth });
    expect(answer.status).toBe(200);
    expect((await request(a.base, "/api/local/notifications?user=boss", { headers: { authorization: `bearer ${a.token}` } })).status).toBe(200);
  });
});

describe("Host and Origin checks on a loopback bind (DNS rebinding)", () => {
  it("a request naming another host is refused even with the token, and writes nothing", async () => {
    for (const host of ["evil.example", "evil.example:3000", "127.0.0.1.evil.example", "localhost.evil.example"]) {
      const answer = await request(a.base, "/api/local/messages", { body: { user: "rebind", text: "help" }, headers: { ...a.auth, host } });
      expect(answer.status, host).toBe(403);
      expect(typeof answer.json().error).toBe("string");
    }
    expect((await request(a.base, "/api/local/notifications", { headers: { ...a.auth, host: "evil.example" } })).status).toBe(403);
    expect(await identities("rebind")).toBe(0);
  });

  it("loopback host names on any port are accepted", async () => {
    for (const host of ["localhost", "localhost:8080", "127.0.0.1:3000", "[::1]:3000", "LOCALHOST"]) {
      expect((await request(a.base, "/api/local/notifications", { headers: { ...a.auth, host } })).status, host).toBe(200);
    }
  });

  it("a foreign Origin is refused; a loopback Origin is accepted", async () => {
    for (const origin of ["http://evil.example", "null", "http://localhost.evil.example", "not a url"]) {
      const answer = await request(a.base, "/api/local/messages", { body: { user: "rebind", text: "help" }, headers: { ...a.auth, origin } });
      expect(answer.status, origin).toBe(403);
    }
    expect(await identities("rebind")).toBe(0);
    expect((await request(a.base, "/api/local/notifications", { headers: { ...a.auth, origin: "http://localhost:5173" } })).status).toBe(200);
  });

  it("CRM_ALLOWED_HOSTS admits a reverse proxy's host name (and only that one)", async () => {
    const proxied = await startLocalApp(NOW, { env: { CRM_ALLOWED_HOSTS: "crm.example.com, other.example.org" } });
    try {
      const ok = { ...proxied.auth, host: "crm.example.com", origin: "https://crm.example.com" };
      expect((await request(proxied.base, "/api/local/notifications", { headers: ok })).status).toBe(200);
      expect((await request(proxied.base, "/api/local/notifications", { headers: { ...proxied.auth, host: "evil.example" } })).status).toBe(403);
      expect((await request(proxied.base, "/api/local/notifications", { headers: { ...ok, origin: "https://evil.example" } })).status).toBe(403);
    } finally {
      await proxied.close();
    }
  });
});

describe("quote files only through signed, expiring links", () => {
  let url = "";
  beforeAll(async () => {
    await a.say("boss", "客户 添加 华为 A");
    await a.say("boss", "商机 新建 华为 20万 方案报价");
    await a.say("boss", "报价 新建 华为");
    await a.say("boss", "报价 明细 服务器 2 5000 5%");
    const submitted = await a.say("boss", "报价 提交");
    url = submitted.replies.find((r) => r.attachment)?.attachment?.url ?? "";
  });

  it("the link in the reply downloads the PDF without the bearer token", async () => {
    expect(url).toMatch(/^\/api\/local\/files\/[^?]+\?exp=\d+&sig=[A-Za-z0-9_-]{43}$/);
    const answer = await request(a.base, url);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/pdf");
    expect(answer.body.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("a missing, tampered or borrowed signature is refused the same way as a file that does not exist", async () => {
    const link = new URL(url, a.base);
    const sig = link.searchParams.get("sig")!;
    const exp = link.searchParams.get("exp")!;
    const path = link.pathname;
    const flipped = `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`;
    const refused = [
      path,
      `${path}?exp=${exp}`,
      `${path}?sig=${sig}`,
      `${path}?exp=${exp}&sig=${flipped}`,
      `${path}?exp=${Number(exp) + 3600}&sig=${sig}`,
      `${path}?exp=${exp}&sig=`,
      `/api/local/files/other-quote-0123456789ab.pdf?exp=${exp}&sig=${sig}`,
    ];
    const answers = await Promise.all(refused.map((p) => request(a.base, p, { headers: a.auth })));
    for (const [i, answer] of answers.entries()) {
      expect(answer.status, refused[i]).toBe(403);
      expect(answer.body.toString()).toBe(answers[0]!.body.toString());
    }
  });

  it("an expired link is refused", async () => {
    const clock = a.clock;
    try {
      clock.advance(15 * 60 * 1000 + 1000);
      expect((await request(a.base, url)).status).toBe(403);
    } finally {
      clock.set(NOW);
    }
    expect((await request(a.base, url)).status).toBe(200);
  });
});

describe("local event ids are scoped to the user who sent them", () => {
  it("bob's eventId 1 is not a duplicate of alice's; alice's retry still is", async () => {
    const alice = await a.say("alice", "company add Alpha Trading B", { eventId: "1", locale: "en" });
    const bob = await a.say("bob", "company add Beta Trading B", { eventId: "1", locale: "en" });
    expect(alice.duplicate).toBe(false);
    expect(bob.duplicate).toBe(false);
    expect(allText(bob)).toContain("Beta Trading");
    expect(await a.t.db.company.count({ where: { name: "Beta Trading" } })).toBe(1);
    const retry = await a.say("alice", "company add Alpha Trading B", { eventId: "1", locale: "en" });
    expect(retry.duplicate).toBe(true);
    expect(await a.t.db.company.count({ where: { name: "Alpha Trading" } })).toBe(1);
  });

  it("the same holds for queued delivery through the durable inbox", async () => {
    const queue = (user: string, text: string) =>
      request(a.base, "/api/local/messages", { body: { user, text, eventId: "q-1", queue: true, locale: "en" }, headers: a.auth });
    expect((await queue("alice", "company add Gamma Foods B")).json()).toEqual({ duplicate: false, accepted: true });
    expect((await queue("bob", "company add Delta Foods B")).json()).toEqual({ duplicate: false, accepted: true });
    expect((await queue("bob", "company add Delta Foods B")).json()).toEqual({ duplicate: true, accepted: true });
    await a.app.inbox.idle();
    expect(await a.t.db.company.count({ where: { name: { in: ["Gamma Foods", "Delta Foods"] } } })).toBe(2);
  });
});

describe("CRM_LOCAL_API=off", () => {
  it("does not mount /api/local at all; platform paths and /healthz are unaffected", async () => {
    const off = await startLocalApp(NOW, { env: { CRM_LOCAL_API: "off" } });
    try {
      expect((await request(off.base, "/api/local/messages", { body: { user: "boss", text: "help" }, headers: off.auth })).status).toBe(404);
      expect((await request(off.base, "/api/local/notifications", { headers: off.auth })).status).toBe(404);
      expect((await request(off.base, "/healthz")).status).toBe(200);
      expect(await off.t.db.user.count()).toBe(0);
    } finally {
      await off.close();
    }
  });
});
