import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotResponse } from "../../bot/types.js";
import { CAST, createRbacWorld, EVERYONE, outcome, type RbacWorld, type Who } from "./rbac-cast.js";

let w: RbacWorld;
beforeAll(async () => {
  w = await createRbacWorld();
});
afterAll(() => w.h.close());

const dealVersion = async () => (await w.h.t.db.deal.findUniqueOrThrow({ where: { id: w.dealId } })).version;

interface Case {
  name: string;
  allowed: Who[];
  run(who: Who): Promise<BotResponse>;
}

const say = (text: string) => (who: Who) => w.h.say(CAST[who], text);
const press = (actionId: string, value: () => Promise<string> | string) => async (who: Who) => w.h.press(CAST[who], { actionId, value: await value() });

// Specification: reps see their own and their team's records and change their own; managers see
// and change their team's; admins everything. Admin-only commands are refused to everyone else.
const CASES: Case[] = [
  { name: "deal show 1", allowed: ["li", "amy", "mia", "boss"], run: say("deal show 1") },
  { name: "button deal.show", allowed: ["li", "amy", "mia", "boss"], run: press("deal.show", () => w.dealId) },
  { name: "company show Northwind", allowed: ["li", "amy", "mia", "boss"], run: say("company show Northwind") },
  { name: "contact show Zhang", allowed: ["li", "amy", "mia", "boss"], run: say("contact show Zhang") },
  { name: "contact add Northwind <new person>", allowed: ["li", "amy", "mia", "boss"], run: (who) => w.h.say(CAST[who], `contact add Northwind Person${who}`) },
  { name: "deal move 1 qualified", allowed: ["li", "mia", "boss"], run: say("deal move 1 qualified") },
  {
    name: "button deal.move-stage",
    allowed: ["li", "mia", "boss"],
    run: press("deal.move-stage", async () => `${w.dealId}:negotiation:${await dealVersion()}`),
  },
  { name: "button followup.done", allowed: ["li", "mia", "boss"], run: press("followup.done", () => w.followUpId) },
  { name: "followup list li", allowed: ["li", "mia", "boss"], run: say("followup list li") },
  // Everyone may export what they may see (the rows are filtered, tested in export.command.test.ts).
  { name: "export companies", allowed: EVERYONE, run: say("export companies") },
  // Everyone may import into the customers they may write (rows of others' customers are refused, import.test.ts).
  { name: "import", allowed: EVERYONE, run: say("import") },
  { name: "import undo", allowed: EVERYONE, run: say("import undo") },
  {
    name: "button form.open edit-deal (guided edit)",
    allowed: ["li", "mia", "boss"],
    run: press("form.open", async () => `edit-deal:${w.dealId}:${await dealVersion()}`),
  },
  {
    name: "button form.field edit-deal amount",
    allowed: ["li", "mia", "boss"],
    run: press("form.field", async () => `edit-deal:${w.dealId}:${await dealVersion()}|amount`),
  },
  { name: "pipeline all", allowed: ["boss"], run: say("pipeline all") },
  { name: "user role amy rep", allowed: ["boss"], run: say("user role amy rep") },
  { name: "user team bob south", allowed: ["boss"], run: say("user team bob south") },
  { name: "audit deal D-1", allowed: ["boss"], run: say("audit deal D-1") },
  { name: "audit company Northwind", allowed: ["boss"], run: say("audit company Northwind") },
  { name: "contact export Zhang", allowed: ["boss"], run: say("contact export Zhang") },
  { name: "contact erase Zhang", allowed: ["boss"], run: say("contact erase Zhang") },
  { name: "contact list Northwind", allowed: ["li", "amy", "mia", "boss"], run: say("contact list Northwind") },
  { name: "deal list", allowed: ["li", "amy", "mia", "bob", "max", "boss"], run: say("deal list") },
  { name: "ticket list", allowed: ["li", "amy", "mia", "bob", "max", "boss"], run: say("ticket list") },
  { name: "quote list", allowed: ["li", "amy", "mia", "bob", "max", "boss"], run: say("quote list") },
  { name: "trash", allowed: ["li", "amy", "mia", "bob", "max", "boss"], run: say("trash") },
  { name: "trash purge all", allowed: ["boss"], run: say("trash purge all") },
  { name: "forecast", allowed: ["li", "amy", "mia", "bob", "max", "boss"], run: say("forecast") },
  { name: "forecast all", allowed: ["boss"], run: say("forecast all") },
  { name: "target", allowed: ["li", "amy", "mia", "bob", "max", "boss"], run: say("target") },
  { name: "target set li 2026-Q4 1m", allowed: ["mia", "boss"], run: say("target set Li 2026-Q4 1m") },
  { name: "report", allowed: ["li", "amy", "mia", "bob", "max", "boss"], run: say("report") },
  { name: "report all", allowed: ["boss"], run: say("report all") },
  { name: "stage list", allowed: ["li", "amy", "mia", "bob", "max", "boss"], run: say("stage list") },
  { name: "stage add <new stage>", allowed: ["boss"], run: (who) => w.h.say(CAST[who], `stage add Review ${who}`) },
  { name: "stage rename qualified", allowed: ["boss"], run: say("stage rename qualified to Qualified / 需求确认") },
  { name: "stage move negotiation", allowed: ["boss"], run: say("stage move negotiation after proposal") },
  { name: "stage probability proposal 40%", allowed: ["boss"], run: say("stage probability proposal 40%") },
  { name: "stage archive/restore", allowed: ["boss"], run: say("stage restore qualified") },
];

describe("permission matrix: each role × each command and card action", () => {
  // Denied first so a refused change is checked against untouched data; then the allowed ones.
  for (const c of CASES) {
    it(`${c.name}: allowed for ${c.allowed.join(", ")} only`, async () => {
      const order = [...EVERYONE.filter((p) => !c.allowed.includes(p)), ...c.allowed];
      const got: Record<string, string> = {};
      for (const who of order) got[who] = outcome(await c.run(who));
      const expected = Object.fromEntries(order.map((who) => [who, c.allowed.includes(who) ? "allowed" : "denied"]));
      expect(got).toEqual(expected);
    });
  }

  it("refused changes left the data as it was; allowed ones changed it", async () => {
    const deal = await w.h.t.db.deal.findUniqueOrThrow({ where: { id: w.dealId }, include: { stage: true } });
    expect(deal.stage.key).toBe("negotiation");
    const moves = await w.h.t.db.auditLog.findMany({ where: { entityId: w.dealId, action: "deal.move" } });
    const movers = await w.h.t.db.user.findMany({ where: { id: { in: moves.map((m) => m.actorId!) } } });
    expect(new Set(movers.map((u) => u.name))).toEqual(new Set(["Li"]));
    expect((await w.h.t.db.followUp.findUniqueOrThrow({ where: { id: w.followUpId } })).done).toBe(true);
    expect((await w.h.t.db.contact.findUniqueOrThrow({ where: { id: w.contactId } })).erasedAt).toBeNull();
  });
});
