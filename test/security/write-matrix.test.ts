import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotResponse } from "../../bot/types.js";
import { textOf } from "../bot-harness.js";
import { CAST, createRbacWorld, outcome, type RbacWorld } from "./rbac-cast.js";

let w: RbacWorld;
beforeAll(async () => {
  w = await createRbacWorld();
});
afterAll(() => w.h.close());

// Specification (one rule for every write path). A customer (company) belongs to its owner's team:
// admins write on every customer, managers and reps on their own team's customers (and on customers
// of no team); nobody writes on another team's customer. A deal's own changes (stage, won, lost)
// stay with its owner, the owner's manager and admins.
type Actor = "amy" | "mia" | "boss";
type Relation = "own" | "team" | "other";
const ROLE: Record<Actor, string> = { amy: "rep", mia: "manager", boss: "admin" };
/** Who owns the customer of a cell: the actor, a teammate (li, north) or another team's rep (bob, south). */
const OWNER = (actor: Actor, rel: Relation) => (rel === "own" ? actor : rel === "team" ? "li" : "bob");

interface Target {
  name: string;
  companyId: string;
  deal: { id: string; number: number; version: number } | null;
}

let cellCount = 0;
/** A fresh customer per cell (and a deal on it when the command needs one), so cells never share state. */
async function target(actor: Actor, rel: Relation, withDeal: boolean): Promise<Target> {
  const n = cellCount++;
  const name = `Zk${String.fromCharCode(97 + Math.floor(n / 26))}${String.fromCharCode(97 + (n % 26))}`;
  const owner = CAST[OWNER(actor, rel)];
  await w.h.say(owner, `company add ${name} B`);
  const company = await w.h.t.db.company.findFirstOrThrow({ where: { name } });
  if (!withDeal) return { name, companyId: company.id, deal: null };
  await w.h.say(owner, `deal new ${name} 10k`);
  const deal = await w.h.t.db.deal.findFirstOrThrow({ where: { companyId: company.id } });
  return { name, companyId: company.id, deal: { id: deal.id, number: deal.number, version: deal.version } };
}

const submit = (who: Actor, formId: string, values: Record<string, string>) =>
  w.h.inbox.handle({
    type: "card.submit",
    channel: "local",
    user: { platformUserId: CAST[who].platformUserId, displayName: CAST[who].displayName, locale: "en" },
    conversation: { id: `dm:${who}`, kind: "direct" },
    formId,
    values,
  });

/** Everything written about a customer: any of these counts growing means the write went through. */
async function writtenOn(companyId: string): Promise<number> {
  const db = w.h.t.db;
  const where = { companyId };
  const counts = await Promise.all([
    db.activity.count({ where }),
    db.deal.count({ where }),
    db.followUp.count({ where }),
    db.ticket.count({ where }),
    db.quote.count({ where }),
    db.contact.count({ where }),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
const closed = async (t: Target) => (await w.h.t.db.deal.findUniqueOrThrow({ where: { id: t.deal!.id }, include: { stage: true } })).stage.kind !== "open";

interface Case {
  name: string;
  /** "customer": allowed on own and team customers; "deal": only what the actor may change (own; team for managers). */
  level: "customer" | "deal";
  run(who: Actor, t: Target): Promise<BotResponse>;
}

const CASES: Case[] = [
  { name: "log <sentence>", level: "customer", run: (who, t) => w.h.say(CAST[who], `log called ${t.name} about pricing`) },
  { name: "sentence creating a deal", level: "customer", run: (who, t) => w.h.say(CAST[who], `met ${t.name} today, budget 50k`) },
  { name: "form log-call", level: "customer", run: (who, t) => submit(who, "log-call", { company: t.name, summary: "called them about the renewal" }) },
  { name: "deal new", level: "customer", run: (who, t) => w.h.say(CAST[who], `deal new ${t.name} 20k`) },
  { name: "deal new ... won", level: "customer", run: (who, t) => w.h.say(CAST[who], `deal new ${t.name} 20k won`) },
  { name: "form new-deal", level: "customer", run: (who, t) => submit(who, "new-deal", { company: t.name, amount: "30k" }) },
  { name: "followup add", level: "customer", run: (who, t) => w.h.say(CAST[who], `followup add tomorrow 3pm call ${t.name}`) },
  { name: "ticket new", level: "customer", run: (who, t) => w.h.say(CAST[who], `ticket new ${t.name} printer broken`) },
  { name: "forwarded customer message", level: "customer", run: (who, t) => w.h.say(CAST[who], `Fwd: ${t.name} says the login page is down`) },
  { name: "quote new", level: "customer", run: (who, t) => w.h.say(CAST[who], `quote new ${t.name}`) },
  { name: "contact add", level: "customer", run: (who, t) => w.h.say(CAST[who], `contact add ${t.name} Wang 13900000000`) },
  { name: "deal move <n> won", level: "deal", run: (who, t) => w.h.say(CAST[who], `deal move ${t.deal!.number} won`) },
  { name: "deal move <n> lost", level: "deal", run: (who, t) => w.h.say(CAST[who], `deal move ${t.deal!.number} lost`) },
  {
    name: "button deal.move-stage won",
    level: "deal",
    run: (who, t) => w.h.press(CAST[who], { actionId: "deal.move-stage", value: `${t.deal!.id}:won:${t.deal!.version}` }),
  },
  { name: "button deal.mark-lost", level: "deal", run: (who, t) => w.h.press(CAST[who], { actionId: "deal.mark-lost", value: t.deal!.id }) },
];

const ALLOWED: Record<Case["level"], Record<Actor, Relation[]>> = {
  customer: { amy: ["own", "team"], mia: ["own", "team"], boss: ["own", "team", "other"] },
  deal: { amy: ["own"], mia: ["own", "team"], boss: ["own", "team", "other"] },
};

const CELLS = (["amy", "mia", "boss"] as const).flatMap((who) => (["own", "team", "other"] as const).map((rel) => [who, rel] as const));

describe("write matrix: command × role × whose customer", () => {
  for (const c of CASES) {
    it.each(CELLS)(`${c.name}: %s (${"%s"}) customer`, async (who, rel) => {
      const t = await target(who, rel, c.level === "deal");
      const before = await writtenOn(t.companyId);
      const reply = await c.run(who, t);
      const expected = ALLOWED[c.level][who].includes(rel) ? "allowed" : "denied";
      const label = `${c.name} by ${who} (${ROLE[who]}) on ${rel}: ${textOf(reply)}`;
      expect(outcome(reply), label).toBe(expected);
      if (c.level === "deal") expect(await closed(t), label).toBe(expected === "allowed");
      else if (expected === "allowed") expect(await writtenOn(t.companyId), label).toBeGreaterThan(before);
      else expect(await writtenOn(t.companyId), label).toBe(before);
      // The refusal of another team's customer says whose it is and whom to ask.
      if (expected === "denied" && c.level === "customer") expect(textOf(reply), label).toMatch(/Bob[\s\S]*south[\s\S]*(Max|admin)/);
      expect(w.h.errors).toEqual([]);
    });
  }
});

describe("the refusal in Chinese", () => {
  it("names the owner, the team and whom to ask", async () => {
    await w.h.say(CAST.li, "company add Zhongbei B");
    const reply = textOf(await w.h.say({ ...CAST.bob, locale: "zh" }, "商机 新建 Zhongbei 5万"));
    expect(reply).toContain("没有权限");
    expect(reply).toContain("Li");
    expect(reply).toContain("north");
    expect(reply).toMatch(/Mia|管理员/);
  });
});

describe("getting access: the owning team's manager or an admin transfers the customer", () => {
  it("another team's manager cannot take it; north's manager hands it to bob, who can then write", async () => {
    await w.h.say(CAST.li, "company add Handover B");
    expect(outcome(await w.h.say(CAST.bob, "log called Handover about pricing"))).toBe("denied");
    expect(outcome(await w.h.say(CAST.max, "company transfer Handover @bob"))).toBe("denied");
    expect(outcome(await w.h.say(CAST.amy, "company transfer Handover @bob"))).toBe("denied");
    expect(textOf(await w.h.say(CAST.mia, "company transfer Handover @bob"))).toMatch(/Handover now belongs to Bob \(local · bob\) \(team south\)/);
    const company = await w.h.t.db.company.findFirstOrThrow({ where: { name: "Handover" } });
    expect(await w.h.t.db.auditLog.count({ where: { action: "company.transfer", entityId: company.id } })).toBe(1);
    expect(outcome(await w.h.say(CAST.bob, "log called Handover about pricing"))).toBe("allowed");
    expect(await w.h.t.db.activity.count({ where: { companyId: company.id } })).toBe(1);
    expect(outcome(await w.h.say(CAST.li, "log called Handover again"))).toBe("denied");
  });
});
