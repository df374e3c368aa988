import { currencySchema } from "../deals/deal.schemas.js";
import { changeScope } from "../outbox/change-scope.js";
import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { DealService } from "../deals/deal.service.js";
import type { StageService } from "../pipeline/stage.service.js";
import { type Actor, isRole } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { ConflictError, InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { canChange, canView } from "../users/permissions.js";
import { assertMayWriteCustomers } from "../users/customer-access.js";
import { type ApprovalPolicyService, approversFor } from "./approval-policy.js";
import { moveDealToNegotiation, resolveApprovers } from "./approval-steps.js";
import { ignoreQuoteEvents, type QuoteEventHandler } from "./quote-events.js";
import { MAX_DISCOUNT_BP, lineFigures, quoteTotals } from "./quote-money.js";
import { formatQuoteNumber, loadQuoteView, quoteNumberOf } from "./quote-view.js";
import { QuoteStateError } from "./quote.errors.js";

export const quoteLineSchema = z.object({
  product: z.string().trim().min(1).max(200),
  quantity: z.number().int().min(1).max(1_000_000),
  // Minor units; the ceiling keeps quantity × price far inside BigInt comfort and SQLite's int64.
  unitPriceMinor: z
    .bigint()
    .min(0n)
    .max(10n ** 13n),
  discountBp: z.number().int().min(0).max(MAX_DISCOUNT_BP).default(0),
});
export type QuoteLineInput = z.input<typeof quoteLineSchema>;

const MAX_LINES = 50;

export class QuoteService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly deals: DealService,
    private readonly stages: StageService,
    private readonly policies: ApprovalPolicyService,
  ) {}

  /**
   * A draft quote for a company, optionally tied to one of its deals. Its currency is the deal's; without
   * a deal, `currency` (the asker's default: ¥ for Chinese, $ for English), else CNY.
   */
  async create(actor: Actor, input: { companyId: string; dealId?: string; currency?: string }) {
    return this.db.$transaction(async (tx) => {
      const company = await tx.company.findUnique({ where: { id: input.companyId } });
      if (!company) throw new NotFoundError("company", input.companyId);
      await assertMayWriteCustomers(tx, actor, [company.id]);
      const deal = input.dealId ? await tx.deal.findUnique({ where: { id: input.dealId } }) : null;
      if (input.dealId && !deal) throw new NotFoundError("deal", input.dealId);
      if (deal && deal.companyId !== company.id) throw new InvalidInputError("deal", "belongs to another company");
      if (deal && !canChange(actor, { ownerId: deal.ownerId, ownerTeamId: deal.teamId })) throw new PermissionDeniedError("quote", "deal", deal.id);
      const count = await tx.quote.count();
      const quote = await tx.quote.create({
        data: {
          number: formatQuoteNumber(count + 1),
          companyId: company.id,
          dealId: deal?.id ?? null,
          ownerId: actor.userId,
          currency: deal?.currency ?? validate(currencySchema, input.currency ?? "CNY"),
        },
      });
      await writeAudit(tx, actor, { action: "quote.create", entityType: "quote", entityId: quote.id, after: quote });
      return loadQuoteView(tx, quote.id);
    });
  }

  async addLine(actor: Actor, quoteId: string, input: QuoteLineInput) {
    const line = validate(quoteLineSchema, input);
    return this.db.$transaction(async (tx) => {
      const quote = await this.editableQuote(tx, actor, quoteId);
      const lines = await tx.quoteLine.findMany({ where: { quoteId } });
      if (lines.length >= MAX_LINES) throw new InvalidInputError("lines", `at most ${MAX_LINES}`);
      const created = await tx.quoteLine.create({
        data: { quoteId, position: lines.length + 1, ...line, totalMinor: lineFigures(line.quantity, line.unitPriceMinor, line.discountBp).totalMinor },
      });
      const totals = quoteTotals([...lines, created]);
      const changed = await tx.quote.updateMany({ where: { id: quoteId, version: quote.version }, data: { ...totals, version: { increment: 1 } } });
      if (changed.count === 0) throw new ConflictError("quote", quoteId);
      await writeAudit(tx, actor, { action: "quote.add-line", entityType: "quote", entityId: quoteId, before: quote, after: { line: created, totals } });
      return loadQuoteView(tx, quoteId);
    });
  }

  /** The actor's most recently changed draft, if any. */
  async currentDraft(actor: Actor) {
    return this.db.quote.findFirst({ where: { ownerId: actor.userId, status: "draft" }, orderBy: [{ updatedAt: "desc" }, { createdAt: "desc" }] });
  }

  /** "Q0001", "1", "#1" → the quote id. */
  async idByRef(ref: string): Promise<string> {
    const n = quoteNumberOf(ref);
    const quote = n === null ? null : await this.db.quote.findUnique({ where: { number: formatQuoteNumber(n) } });
    if (!quote) throw new NotFoundError("quote", ref);
    return quote.id;
  }

  /** One page of the quotes the actor may read (own, team's, or waiting on them; admins all), newest first, and how many in all. */
  async listVisible(actor: Actor, filter: { statuses?: readonly string[]; limit: number; skip: number }) {
    const team = actor.teamId ? await this.db.user.findMany({ where: { teamId: actor.teamId }, select: { id: true } }) : [];
    const visible =
      actor.role === "admin"
        ? {}
        : { OR: [{ ownerId: { in: [actor.userId, ...team.map((u) => u.id)] } }, { approvals: { some: { approverId: actor.userId } } }] };
    const where = { ...visible, ...(filter.statuses ? { status: { in: [...filter.statuses] } } : {}) };
    const [quotes, total] = await Promise.all([
      this.db.quote.findMany({
        where,
        include: { company: true },
        orderBy: [{ updatedAt: "desc" }, { number: "desc" }],
        take: filter.limit,
        skip: filter.skip,
      }),
      this.db.quote.count({ where }),
    ]);
    return { quotes, total };
  }

  async show(actor: Actor, quoteId: string) {
    const view = await loadQuoteView(this.db, quoteId);
    const approver = view.approvals.some((a) => a.approverId === actor.userId);
    if (!approver && !canView(actor, { ownerId: view.ownerId, ownerTeamId: view.owner.teamId })) throw new PermissionDeniedError("view", "quote", quoteId);
    return view;
  }

  /**
   * Sends a draft for approval. The team's policy picks the steps from the largest line discount;
   * no steps means approved at once (and the deal moves to Negotiation).
   */
  async submit(actor: Actor, quoteId: string, onEvent: QuoteEventHandler = ignoreQuoteEvents) {
    return this.db.$transaction(async (tx) => {
      const quote = await this.editableQuote(tx, actor, quoteId);
      const lines = await tx.quoteLine.count({ where: { quoteId } });
      if (lines === 0) throw new InvalidInputError("lines", "a quote needs at least one line");
      const owner = await tx.user.findUniqueOrThrow({ where: { id: quote.ownerId } });
      const roles = approversFor(await this.policies.tiersFor(owner.teamId, tx), quote.maxDiscountBp);
      const approverIds = await resolveApprovers(tx, owner, roles);
      const status = roles.length === 0 ? "approved" : "pending";
      const changed = await tx.quote.updateMany({
        where: { id: quoteId, version: quote.version, status: "draft" },
        data: { status, version: { increment: 1 } },
      });
      if (changed.count === 0) throw new ConflictError("quote", quoteId);
      for (const [index, role] of roles.entries()) {
        // Later steps wait until the one before is approved.
        await tx.approval.create({
          data: { quoteId, step: index + 1, approverRole: role, approverId: approverIds[index]!, status: index === 0 ? "pending" : "waiting" },
        });
      }
      let dealMoved = false;
      if (status === "approved") {
        dealMoved = await moveDealToNegotiation(tx, this.deals, this.stages, quote.dealId, { approver: actor, owner: ownerActor(owner, actor.channel) });
      }
      const view = await loadQuoteView(tx, quoteId);
      await writeAudit(tx, actor, {
        action: status === "approved" ? "quote.auto-approve" : "quote.submit",
        entityType: "quote",
        entityId: quoteId,
        before: quote,
        after: {
          status,
          maxDiscountBp: quote.maxDiscountBp,
          steps: view.approvals.map((a) => ({ step: a.step, role: a.approverRole, approverId: a.approverId })),
        },
      });
      if (status === "approved") await onEvent(changeScope(tx), { kind: "approved", quote: view, decided: null, dealMoved });
      else await onEvent(changeScope(tx), { kind: "submitted", quote: view, next: view.currentApproval! });
      return view;
    });
  }

  private async editableQuote(tx: Tx, actor: Actor, quoteId: string) {
    const quote = await tx.quote.findUnique({ where: { id: quoteId } });
    if (!quote) throw new NotFoundError("quote", quoteId);
    const owner = await tx.user.findUniqueOrThrow({ where: { id: quote.ownerId } });
    if (!canChange(actor, { ownerId: quote.ownerId, ownerTeamId: owner.teamId })) throw new PermissionDeniedError("change", "quote", quoteId);
    await assertMayWriteCustomers(tx, actor, [quote.companyId]);
    if (quote.status !== "draft") throw new QuoteStateError(quoteId, quote.status, "draft");
    return quote;
  }
}

export function ownerActor(owner: { id: string; role: string; teamId: string | null }, channel: string): Actor {
  return { userId: owner.id, role: isRole(owner.role) ? owner.role : "rep", teamId: owner.teamId, channel };
}
