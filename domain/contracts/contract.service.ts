import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { nextNumber } from "../shared/next-number.js";
import { validate } from "../shared/validate.js";
import { canChange, canView } from "../users/permissions.js";
import { PaymentExceedsBalanceError, PlanBeforeSigningError, PlanBelowPaidError, PlanTotalMismatchError } from "./contract.errors.js";

const DAY_MS = 86_400_000;
/** Without a plan of its own, a contract is due in full this many days after signing. */
export const DEFAULT_PAYMENT_TERM_DAYS = 30;

const include = { instalments: { orderBy: { seq: "asc" } }, payments: { orderBy: { receivedAt: "asc" } }, company: true, owner: true, deal: true } as const;
export type ContractView = Awaited<ReturnType<ContractService["get"]>>;

const paymentSchema = z.object({
  amountMinor: z.bigint().positive(),
  receivedAt: z.date(),
  note: z.string().trim().max(500).optional(),
});
const planSchema = z
  .array(z.object({ amountMinor: z.bigint().positive(), dueAt: z.date() }))
  .min(1)
  .max(24);

/** A contract that is still a receivable: its deal is won (one lost or reopened after money came in is not). */
const WON = { deal: { stage: { kind: "won" } } } as const;

/** What the money of a contract is worked out from. */
export type ContractOwed = Pick<NonNullable<ContractView>, "currency" | "amountMinor" | "receivedMinor"> & {
  instalments: Pick<NonNullable<ContractView>["instalments"][number], "dueAt" | "amountMinor" | "paidMinor">[];
};

/** What a contract owes: received (its running sum), balance, and what is due and unpaid by a day. */
export function contractMoney(contract: Omit<ContractOwed, "currency">, now: Date) {
  const receivedMinor = contract.receivedMinor;
  // Due days are calendar days kept at noon UTC: one is past once a whole day has gone since (as on the card).
  const past = contract.instalments.filter((i) => now.getTime() - i.dueAt.getTime() >= DAY_MS);
  const dueMinor = past.reduce((sum, i) => sum + i.amountMinor, 0n);
  const overdueMinor = past.reduce((sum, i) => sum + (i.amountMinor - i.paidMinor), 0n);
  return { receivedMinor, balanceMinor: contract.amountMinor - receivedMinor, dueMinor, overdueMinor };
}

/**
 * Contracts of won deals (合同) and what the customer pays against them (回款). Winning a deal
 * opens its contract with the deal's amount and a one-instalment plan; the owner may split the plan;
 * payments fill the instalments in order and are refused beyond the balance. Everything is audited.
 */
export class ContractService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly termDays: number = DEFAULT_PAYMENT_TERM_DAYS,
  ) {}

  /**
   * In the transaction that wins the deal: its contract, unless it has one or no amount yet (a
   * contract of nothing owes nothing; it opens when the won deal gets an amount).
   */
  async openForWonDeal(
    tx: Tx,
    actor: Actor,
    deal: { id: string; companyId: string; ownerId: string; teamId: string | null; amountMinor: bigint; currency: string },
  ) {
    if (deal.amountMinor <= 0n) return null;
    const existing = await tx.contract.findUnique({ where: { dealId: deal.id } });
    if (existing) return existing;
    const now = this.clock.now();
    const contract = await tx.contract.create({
      data: {
        number: await nextNumber(tx, "contract"),
        dealId: deal.id,
        companyId: deal.companyId,
        ownerId: deal.ownerId,
        teamId: deal.teamId,
        amountMinor: deal.amountMinor,
        currency: deal.currency,
        signedAt: now,
        instalments: { create: [{ seq: 1, dueAt: new Date(now.getTime() + this.termDays * DAY_MS), amountMinor: deal.amountMinor }] },
      },
    });
    await writeAudit(tx, actor, { action: "contract.create", entityType: "contract", entityId: contract.id, after: contract });
    return contract;
  }

  /**
   * A won deal whose amount or currency changed: opens its contract when it had none; a contract
   * with nothing received yet and the one default instalment follows the new amount. Otherwise the
   * contract stays as signed (its plan was agreed).
   */
  async followWonDeal(tx: Tx, actor: Actor, deal: Parameters<ContractService["openForWonDeal"]>[2]) {
    const contract = await tx.contract.findUnique({ where: { dealId: deal.id }, include: { instalments: true } });
    if (!contract) return this.openForWonDeal(tx, actor, deal);
    if (contract.receivedMinor > 0n || contract.instalments.length !== 1 || deal.amountMinor <= 0n) return contract;
    const after = await tx.contract.update({ where: { id: contract.id }, data: { amountMinor: deal.amountMinor, currency: deal.currency } });
    await tx.instalment.update({ where: { id: contract.instalments[0]!.id }, data: { amountMinor: deal.amountMinor } });
    const { instalments: _i, ...before } = contract;
    await writeAudit(tx, actor, { action: "contract.update", entityType: "contract", entityId: contract.id, before, after });
    return after;
  }

  /**
   * Undo of the turn that opened a contract: it goes when its deal is no longer won with an amount
   * and nothing was paid on it; false when it stays.
   */
  async removeIfNotOwed(tx: Tx, actor: Actor, contractId: string): Promise<boolean> {
    const contract = await tx.contract.findUnique({
      where: { id: contractId },
      include: { deal: { include: { stage: true } } },
    });
    if (!contract || (contract.deal.stage.kind === "won" && contract.deal.amountMinor > 0n)) return false;
    const { deal: _d, ...row } = contract;
    return this.deleteUnpaid(tx, actor, row);
  }

  /** A deal that leaves the won stage (undone, reopened): its contract goes too, unless money was received on it. */
  async closeForReopenedDeal(tx: Tx, actor: Actor, dealId: string): Promise<void> {
    const contract = await tx.contract.findUnique({ where: { dealId } });
    if (contract) await this.deleteUnpaid(tx, actor, contract);
  }

  /** Deletes a contract nothing was received on (audited); false when money came in, so it stays. */
  private async deleteUnpaid(tx: Tx, actor: Actor, contract: { id: string; receivedMinor: bigint }): Promise<boolean> {
    if (contract.receivedMinor > 0n) return false;
    await tx.contract.delete({ where: { id: contract.id } });
    await writeAudit(tx, actor, { action: "contract.delete", entityType: "contract", entityId: contract.id, before: contract, after: null });
    return true;
  }

  async get(id: string) {
    return this.db.contract.findUnique({ where: { id }, include });
  }

  /** A contract by its number, or the one contract of a company with money still owed; checked for viewing. */
  async find(actor: Actor, ref: { number?: number; companyId?: string }) {
    const where = ref.number !== undefined ? { number: ref.number } : { companyId: ref.companyId ?? "" };
    const found = await this.db.contract.findMany({ where, include, orderBy: { number: "desc" } });
    const visible = found.filter((c) => canView(actor, { ownerId: c.ownerId, ownerTeamId: c.teamId }));
    if (ref.number !== undefined && found.length > 0 && visible.length === 0) throw new PermissionDeniedError("view", "contract", found[0]!.id);
    if (ref.number !== undefined) return visible;
    const now = this.clock.now();
    const owing = visible.filter((c) => contractMoney(c, now).balanceMinor > 0n);
    return owing.length > 0 ? owing : visible;
  }

  /** The contracts the actor may see, newest first; `owing` keeps those with a balance, `overdue` those with money past due. */
  async list(actor: Actor, filter: { scope: "mine" | "team"; owing?: boolean; overdue?: boolean; limit: number; skip: number }) {
    const mine = filter.scope === "mine" || (actor.role !== "admin" && !actor.teamId);
    const where = mine
      ? { ownerId: actor.userId }
      : actor.role === "admin" && !actor.teamId
        ? {}
        : { OR: [{ ownerId: actor.userId }, { teamId: actor.teamId }] };
    // A contract whose deal was lost or reopened after money came in is no receivable any more.
    const rows = await this.db.contract.findMany({ where: { ...where, ...WON }, include, orderBy: { number: "desc" } });
    const now = this.clock.now();
    const kept = rows.filter((c) => {
      const money = contractMoney(c, now);
      return (!filter.owing || money.balanceMinor > 0n) && (!filter.overdue || money.overdueMinor > 0n);
    });
    return { total: kept.length, rows: kept.slice(filter.skip, filter.skip + filter.limit) };
  }

  /** Records money received; filled into the instalments in order. Refused beyond the balance. */
  async recordPayment(actor: Actor, contractId: string, input: { amountMinor: bigint; receivedAt: Date; note?: string }) {
    const data = validate(paymentSchema, input);
    return this.db.$transaction(async (tx) => {
      const contract = await this.changeable(tx, actor, contractId, "record a payment on");
      // One conditional update decides, so two payments at the same moment cannot together pass the amount.
      const taken = await tx.contract.updateMany({
        where: { id: contractId, receivedMinor: { lte: contract.amountMinor - data.amountMinor } },
        data: { receivedMinor: { increment: data.amountMinor } },
      });
      if (taken.count === 0) {
        const now = await tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: { receivedMinor: true } });
        throw new PaymentExceedsBalanceError(contract.number, contract.amountMinor - now.receivedMinor, contract.currency);
      }
      const payment = await tx.payment.create({
        data: { contractId, amountMinor: data.amountMinor, receivedAt: data.receivedAt, note: data.note ?? null, createdById: actor.userId },
      });
      await this.allocate(tx, contractId, contract.receivedMinor + data.amountMinor);
      await writeAudit(tx, actor, {
        action: "contract.payment",
        entityType: "contract",
        entityId: contractId,
        after: { ...payment, currency: contract.currency },
      });
      return { payment, contract: (await tx.contract.findUniqueOrThrow({ where: { id: contractId }, include })) as NonNullable<ContractView> };
    });
  }

  /** Takes a recorded payment back (undo); false when it is gone already. */
  async removePayment(tx: Tx, actor: Actor, paymentId: string): Promise<boolean> {
    const payment = await tx.payment.findUnique({ where: { id: paymentId } });
    if (!payment) return false;
    await this.changeable(tx, actor, payment.contractId, "undo a payment on");
    await tx.payment.delete({ where: { id: paymentId } });
    const after = await tx.contract.update({ where: { id: payment.contractId }, data: { receivedMinor: { decrement: payment.amountMinor } } });
    await this.allocate(tx, payment.contractId, after.receivedMinor);
    await writeAudit(tx, actor, { action: "contract.payment.undo", entityType: "contract", entityId: payment.contractId, before: payment, after: null });
    return true;
  }

  /** Undo of a plan: puts the instalments back as they were (what was received is spread again); false when the contract is gone. */
  async restorePlan(tx: Tx, actor: Actor, contractId: string, before: unknown[]): Promise<boolean> {
    const contract = await tx.contract.findUnique({ where: { id: contractId }, include: { instalments: true } });
    if (!contract) return false;
    const rows = before.flatMap((r) => {
      const row = r as { seq?: unknown; dueAt?: unknown; amountMinor?: unknown };
      return typeof row.seq === "number" && typeof row.dueAt === "string" && row.amountMinor !== undefined
        ? [{ contractId, seq: row.seq, dueAt: new Date(row.dueAt), amountMinor: BigInt(String(row.amountMinor)) }]
        : [];
    });
    if (rows.length === 0 || rows.reduce((sum, r) => sum + r.amountMinor, 0n) !== contract.amountMinor) return false;
    await this.replaceInstalments(tx, contract, rows);
    await writeAudit(tx, actor, { action: "contract.plan.undo", entityType: "contract", entityId: contractId, before: contract.instalments, after: rows });
    return true;
  }

  /** Replaces the payment plan; the instalments must add up to the contract's amount. */
  async setPlan(actor: Actor, contractId: string, parts: { amountMinor: bigint; dueAt: Date }[]) {
    const plan = validate(planSchema, parts);
    return this.db.$transaction(async (tx) => {
      const contract = await this.changeable(tx, actor, contractId, "plan");
      const planned = plan.reduce((sum, p) => sum + p.amountMinor, 0n);
      if (planned !== contract.amountMinor) throw new PlanTotalMismatchError(planned, contract.amountMinor, contract.currency);
      // Due days are calendar days (noon UTC); the signing day itself may be one.
      if (plan.some((p) => p.dueAt.getTime() < contract.signedAt.getTime() - DAY_MS)) throw new PlanBeforeSigningError(contract.signedAt);
      const received = contractMoney(contract, this.clock.now()).receivedMinor;
      if (planned < received) throw new PlanBelowPaidError(received, contract.currency);
      const sorted = [...plan].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
      await this.replaceInstalments(
        tx,
        contract,
        sorted.map((p, index) => ({ contractId, seq: index + 1, dueAt: p.dueAt, amountMinor: p.amountMinor })),
      );
      await writeAudit(tx, actor, { action: "contract.plan", entityType: "contract", entityId: contractId, before: contract.instalments, after: sorted });
      return (await tx.contract.findUniqueOrThrow({ where: { id: contractId }, include })) as NonNullable<ContractView>;
    });
  }

  /** Receivables of the contracts the actor may see (theirs, or their team's), per currency. */
  async receivables(actor: Actor, scope: "mine" | "team") {
    const { rows } = await this.list(actor, { scope, limit: Number.MAX_SAFE_INTEGER, skip: 0 });
    return summarize(rows, this.clock.now());
  }

  /** A team's receivables (the digest), per currency. */
  async teamReceivables(teamId: string, now: Date): Promise<ReceivablesTotals[]> {
    return (await this.teamsReceivables([teamId], now)).get(teamId) ?? [];
  }

  /** Many teams' receivables in one query (the digest job posts to every team at once), per team and currency. */
  async teamsReceivables(teamIds: string[], now: Date): Promise<Map<string, ReceivablesTotals[]>> {
    const contracts = await this.db.contract.findMany({ where: { teamId: { in: teamIds }, ...WON }, select: owedSelect });
    const byTeam = new Map<string, ContractOwed[]>(teamIds.map((id) => [id, []]));
    for (const contract of contracts) if (contract.teamId) byTeam.get(contract.teamId)?.push(contract);
    return new Map([...byTeam].map(([teamId, rows]) => [teamId, summarize(rows, now)]));
  }

  private async changeable(tx: Tx, actor: Actor, contractId: string, action: string) {
    const contract = await tx.contract.findUnique({ where: { id: contractId }, include });
    if (!contract) throw new NotFoundError("contract", contractId);
    if (!canChange(actor, { ownerId: contract.ownerId, ownerTeamId: contract.teamId })) throw new PermissionDeniedError(action, "contract", contractId);
    return contract;
  }

  /** A new plan: its instalments in place of the old ones, what was received spread over them again. */
  private async replaceInstalments(
    tx: Tx,
    contract: { id: string; receivedMinor: bigint },
    rows: { contractId: string; seq: number; dueAt: Date; amountMinor: bigint }[],
  ) {
    await tx.instalment.deleteMany({ where: { contractId: contract.id } });
    await tx.instalment.createMany({ data: rows });
    await this.allocate(tx, contract.id, contract.receivedMinor);
  }

  /** Spreads the received total over the instalments in order (so a plan change keeps what was paid). */
  private async allocate(tx: Tx, contractId: string, receivedMinor: bigint): Promise<void> {
    const instalments = await tx.instalment.findMany({ where: { contractId }, orderBy: { seq: "asc" } });
    let left = receivedMinor;
    for (const instalment of instalments) {
      const paid = left >= instalment.amountMinor ? instalment.amountMinor : left;
      left -= paid;
      if (paid !== instalment.paidMinor) await tx.instalment.update({ where: { id: instalment.id }, data: { paidMinor: paid } });
    }
  }
}

export interface ReceivablesTotals {
  currency: string;
  contracts: number;
  contractedMinor: bigint;
  receivedMinor: bigint;
  balanceMinor: bigint;
  /** Due by today and not paid. */
  overdueMinor: bigint;
  overdueContracts: number;
  /** Paid share of what is due by today, in percent (null when nothing is due yet). */
  collectionRate: number | null;
  /** The balance by how long it is overdue (账龄): not due yet, 1–30, 31–60, 61–90 and over 90 days. */
  aging: [bigint, bigint, bigint, bigint, bigint];
}

/** Upper day bounds of the aging buckets after "not due" (the last one is open). */
const AGING_DAYS = [30, 60, 90] as const;

function agingBucket(daysPast: number): number {
  if (daysPast < 1) return 0;
  const i = AGING_DAYS.findIndex((bound) => daysPast <= bound);
  return i === -1 ? AGING_DAYS.length + 1 : i + 1;
}

/** What summarize reads of a contract. */
const owedSelect = {
  teamId: true,
  currency: true,
  amountMinor: true,
  receivedMinor: true,
  instalments: { select: { dueAt: true, amountMinor: true, paidMinor: true }, orderBy: { seq: "asc" } },
} as const;

function summarize(contracts: ContractOwed[], now: Date): ReceivablesTotals[] {
  const byCurrency = new Map<string, ReceivablesTotals & { dueMinor: bigint; paidOfDueMinor: bigint }>();
  for (const contract of contracts) {
    const money = contractMoney(contract, now);
    const t = byCurrency.get(contract.currency) ?? {
      currency: contract.currency,
      contracts: 0,
      contractedMinor: 0n,
      receivedMinor: 0n,
      balanceMinor: 0n,
      overdueMinor: 0n,
      overdueContracts: 0,
      collectionRate: null,
      aging: [0n, 0n, 0n, 0n, 0n],
      dueMinor: 0n,
      paidOfDueMinor: 0n,
    };
    t.contracts += 1;
    t.contractedMinor += contract.amountMinor;
    t.receivedMinor += money.receivedMinor;
    t.balanceMinor += money.balanceMinor;
    t.overdueMinor += money.overdueMinor;
    if (money.overdueMinor > 0n) t.overdueContracts += 1;
    t.dueMinor += money.dueMinor;
    t.paidOfDueMinor += money.dueMinor - money.overdueMinor;
    for (const instalment of contract.instalments) {
      const open = instalment.amountMinor - instalment.paidMinor;
      if (open > 0n) t.aging[agingBucket(Math.floor((now.getTime() - instalment.dueAt.getTime()) / DAY_MS))]! += open;
    }
    byCurrency.set(contract.currency, t);
  }
  return [...byCurrency.values()].map(({ dueMinor, paidOfDueMinor, ...t }) => ({
    ...t,
    collectionRate: dueMinor > 0n ? Number((paidOfDueMinor * 1000n) / dueMinor) / 10 : null,
  }));
}
