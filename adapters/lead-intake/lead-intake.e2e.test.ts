import { beforeAll, describe, expect, it } from "vitest";
import { leadCard } from "../../cards/lead.card.js";
import type { Actor } from "../../domain/shared/actor.js";
import { createActor } from "../../test/actors.js";
import { useTestApp } from "../../test/use-test-app.js";
import { cardMarkdown, standardCardData } from "../dingtalk/render-dingtalk-card.js";
import { renderSlackMessage } from "../slack/render-slack-blocks.js";
import { renderWecomMarkdown } from "../wecom/render-wecom-markdown.js";
import { renderWecomCard } from "../wecom/render-wecom-template-card.js";
import { MAX_LEAD_BYTES } from "./lead-intake.settings.js";

interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

function poster(base: () => string) {
  return async (body: unknown, options: { token?: string; headers?: Record<string, string>; path?: string; form?: boolean } = {}): Promise<Answer> => {
    const headers: Record<string, string> = {
      "content-type": options.form ? "application/x-www-form-urlencoded" : "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    };
    const payload = typeof body === "string" ? body : options.form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
    const res = await fetch(`${base()}${options.path ?? "/api/leads"}`, { method: "POST", headers, body: payload });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}

describe("POST /api/leads", () => {
  // The local API is on (its guard must not stand in front of this route) with an unknown token.
  const live = useTestApp({ outboxPollMs: 0, env: { CRM_LEAD_RATE_LIMIT_PER_MINUTE: "0" } });
  const post = poster(() => live.base);
  let admin: Actor;
  let token = "";
  let disabledToken = "";
  let teamId = "";
  let expoId = "";
  let webinarId = "";
  const leadCount = () => live.app.db.lead.count();
  const leadOf = (id: unknown) => live.app.db.lead.findUniqueOrThrow({ where: { id: String(id) } });

  beforeAll(async () => {
    const { db, domain } = live.app;
    admin = await createActor(db, "Admin", "admin", "East");
    teamId = admin.teamId!;
    expoId = (await domain.campaigns.create(admin, { name: "Spring Expo" })).id;
    webinarId = (await domain.campaigns.create(admin, { name: "Webinar" })).id;
    token = (await domain.leadSources.create(admin, { name: "Website", teamId, campaignId: expoId })).token;
    disabledToken = (await domain.leadSources.create(admin, { name: "Old form" })).token;
    await domain.leadSources.setEnabled(admin, "Old form", false);
  });

  it("creates a lead in the source's team pool with the source's campaign (201), source web", async () => {
    const res = await post({ name: "Wang Wei", companyName: "Acme", phone: "13800138000", externalId: "f-1", utm_medium: "cpc" }, { token });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ id: expect.any(String), number: expect.any(Number), status: "created" });
    const lead = await leadOf(res.json.id);
    expect(lead).toMatchObject({ ownerId: null, teamId, campaignId: expoId, source: "web", externalId: "f-1", status: "new" });
    const view = await live.app.domain.leads.view(lead);
    expect(view.phone).toBe("13800138000");
  });

  it("returns the same lead for the same externalId or Idempotency-Key (200 existing), writing nothing", async () => {
    const first = await post({ name: "Li Na", email: "li@example.com", externalId: "f-2" }, { token });
    const before = await leadCount();
    const again = await post({ name: "Li Na", email: "li@example.com", externalId: "f-2" }, { token });
    expect(again).toMatchObject({ status: 200, json: { id: first.json.id, number: first.json.number, status: "existing" } });
    const keyed = await post({ name: "Zhao Lei", email: "zhao@example.com" }, { token, headers: { "idempotency-key": "req-77" } });
    expect(keyed.status).toBe(201);
    const keyedAgain = await post({ name: "Zhao Lei", email: "zhao@example.com" }, { token, headers: { "idempotency-key": "req-77" } });
    expect(keyedAgain).toMatchObject({ status: 200, json: { id: keyed.json.id, status: "existing" } });
    expect(await leadCount()).toBe(before + 1);
  });

  it("settles simultaneous submissions of one externalId on one lead", async () => {
    const before = await leadCount();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post({ name: "Sun Li", email: "sun@example.com", externalId: "f-race" }, { token })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(1);
    expect(await leadCount()).toBe(before + 1);
  });

  it("merges a second submission with the same phone into the open lead (200 merged)", async () => {
    const first = await post({ name: "Chen Jie", phone: "+86 139-0000-1111", notes: "wants a demo" }, { token });
    const before = await leadCount();
    const second = await post({ name: "Chen Jie", phone: "13900001111", notes: "asked again about pricing" }, { token });
    expect(second).toMatchObject({ status: 200, json: { id: first.json.id, number: first.json.number, status: "merged" } });
    expect(await leadCount()).toBe(before);
    const lead = await leadOf(first.json.id);
    expect(lead.notes).toContain("wants a demo");
    expect(lead.notes).toContain("asked again about pricing");
  });

  it("a merge fills in what the open lead lacked, and the same submission again merges nothing more", async () => {
    const first = await post({ name: "Lu Fang", phone: "13900002222" }, { token });
    const submission = {
      name: "Lu Fang",
      phone: "139 0000 2222",
      email: "lu@example.com",
      companyName: "Initrode",
      region: "上海",
      notes: "second form",
      externalId: "f-merge-1",
    };
    const merged = await post(submission, { token });
    expect(merged).toMatchObject({ status: 200, json: { id: first.json.id, status: "merged" } });
    const again = await post(submission, { token });
    expect(again).toMatchObject({ status: 200, json: { id: first.json.id, status: "existing" } });
    const lead = await live.app.domain.leads.view(await leadOf(first.json.id));
    expect(lead).toMatchObject({ email: "lu@example.com", companyName: "Initrode", region: "上海", touches: 1 });
    expect(lead.notes?.match(/second form/gu)).toHaveLength(1);
    // The email is sealed and hashed like one posted at first: a new lead with it is found as a duplicate.
    expect((await leadOf(first.json.id)).email).not.toBe("lu@example.com");
    expect((await post({ name: "Someone", email: "LU@example.com" }, { token })).json.id).toBe(first.json.id);
  });

  it("takes a campaign the payload names when it exists, else the source's", async () => {
    const named = await post({ name: "Hu Bo", email: "hu@example.com", campaign: "webinar" }, { token });
    expect((await leadOf(named.json.id)).campaignId).toBe(webinarId);
    const unknown = await post({ name: "Ma Yun", email: "ma@example.com", campaign: "No such campaign" }, { token });
    expect(unknown.status).toBe(201);
    expect((await leadOf(unknown.json.id)).campaignId).toBe(expoId);
  });

  it("accepts the token in X-Lead-Token and a form post (blank fields ignored)", async () => {
    const form = {
      name: "Gao Feng",
      email: "gao@example.com",
      phone: "",
      companyName: "Initech",
      website: "",
      source: "ads",
      region: "Guangdong",
      industry: "Retail",
    };
    const res = await post(form, { form: true, headers: { "x-lead-token": token } });
    expect(res.status).toBe(201);
    const lead = await live.app.domain.leads.view(await leadOf(res.json.id));
    expect(lead).toMatchObject({
      name: "Gao Feng",
      email: "gao@example.com",
      phone: null,
      companyName: "Initech",
      source: "ads",
      region: "Guangdong",
      industry: "Retail",
    });
  });

  it("refuses a missing, wrong or disabled token with 401 and writes nothing", async () => {
    const before = await leadCount();
    const body = { name: "Eve", email: "eve@example.com" };
    for (const res of [
      await post(body),
      await post(body, { token: "lsk_wrongwrongwrongwrongwrongwrongwr" }),
      await post(body, { token: token.slice(0, -1) }),
      await post(body, { token: disabledToken }),
      await post(body, { headers: { "x-lead-token": "nope" } }),
      await post(body, { headers: { authorization: `Basic ${token}` } }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: "unauthorized" });
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
    }
    expect(await leadCount()).toBe(before);
  });

  it("refuses a body over the limit with 413, on any spelling of the path", async () => {
    const before = await leadCount();
    const big = { name: "Big", email: "big@example.com", notes: "x".repeat(MAX_LEAD_BYTES) };
    for (const path of ["/api/leads", "/API/Leads", "/api/leads/"]) {
      const res = await post(big, { token, path });
      expect(res.status).toBe(413);
    }
    const form = await post({ name: "Big", email: "big@example.com", notes: "y".repeat(MAX_LEAD_BYTES) }, { token, form: true });
    expect(form).toMatchObject({ status: 413, json: { error: "request body too large", limitBytes: MAX_LEAD_BYTES } });
    expect(await leadCount()).toBe(before);
  });

  it("lists every bad field with 422 and writes nothing; bad JSON is 400, other types 415", async () => {
    const before = await leadCount();
    const res = await post({ name: 123, email: "not-an-email", phone: "call me", source: "fax", notes: ["a"] }, { token });
    expect(res.status).toBe(422);
    const fields = [...new Set((res.json.issues as { field: string }[]).map((i) => i.field))].sort();
    expect(fields).toEqual(["email", "name", "notes", "phone", "source"]);
    const noWayToReach = await post({ name: "Nobody" }, { token });
    expect(noWayToReach).toMatchObject({ status: 422, json: { issues: [{ field: "phone" }] } });
    expect((await post("{not json", { token })).status).toBe(400);
    expect((await post("[1,2]", { token })).status).toBe(400);
    expect((await post("name=x", { token, headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect(await leadCount()).toBe(before);
  });

  it("answers a filled honeypot field like a success (202) and writes nothing", async () => {
    const before = await leadCount();
    const bot = { name: "Spam Bot", email: "spam@example.com" };
    for (const field of ["website", "url", "_hp"]) {
      expect(await post({ ...bot, [field]: "http://spam.example" }, { token })).toMatchObject({ status: 202, json: { status: "accepted" } });
      expect(await post({ ...bot, [field]: "x" }, { token, form: true })).toMatchObject({ status: 202, json: { status: "accepted" } });
    }
    expect(await leadCount()).toBe(before);
  });

  it("stores markup as plain text, and no card renderer turns it into a link, tag or mention", async () => {
    const name = "*bold* <a href=x>";
    const companyName = "<@U123> Acme";
    const notes = "[link](http://x) <!channel> *bold* <a href=x>y</a> @here";
    const res = await post({ name, companyName, email: "markup@example.com", notes }, { token });
    expect(res.status).toBe(201);
    const view = await live.app.domain.leads.view(await leadOf(res.json.id));
    expect(view).toMatchObject({ name, companyName, notes });

    const card = leadCard(view, { locale: "en", timeZone: "Asia/Shanghai" });
    // Slack: the header is plain_text; every mrkdwn object is escaped and verbatim (no auto-links).
    const slack = JSON.stringify(renderSlackMessage(card).blocks);
    for (const text of slack.match(/\{"type":"mrkdwn"[^}]*\}/g) ?? []) {
      for (const active of ["<@", "<!", "<a ", "<http"]) expect(text).not.toContain(active);
      expect(text).toContain('"verbatim":true');
    }
    expect(slack).toContain("&lt;@U123&gt; Acme");
    // WeCom markdown has no escape: marks become look-alikes. The template card's text is plain (shown as typed).
    const wecom = renderWecomMarkdown(card);
    expect(wecom).not.toMatch(/<@|<!|<a |\[link\]|\*bold\*/);
    expect(wecom).toContain("＜@U123＞ Acme");
    const template = renderWecomCard(card, { taskId: "t1", cardUrl: "https://crm.example" });
    expect(template.msgtype).toBe("template_card");
    // DingTalk markdown: backslash escapes and full-width angle brackets.
    const dingtalkCard = (standardCardData(card).contents as { type: string; text?: string }[]).filter((c) => c.type === "markdown").map((c) => c.text);
    for (const text of [dingtalkCard.join("\n"), cardMarkdown(card).text]) {
      expect(text).not.toMatch(/<@|<!|<a |(?<!\\)\[link|(?<!\\)\*bold/);
      expect(text).toContain("＜@U123＞ Acme");
    }
  });
});

describe("POST /api/leads rate limit", () => {
  const live = useTestApp({ outboxPollMs: 0, env: { CRM_LEAD_RATE_LIMIT_PER_MINUTE: "1", CRM_LEAD_RATE_LIMIT_BURST: "3" } });
  const post = poster(() => live.base);

  it("answers 429 with Retry-After past the token's limit, writing nothing; another token is not affected", async () => {
    const { db, domain } = live.app;
    const admin = await createActor(db, "Admin", "admin");
    const token = (await domain.leadSources.create(admin, { name: "Ads" })).token;
    const other = (await domain.leadSources.create(admin, { name: "Partner" })).token;
    for (let i = 0; i < 3; i++) expect((await post({ name: `Lead ${i}`, email: `l${i}@example.com` }, { token })).status).toBe(201);
    const refused = await post({ name: "Lead 3", email: "l3@example.com" }, { token });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await db.lead.count()).toBe(3);
    expect((await post({ name: "Lead 4", email: "l4@example.com" }, { token: other })).status).toBe(201);
  });
});

describe("POST /api/leads wrong tokens", () => {
  const live = useTestApp({ outboxPollMs: 0, env: { CRM_LEAD_WRONG_TOKEN_BURST: "3", CRM_LEAD_WRONG_TOKENS_PER_MINUTE: "1" } });
  const post = poster(() => live.base);

  it("an address that keeps guessing is refused with 429 before any look-up, even with a right token, until its turn comes back", async () => {
    const { db, domain } = live.app;
    const admin = await createActor(db, "Admin", "admin");
    const token = (await domain.leadSources.create(admin, { name: "Site" })).token;
    const body = { name: "Eve", email: "eve@example.com" };
    // Right tokens do not count against it, nor does a disabled source's form still posting.
    expect((await post(body, { token })).status).toBe(201);
    const old = await domain.leadSources.create(admin, { name: "Old form" });
    await domain.leadSources.setEnabled(admin, "Old form", false);
    for (let i = 0; i < 5; i++) expect((await post(body, { token: old.token })).status).toBe(401);
    for (let i = 0; i < 3; i++) expect((await post(body, { token: `lsk_guess${i}guessguessguessguessguessgu` })).status).toBe(401);
    const refused = await post(body, { token: "lsk_guess4guessguessguessguessguessgu" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await post({ name: "Ann", email: "ann@example.com" }, { token })).status).toBe(429);
    expect(await db.lead.count()).toBe(1);
  });
});
