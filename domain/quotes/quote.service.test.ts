import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import { fixedClock } from "../shared/clock.js";
import { InvalidInputError, PermissionDeniedError } from "../shared/errors.js";
import { DEFAULT_POLICY, approversFor, parsePolicyText, policyTiersSchema } from "./approval-policy.js";
import { AlreadyDecidedError, NotApproverError, QuoteStateError } from "./quote.errors.js";
import type { QuoteEvent } from "./quote-events.js";

let t: TestDb;
let d: Domain;
beforeEach(async () => {
  t = await createTestDb();
  d = createDomain(t.db, fixedClock(new Date("2026-11-25T02:00:00Z")));
});
afterEach(async () => {
  await t.close();
});

async function cast() {
  const admin = await createActor(t.db, "Admin", "admin");
  const manager = await createActor(t.db, "Manager", "manager", "Sales");
  const rep = await createActor(t.db, "Rep", "rep", "Sales");
  const company = await d.companies.create(rep, { name: "Acme Corp" });
  return { admin, manager, rep, company };
}

async function quoteWith(rep: Awaited<ReturnType<typeof cast>>["rep"], companyId: string, discountBp: number) {
  const q = await d.quotes.create(rep, { companyId });
  await d.quotes.addLine(rep, q.id, { product: "Widget", quantity: 3, unitPriceMinor: 3333n, discountBp });
  return q.id;
}

describe("approval policy", () => {
  it("default tiers: ≤10 % none, ≤20 % manager, above manager then director", () => {
    expect(approversFor(DEFAULT_POLICY, 1000)).toEqual([]);
    expect(approversFor(DEFAULT_POLICY, 1001)).toEqual(["manager"]);
    expect(approversFor(DEFAULT_POLICY, 2000)).toEqual(["manager"]);
    expect(approversFor(DEFAULT_POLICY, 2001)).toEqual(["manager", "director"]);
  });

  it("tiers are validated: ascending and reaching 100 %", () => {
    expect(
      policyTiersSchema.safeParse([
        { upToBp: 2000, approvers: [] },
        { upToBp: 1000, approvers: [] },
      ]).success,
    ).toBe(false);
    expect(policyTiersSchema.safeParse([{ upToBp: 5000, approvers: [] }]).success).toBe(false);
    expect(policyTiersSchema.safeParse([{ upToBp: 10000, approvers: ["ceo"] }]).success).toBe(false);
    expect(parsePolicyText("5:- 100:manager")).toEqual([
      { upToBp: 500, approvers: [] },
      { upToBp: 10000, approvers: ["manager"] },
    ]);
    expect(() => parsePolicyText("5:- 50:manager")).toThrow(InvalidInputError);
  });

  it("a team's stored policy decides; only admins or that team's manager may set it", async () => {
    const { admin, manager, rep, company } = await cast();
    await expect(d.approvalPolicies.set(rep, rep.teamId, DEFAULT_POLICY)).rejects.toThrow(PermissionDeniedError);
    // A director's approval outranks a manager's, so this tightens the default floor at every discount.
    await d.approvalPolicies.set(manager, manager.teamId, parsePolicyText("0:- 20:director 100:manager,director"));
    const id = await quoteWith(rep, company.id, 500);
    const view = await d.quotes.submit(rep, id);
    expect(view.approvals.map((a) => [a.approverRole, a.approverId])).toEqual([["director", admin.userId]]);
    expect(await t.db.auditLog.count({ where: { action: "approval-policy.set" } })).toBe(1);
  });
});

describe("quotes and approval steps", () => {
  it("totals in minor units with half-up rounding per line", async () => {
    const { rep, company } = await cast();
    const id = await quoteWith(rep, company.id, 1500);
    const q = await t.db.quote.findUniqueOrThrow({ where: { id } });
    expect([q.subtotalMinor, q.discountMinor, q.totalMinor, q.maxDiscountBp]).toEqual([9999n, 1500n, 8499n, 1500]);
  });

  it("one decision per step; outsiders and repeats are refused with typed errors; events run in the transaction", async () => {
    const { manager, rep, admin, company } = await cast();
    const id = await quoteWith(rep, company.id, 1500);
    const events: QuoteEvent["kind"][] = [];
    const submitted = await d.quotes.submit(rep, id, async (_tx, e) => void events.push(e.kind));
    const step = submitted.currentApproval!;
    expect(step.approverId).toBe(manager.userId);
    await expect(d.approvals.decide(admin, step.id, "approved", null)).rejects.toThrow(NotApproverError);
    await expect(d.approvals.decide(manager, step.id, "rejected", "  ")).rejects.toThrow(InvalidInputError);
    await d.approvals.decide(manager, step.id, "approved", null, async (_tx, e) => void events.push(e.kind));
    await expect(d.approvals.decide(manager, step.id, "approved", null)).rejects.toThrow(AlreadyDecidedError);
    expect(events).toEqual(["submitted", "approved"]);
    await expect(d.quotes.addLine(rep, id, { product: "x", quantity: 1, unitPriceMinor: 1n })).rejects.toThrow(QuoteStateError);
  });

  it("a failing announcement rolls the decision back (the change and its messages commit together)", async () => {
    const { manager, rep, company } = await cast();
    const id = await quoteWith(rep, company.id, 1500);
    const step = (await d.quotes.submit(rep, id)).currentApproval!;
    await expect(
      d.approvals.decide(manager, step.id, "approved", null, async () => {
        throw new Error("outbox down");
      }),
    ).rejects.toThrow("outbox down");
    expect((await t.db.approval.findUniqueOrThrow({ where: { id: step.id } })).status).toBe("pending");
    expect((await t.db.quote.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });

  it("without a team manager the manager step falls back to an admin; nobody approves their own quote", async () => {
    const admin = await createActor(t.db, "Admin", "admin");
    const loner = await createActor(t.db, "Loner", "rep");
    const company = await d.companies.create(loner, { name: "Solo Ltd" });
    const id = await quoteWith(loner, company.id, 3000);
    const view = await d.quotes.submit(loner, id);
    expect(view.approvals.map((a) => a.approverId)).toEqual([admin.userId, admin.userId]);
    const selfCompany = await d.companies.create(admin, { name: "Self Inc" });
    const own = await quoteWith(admin, selfCompany.id, 1500);
    await expect(d.quotes.submit(admin, own)).rejects.toThrow(PermissionDeniedError);
  });
});
