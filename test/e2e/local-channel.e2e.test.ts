import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrmApp } from "../../app/create-app.js";
import { fixedClock } from "../../domain/shared/clock.js";
import { startTestApp, type TestApp } from "../test-app.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
const NOW = new Date("2026-11-25T02:00:00Z");

interface ReplyJson {
  text?: string;
  plainText?: string;
  card?: { title: string; blocks: { type: string; buttons?: { label: string; actionId: string; value: string }[] }[] };
}

let started: TestApp;
let app: CrmApp;
let base: string;
const TOKEN = randomBytes(32).toString("base64url");
const json = { "content-type": "application/json", authorization: `Bearer ${TOKEN}` };

async function post(path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: json, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as { replies: ReplyJson[]; duplicate: boolean; error?: string } };
}
const say = async (user: string, text: string, extra: Record<string, unknown> = {}) => (await post("/api/local/messages", { user, text, ...extra })).json;
const press = async (user: string, button: { actionId: string; value: string }) =>
  (await post("/api/local/actions", { user, actionId: button.actionId, value: button.value })).json;
const allText = ({ replies }: { replies: ReplyJson[] }) => replies.map((r) => `${r.text ?? ""}\n${r.plainText ?? ""}`).join("\n");
const buttons = ({ replies }: { replies: ReplyJson[] }) => replies.flatMap((r) => r.card?.blocks.flatMap((b) => b.buttons ?? []) ?? []);

beforeAll(async () => {
  started = await startTestApp({ clock: fixedClock(NOW), apiToken: TOKEN });
  app = started.app;
  base = started.base;
  // The first person to talk to an empty CRM becomes its admin; the rep comes second.
  await say("boss", "help");
  await say("li", "帮助", { displayName: "李雷" });
  await say("amy", "help", { displayName: "Amy Chen" });
});

afterAll(async () => {
  await started?.close();
});

describe("a rep's day through the local HTTP channel", () => {
  it("logs a call from a sentence: activity, follow-up, new deal at Proposal, then moves and wins it", async () => {
    expect(allText(await say("amy", "company add Acme Corp B"))).toContain("Acme Corp");

    const logged = await say("amy", "called Acme, they want a quote next Tuesday, budget 200k");
    const text = allText(logged);
    expect(text).toContain("Logged a call with Acme Corp");
    expect(text).toContain("New deal #1");

    const deal = await app.db.deal.findUniqueOrThrow({ where: { number: 1 }, include: { stage: true } });
    expect(deal.stage.key).toBe("proposal");
    expect(deal.amountMinor).toBe(20_000_000n);
    expect(deal.currency).toBe("USD");
    const activity = await app.db.activity.findFirstOrThrow({ where: { dealId: deal.id } });
    expect(activity.kind).toBe("call");
    const followUp = await app.db.followUp.findFirstOrThrow({ where: { dealId: deal.id } });
    // Next Tuesday 09:00 Shanghai = 01:00 UTC.
    expect(followUp.dueAt.toISOString()).toBe("2026-12-01T01:00:00.000Z");

    const moved = await say("amy", "deal move 1 negotiation");
    expect(allText(moved)).toContain("Negotiation");
    const won = buttons(moved).find((b) => b.label === "Mark won");
    expect(won).toBeDefined();
    const afterClick = await press("amy", won!);
    expect(allText(afterClick)).toContain("Won");

    const history = await app.db.dealStageChange.count({ where: { dealId: deal.id } });
    expect(history).toBe(3);
    const pipeline = allText(await say("amy", "pipeline"));
    expect(pipeline).toMatch(/Won: 1 deal · \$200,000/);
  });

  it("a stale card button is refused instead of overwriting a newer change", async () => {
    const first = await say("amy", "deal new Acme 50k qualified");
    const stale = buttons(first).find((b) => b.actionId === "deal.move-stage" && b.value.includes(":proposal:"));
    await say("amy", "deal move 2 lost");
    const reply = await press("amy", stale!);
    expect(allText(reply)).toContain("changed this record");
    const deal = await app.db.deal.findUniqueOrThrow({ where: { number: 2 }, include: { stage: true } });
    expect(deal.stage.key).toBe("lost");
  });

  it("asks before creating an unknown company, then logs the Chinese sentence in one go", async () => {
    const asked = await say("li", "跟华为的张总通了电话，下周二给报价，预算20万");
    expect(allText(asked)).toContain("华为");
    expect(await app.db.company.count({ where: { name: "华为" } })).toBe(0);
    const create = buttons(asked).find((b) => b.label.includes("新建"));
    const done = await press("li", create!);
    expect(allText(done)).toContain("已记录电话：华为");
    const company = await app.db.company.findFirstOrThrow({ where: { name: "华为" } });
    const deal = await app.db.deal.findFirstOrThrow({ where: { companyId: company.id }, include: { stage: true } });
    expect(deal.amountMinor).toBe(20_000_000n);
    expect(deal.currency).toBe("CNY");
    expect(deal.stage.key).toBe("proposal");
    // Pressing the same button again does nothing twice.
    expect(allText(await press("li", create!))).toContain("失效");
    expect(await app.db.company.count({ where: { name: "华为" } })).toBe(1);
  });

  it("asks which company when a name matches two", async () => {
    await say("amy", "company add Acme Logistics");
    const asked = await say("amy", "called Acme about the shipping delay");
    const options = buttons(asked);
    expect(options.map((b) => b.label)).toEqual(expect.arrayContaining(["Acme Corp", "Acme Logistics"]));
    const before = await app.db.activity.count();
    const reply = await press("amy", options.find((b) => b.label === "Acme Logistics")!);
    expect(allText(reply)).toContain("Acme Logistics");
    expect(await app.db.activity.count()).toBe(before + 1);
  });

  it("a command naming two companies asks with buttons and re-runs with the chosen one", async () => {
    const asked = await say("amy", "company show Acme");
    const options = buttons(asked);
    expect(options.map((b) => b.label)).toEqual(expect.arrayContaining(["Acme Corp", "Acme Logistics"]));
    const shown = await press("amy", options.find((b) => b.label === "Acme Logistics")!);
    expect(shown.replies[0]?.card?.title).toBe("Acme Logistics · C");
  });

  it("treats a platform retry of the same event as a no-op", async () => {
    const before = await app.db.activity.count();
    const first = await say("li", "log emailed Acme Corp the brochure", { eventId: "evt-1" });
    const again = await say("li", "log emailed Acme Corp the brochure", { eventId: "evt-1" });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(await app.db.activity.count()).toBe(before + 1);
  });

  it("answers bad input clearly and writes nothing", async () => {
    const activities = await app.db.activity.count();
    const audits = await app.db.auditLog.count();
    expect(allText(await say("li", "   "))).toContain("没有收到内容");
    expect(allText(await say("li", "x".repeat(10_000)))).toMatch(/10000/);
    expect(allText(await say("li", "'; DROP TABLE Deal; --"))).not.toContain("Sorry");
    expect(allText(await say("li", "🎉🎉🎉"))).not.toContain("Sorry");
    const badDate = await say("li", "跟Acme Corp通了电话，32号回访");
    expect(allText(badDate)).toContain("32号");
    expect(await app.db.activity.count()).toBe(activities);
    expect(await app.db.auditLog.count()).toBe(audits);
    expect(await app.db.deal.count()).toBeGreaterThan(0);

    const bad = await post("/api/local/messages", { text: "no user" });
    expect(bad.status).toBe(400);
    const raw = (body: string) => fetch(`${base}/api/local/messages`, { method: "POST", headers: json, body });
    expect((await raw("{not json")).status).toBe(400);
    expect((await raw(JSON.stringify({ user: "li", text: "x".repeat(2_000_000) }))).status).toBe(413);
    expect(await app.db.activity.count()).toBe(activities);
  });

  it("keeps a newcomer from moving someone else's deal", async () => {
    const reply = await say("stranger", "deal move 1 lost");
    expect(allText(reply)).toMatch(/permission|没有权限/);
    const deal = await app.db.deal.findUniqueOrThrow({ where: { number: 1 }, include: { stage: true } });
    expect(deal.stage.key).toBe("won");
  });
});
