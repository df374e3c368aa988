import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Notifier } from "../../bot/delivery/notifier.js";
import { textOf } from "../bot-harness.js";
import { CAST, createRbacWorld, type RbacWorld, type Who } from "./rbac-cast.js";

// Quote approval is a control on the sales team: the manager whose team's discounts it checks must
// not be able to switch it off. An admin-set company floor bounds every team policy from below.
let w: RbacWorld;
const NORTH_ROOM = "north-approvals";
beforeAll(async () => {
  w = await createRbacWorld({ notifier: new Notifier(["local"]) });
  // Mia registers north's approvals chat from the group itself; south has none.
  await w.h.inbox.handle({
    type: "message",
    channel: "local",
    user: { platformUserId: "mia", displayName: "Mia", locale: "en" },
    conversation: { id: NORTH_ROOM, kind: "group" },
    text: "channel approvals",
  });
});
afterAll(() => w.h.close());

const db = () => w.h.t.db;
const teamId = async (name: string) => (await db().team.findUniqueOrThrow({ where: { name } })).id;
const say = (who: Who, text: string) => w.h.say(CAST[who], text);
const roomMessages = async () => db().outboxMessage.findMany({ where: { conversationId: NORTH_ROOM } });
/** What reached north's approvals chat since `seen` (ids listed before the action). */
const newInRoom = async (seen: { id: string }[]) => (await roomMessages()).filter((m) => !seen.some((s) => s.id === m.id)).map((m) => m.payload);

/** A full-discount quote by li (north) on Northwind, submitted: "approved" means nobody checked it. */
async function submitFullDiscount(): Promise<string> {
  await say("li", "quote new Northwind");
  await say("li", "quote line Server 1 10000 100%");
  await say("li", "quote submit");
  const li = await db().user.findFirstOrThrow({ where: { name: "Li" } });
  const quote = await db().quote.findFirstOrThrow({ where: { ownerId: li.id }, orderBy: { number: "desc" } });
  expect(quote.maxDiscountBp).toBe(10_000);
  return quote.status;
}

describe("company floor for quote approval", () => {
  it("the 100:- attack: a manager cannot make a 100 % discount auto-approved", async () => {
    const reply = textOf(await say("mia", "quote policy 100:-"));
    expect(reply).toMatch(/floor/i);
    expect(reply).toMatch(/10%[\s\S]*20%[\s\S]*manager[\s\S]*director/);
    expect(await db().approvalPolicy.count({ where: { teamId: await teamId("north") } })).toBe(0);
    expect(await submitFullDiscount()).toBe("pending");
  });

  it("a looser team policy stored before the floor existed is tightened when read", async () => {
    const north = await teamId("north");
    await db().approvalPolicy.create({ data: { teamId: north, tiers: JSON.stringify([{ upToBp: 10_000, approvers: [] }]) } });
    const status = await submitFullDiscount();
    await db().approvalPolicy.deleteMany({ where: { teamId: north } });
    expect(status).toBe("pending");
    const quote = await db().quote.findFirstOrThrow({ orderBy: { number: "desc" }, include: { approvals: { orderBy: { step: "asc" } } } });
    expect(quote.approvals.map((a) => a.approverRole)).toEqual(["manager", "director"]);
  });

  it("only an admin changes the floor; a manager's attempt changes nothing", async () => {
    expect(textOf(await say("mia", "quote policy floor 100:-"))).toMatch(/only an admin/i);
    expect(textOf(await say("max", "报价 规则 底线 100:-"))).toMatch(/只有管理员/);
    expect(await db().approvalPolicy.count({ where: { teamId: null } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: { startsWith: "approval-policy" } } })).toBe(0);
  });

  it("a manager may tighten their team's policy: audited before/after and announced in the approvals chat", async () => {
    const seen = await roomMessages();
    const reply = textOf(await say("mia", "quote policy 5:- 20:manager 100:manager,director"));
    expect(reply).toMatch(/updated/i);
    expect(reply).toMatch(/approvals chat/i);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "approval-policy.set", entityId: await teamId("north") } });
    expect(JSON.parse(audit.after!)).toMatchObject({ tiers: [{ upToBp: 500 }, { upToBp: 2000 }, { upToBp: 10_000 }] });
    expect(audit.before).not.toBeNull();
    const posted = await newInRoom(seen);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatch(/Mia/);
    expect(posted[0]).toMatch(/5%/);
  });

  it("a team without an approvals chat is told so", async () => {
    const reply = textOf(await say("max", "quote policy 5:- 20:manager 100:manager,director"));
    expect(reply).toMatch(/updated/i);
    expect(reply).toMatch(/no approvals chat/i);
    expect(reply).toContain("channel approvals");
  });

  it("an admin's floor change is audited and announced; team policies below the new floor are tightened", async () => {
    const seen = await roomMessages();
    const reply = textOf(await say("boss", "quote policy floor 0:- 20:manager 100:manager,director"));
    expect(reply).toMatch(/floor/i);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "approval-policy.floor" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ tiers: [{ upToBp: 1000, approvers: [] }, { upToBp: 2000 }, { upToBp: 10_000 }] });
    expect(JSON.parse(audit.after!)).toMatchObject({ tiers: [{ upToBp: 0, approvers: [] }, { upToBp: 2000 }, { upToBp: 10_000 }] });
    expect(await newInRoom(seen)).toHaveLength(1);
    // South has no approvals chat: the admin hears it.
    expect(reply).toMatch(/south/);
    // North's "≤5 % auto" is now below the floor: only 0 % is auto-approved, a 5 % quote needs the manager.
    const shown = textOf(await say("li", "quote policy"));
    expect(shown).toMatch(/≤0%: auto/);
    expect(shown).not.toMatch(/≤5%: auto/);
  });
});
