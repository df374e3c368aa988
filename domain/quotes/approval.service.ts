import { changeScope } from "../outbox/change-scope.js";
import { writeAudit } from "../audit/audit.service.js";
import type { DealService } from "../deals/deal.service.js";
import type { StageService } from "../pipeline/stage.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db, Tx } from "../shared/db.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { moveDealToNegotiation } from "./approval-steps.js";
import { ignoreQuoteEvents, type QuoteEventHandler } from "./quote-events.js";
import { loadQuoteView } from "./quote-view.js";
import { ownerActor } from "./quote.service.js";
import { AlreadyDecidedError, NotApproverError, QuoteStateError } from "./quote.errors.js";

export type Decision = "approved" | "rejected";
const MAX_COMMENT = 2000;

/**
 * Approval steps of quotes. Exactly one decision per step: the decision is a conditional update on
 * id + version + status "pending", and an update that changed nothing means someone decided first
 * (a double click, or two approvers at once) — that caller gets AlreadyDecidedError, nothing changes.
 */
export class ApprovalService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly deals: DealService,
    private readonly stages: StageService,
  ) {}

  /** Checks that the actor may decide this step now (before asking them for a reason). */
  async authorize(actor: Actor, approvalId: string) {
    return this.pendingFor(this.db, actor, approvalId);
  }

  async decide(actor: Actor, approvalId: string, decision: Decision, comment: string | null, onEvent: QuoteEventHandler = ignoreQuoteEvents) {
    const text = cleanComment(comment);
    if (decision === "rejected" && !text) throw new InvalidInputError("comment", "a rejection needs a reason");
    return this.db.$transaction(async (tx) => {
      const approval = await this.pendingFor(tx, actor, approvalId);
      const now = this.clock.now();
      const claimed = await tx.approval.updateMany({
        where: { id: approvalId, version: approval.version, status: "pending" },
        data: { status: decision, decidedById: actor.userId, decidedAt: now, comment: text, version: { increment: 1 } },
      });
      if (claimed.count === 0) throw await this.alreadyDecided(tx, approvalId);
      const quote = await tx.quote.findUniqueOrThrow({ where: { id: approval.quoteId } });
      await writeAudit(tx, actor, {
        action: `approval.${decision === "approved" ? "approve" : "reject"}`,
        entityType: "approval",
        entityId: approvalId,
        before: approval,
        after: { status: decision, comment: text, decidedAt: now },
      });

      if (decision === "rejected") {
        await tx.approval.updateMany({ where: { quoteId: quote.id, status: "waiting" }, data: { status: "skipped" } });
        await this.setQuoteStatus(tx, actor, quote, "rejected");
        const view = await loadQuoteView(tx, quote.id);
        await onEvent(changeScope(tx), { kind: "rejected", quote: view, decided: view.approvals.find((a) => a.id === approvalId)! });
        return view;
      }
      const next = await tx.approval.findFirst({ where: { quoteId: quote.id, status: "waiting" }, orderBy: { step: "asc" } });
      if (next) {
        await tx.approval.update({ where: { id: next.id }, data: { status: "pending", version: { increment: 1 } } });
        const view = await loadQuoteView(tx, quote.id);
        await onEvent(changeScope(tx), {
          kind: "step-approved",
          quote: view,
          decided: view.approvals.find((a) => a.id === approvalId)!,
          next: view.currentApproval!,
        });
        return view;
      }
      await this.setQuoteStatus(tx, actor, quote, "approved");
      const owner = await tx.user.findUniqueOrThrow({ where: { id: quote.ownerId } });
      const dealMoved = await moveDealToNegotiation(tx, this.deals, this.stages, quote.dealId, { approver: actor, owner: ownerActor(owner, actor.channel) });
      const view = await loadQuoteView(tx, quote.id);
      await onEvent(changeScope(tx), { kind: "approved", quote: view, decided: view.approvals.find((a) => a.id === approvalId)!, dealMoved });
      return view;
    });
  }

  /** A remark from the approver without deciding; it goes to the rep and the audit log. */
  async comment(actor: Actor, approvalId: string, comment: string, onEvent: QuoteEventHandler = ignoreQuoteEvents) {
    const text = cleanComment(comment);
    if (!text) throw new InvalidInputError("comment", "empty");
    return this.db.$transaction(async (tx) => {
      const approval = await this.pendingFor(tx, actor, approvalId);
      await writeAudit(tx, actor, { action: "quote.comment", entityType: "quote", entityId: approval.quoteId, after: { approvalId, comment: text } });
      const view = await loadQuoteView(tx, approval.quoteId);
      await onEvent(changeScope(tx), { kind: "commented", quote: view, approval: view.approvals.find((a) => a.id === approvalId)!, comment: text });
      return view;
    });
  }

  private async pendingFor(db: Db | Tx, actor: Actor, approvalId: string) {
    const approval = await db.approval.findUnique({ where: { id: approvalId } });
    if (!approval) throw new NotFoundError("approval", approvalId);
    // Refuse outsiders first, so they learn nothing about the state of someone else's approval.
    if (approval.approverId !== actor.userId) throw new NotApproverError(approvalId, approval.approverId);
    if (approval.status === "waiting") throw new QuoteStateError(approval.quoteId, "waiting", "pending");
    if (approval.status !== "pending") throw new AlreadyDecidedError(approvalId, approval.status, approval.decidedById);
    return approval;
  }

  private async alreadyDecided(tx: Tx, approvalId: string) {
    const now = await tx.approval.findUniqueOrThrow({ where: { id: approvalId } });
    return new AlreadyDecidedError(approvalId, now.status, now.decidedById);
  }

  private async setQuoteStatus(tx: Tx, actor: Actor, quote: { id: string; version: number; status: string }, status: "approved" | "rejected") {
    const changed = await tx.quote.updateMany({
      where: { id: quote.id, version: quote.version, status: "pending" },
      data: { status, version: { increment: 1 } },
    });
    if (changed.count === 0) throw new ConflictError("quote", quote.id);
    await writeAudit(tx, actor, {
      action: `quote.${status === "approved" ? "approve" : "reject"}`,
      entityType: "quote",
      entityId: quote.id,
      before: quote,
      after: { status },
    });
  }
}

function cleanComment(comment: string | null): string | null {
  const text = comment?.trim() ?? "";
  return text.length === 0 ? null : text.slice(0, MAX_COMMENT);
}
