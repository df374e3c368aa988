import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { caught } from "../../test/caught.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { PermissionDeniedError } from "../shared/errors.js";
import { DeletionBlockedError } from "../trash/recycle-bin.service.js";
import { PaymentExceedsBalanceError, PlanTotalMismatchError } from "./contract.errors.js";

const NOW = new Date("2026-11-25T02:00:00Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
const yuan = (n: number) => BigInt(n * 100);

let t: TestDb;
let d: Domain;
let clock: ReturnType<typeof fixedClock>;
let rep: Actor;
let stranger: Actor;
let company: { id: string };

beforeEach(async () => {
  t = await createTestDb();
  clock = fixedClock(NOW);
  d = createDomain(t.db, clock);
  rep = await createActor(t.db, "Li Lei", "rep", "North");
  stranger = await createActor(t.db, "Bob", "rep", "South");
  company = await d.companies.create(rep, { name: "华为" });
});
afterEach(async () => t.close());

async function wonDeal(amount: number) {
  const deal = await d.deals.create(rep, { companyId: company.id, amountMinor: Number(yuan(amount)) });
  await d.deals.move(rep, deal.id, "won");
  return t.db.contract.findUniqueOrThrow({ where: { dealId: deal.id } });
}

describe("contracts of won deals", () => {
  it("winning a deal opens its contract: the deal's amount, due in full 30 days after signing, audited", async () => {
    const contract = await wonDeal(500_000);
    expect(contract).toMatchObject({ number: 1, amountMinor: yuan(500_000), currency: "CNY", signedAt: NOW, ownerId: rep.userId });
    const plan = await t.db.instalment.findMany({ where: { contractId: contract.id } });
    expect(plan.map((i) => [i.seq, i.amountMinor, i.dueAt])).toEqual([[1, yuan(500_000), at(30)]]);
    expect(await t.db.auditLog.count({ where: { action: "contract.create", entityId: contract.id } })).toBe(1);
    // Won again after a detour: still one contract.
    await d.deals.move(rep, contract.dealId, "negotiation");
    expect(await t.db.contract.count()).toBe(0); // nothing received: it goes with the win
    await d.deals.move(rep, contract.dealId, "won");
    expect(await t.db.contract.count()).toBe(1);
  });

  it("a won deal without an amount has no contract until it gets one; a corrected amount is followed before any payment", async () => {
    const deal = await d.deals.create(rep, { companyId: company.id });
    await d.deals.move(rep, deal.id, "won");
    expect(await t.db.contract.count()).toBe(0);
    await d.deals.update(rep, deal.id, { amountMinor: Number(yuan(80_000)) });
    const contract = await t.db.contract.findUniqueOrThrow({ where: { dealId: deal.id }, include: { instalments: true } });
    expect([contract.amountMinor, contract.instalments[0]!.amountMinor]).toEqual([yuan(80_000), yuan(80_000)]);
    await d.deals.update(rep, deal.id, { amountMinor: Number(yuan(90_000)) });
    expect((await t.db.contract.findUniqueOrThrow({ where: { dealId: deal.id } })).amountMinor).toBe(yuan(90_000));
  });

  it("payments fill the instalments in order; a payment beyond the balance is refused and writes nothing", async () => {
    const contract = await wonDeal(500_000);
    await d.contracts.setPlan(rep, contract.id, [
      { amountMinor: yuan(150_000), dueAt: at(10) },
      { amountMinor: yuan(350_000), dueAt: at(90) },
    ]);
    const { contract: after } = await d.contracts.recordPayment(rep, contract.id, { amountMinor: yuan(200_000), receivedAt: at(5) });
    expect(after.instalments.map((i) => i.paidMinor)).toEqual([yuan(150_000), yuan(50_000)]);
    const error = await caught(d.contracts.recordPayment(rep, contract.id, { amountMinor: yuan(300_001), receivedAt: at(6) }));
    expect(error).toBeInstanceOf(PaymentExceedsBalanceError);
    expect((error as PaymentExceedsBalanceError).balanceMinor).toBe(yuan(300_000));
    expect(await t.db.payment.count()).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "contract.payment" } })).toBe(1);
  });

  it("a plan must add up to the contract, and keeps what was received when it changes", async () => {
    const contract = await wonDeal(100_000);
    await d.contracts.recordPayment(rep, contract.id, { amountMinor: yuan(40_000), receivedAt: NOW });
    const mismatch = await caught(d.contracts.setPlan(rep, contract.id, [{ amountMinor: yuan(50_000), dueAt: at(10) }]));
    expect(mismatch).toBeInstanceOf(PlanTotalMismatchError);
    const replanned = await d.contracts.setPlan(rep, contract.id, [
      { amountMinor: yuan(70_000), dueAt: at(60) },
      { amountMinor: yuan(30_000), dueAt: at(10) },
    ]);
    // Sorted by due day, the payment filling the earliest first.
    expect(replanned.instalments.map((i) => [i.seq, i.amountMinor, i.paidMinor])).toEqual([
      [1, yuan(30_000), yuan(30_000)],
      [2, yuan(70_000), yuan(10_000)],
    ]);
  });

  it("receivables: balance, overdue and the collection rate of what is due, computed by hand", async () => {
    const a = await wonDeal(500_000); // 150k due day 10 (paid), 350k due day 90
    await d.contracts.setPlan(rep, a.id, [
      { amountMinor: yuan(150_000), dueAt: at(10) },
      { amountMinor: yuan(350_000), dueAt: at(90) },
    ]);
    await d.contracts.recordPayment(rep, a.id, { amountMinor: yuan(150_000), receivedAt: at(8) });
    await wonDeal(100_000); // due day 30, nothing paid
    clock.set(at(40));
    const [cny] = await d.contracts.receivables(rep, "mine");
    // Due by day 40: 150k + 100k = 250k, of which 150k paid → 60%; overdue 100k on one contract.
    expect(cny).toEqual({
      currency: "CNY",
      contracts: 2,
      contractedMinor: yuan(600_000),
      receivedMinor: yuan(150_000),
      balanceMinor: yuan(450_000),
      overdueMinor: yuan(100_000),
      overdueContracts: 1,
      collectionRate: 60,
      // Aging: 350k not due yet; 100k ten days overdue.
      aging: [yuan(350_000), yuan(100_000), 0n, 0n, 0n],
    });
    clock.set(at(130)); // 350k 40 days overdue, 100k 100 days
    const [later] = await d.contracts.receivables(rep, "mine");
    expect(later!.aging).toEqual([0n, 0n, yuan(350_000), 0n, yuan(100_000)]);
  });

  it("many teams' receivables in one call: each team's are its own contracts' (as its members see them), a team with none has none", async () => {
    const a = await wonDeal(500_000);
    await d.contracts.recordPayment(rep, a.id, { amountMinor: yuan(120_000), receivedAt: at(1) });
    const theirs = await d.companies.create(stranger, { name: "腾讯" });
    const deal = await d.deals.create(stranger, { companyId: theirs.id, amountMinor: Number(yuan(70_000)) });
    await d.deals.move(stranger, deal.id, "won");
    const lost = await d.deals.create(stranger, { companyId: theirs.id, amountMinor: Number(yuan(9_000)) });
    await d.deals.move(stranger, lost.id, "lost");
    clock.set(at(45));
    const byTeam = await d.contracts.teamsReceivables([rep.teamId!, stranger.teamId!, "no-such-team"], clock.now());
    expect(byTeam.get(rep.teamId!)).toEqual(await d.contracts.receivables(rep, "team"));
    expect(byTeam.get(stranger.teamId!)).toEqual(await d.contracts.receivables(stranger, "team"));
    expect(byTeam.get(stranger.teamId!)!.map((r) => [r.contracts, r.contractedMinor, r.overdueMinor])).toEqual([[1, yuan(70_000), yuan(70_000)]]);
    expect(byTeam.get(rep.teamId!)!.map((r) => [r.contracts, r.receivedMinor, r.balanceMinor])).toEqual([[1, yuan(120_000), yuan(380_000)]]);
    expect(byTeam.get("no-such-team")).toEqual([]);
    expect(await d.contracts.teamReceivables(stranger.teamId!, clock.now())).toEqual(byTeam.get(stranger.teamId!));
  });

  it("only who may change the deal records payments; a deal with a contract is not deleted", async () => {
    const contract = await wonDeal(10_000);
    expect(await caught(d.contracts.recordPayment(stranger, contract.id, { amountMinor: yuan(1), receivedAt: NOW }))).toBeInstanceOf(PermissionDeniedError);
    expect(await caught(d.trash.deleteDeal(rep, contract.dealId))).toBeInstanceOf(DeletionBlockedError);
    // Money received: leaving the won stage keeps the contract.
    await d.contracts.recordPayment(rep, contract.id, { amountMinor: yuan(1_000), receivedAt: NOW });
    await d.deals.move(rep, contract.dealId, "negotiation");
    expect(await t.db.contract.count()).toBe(1);
  });

  it("two payments at the same moment cannot together pass the amount", async () => {
    const contract = await wonDeal(100_000);
    const results = await Promise.allSettled([
      d.contracts.recordPayment(rep, contract.id, { amountMinor: yuan(60_000), receivedAt: NOW }),
      d.contracts.recordPayment(rep, contract.id, { amountMinor: yuan(60_000), receivedAt: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(PaymentExceedsBalanceError);
    expect((await t.db.contract.findUniqueOrThrow({ where: { id: contract.id } })).receivedMinor).toBe(yuan(60_000));
    expect(await t.db.payment.count()).toBe(1);
  });
});
