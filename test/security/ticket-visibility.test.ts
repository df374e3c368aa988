import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textOf } from "../bot-harness.js";
import { CAST, createRbacWorld, EVERYONE, outcome, type RbacWorld } from "./rbac-cast.js";

let w: RbacWorld;
let ticketId: string;
beforeAll(async () => {
  w = await createRbacWorld();
  await w.h.say(CAST.li, "ticket new Northwind Printer driver crashes on login high");
  ticketId = (await w.h.t.db.ticket.findUniqueOrThrow({ where: { number: 1 } })).id;
});
afterAll(() => w.h.close());

// A ticket is read by its sequential number; the number is no secret, so the read must check the
// same rule as the ticket's customer: their team (and admins, the reporter, the assignee, agents).
describe("reading a ticket by number", () => {
  it("ticket show <n>: allowed to Northwind's team and admins, refused to team south", async () => {
    const got: Record<string, string> = {};
    for (const who of EVERYONE) got[who] = outcome(await w.h.say(CAST[who], "ticket show 1"));
    expect(got).toEqual({ boss: "allowed", li: "allowed", amy: "allowed", mia: "allowed", bob: "denied", max: "denied" });
  });

  it("the refusal is friendly and shows nothing of the ticket", async () => {
    for (const text of ["ticket show 1", "ticket show T1", "工单 查看 #1"]) {
      const reply = textOf(await w.h.say(CAST.bob, text));
      expect(reply).not.toContain("Printer");
      expect(reply).not.toContain("Northwind");
      expect(reply).toMatch(/don't have permission|没有权限/);
    }
    expect(w.h.errors).toEqual([]);
  });

  it("status and CSAT by number or button are refused to team south and change nothing", async () => {
    for (const text of ["ticket start 1", "ticket close 1", "ticket csat 1 1 bad"]) {
      expect(outcome(await w.h.say(CAST.bob, text)), text).toBe("denied");
    }
    expect(outcome(await w.h.press(CAST.max, { actionId: "ticket.status", value: `${ticketId}:closed` }))).toBe("denied");
    expect(outcome(await w.h.press(CAST.bob, { actionId: "ticket.csat", value: `${ticketId}:1` }))).toBe("denied");
    const ticket = await w.h.t.db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect([ticket.status, ticket.csatScore]).toEqual(["open", null]);
  });
});
