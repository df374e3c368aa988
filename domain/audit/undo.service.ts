import type { ContractService } from "../contracts/contract.service.js";
import type { DealService } from "../deals/deal.service.js";
import type { StageService } from "../pipeline/stage.service.js";
import type { RecycleBinService } from "../trash/recycle-bin.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db, Tx } from "../shared/db.js";
import { toJson } from "../shared/json.js";
import { writeAudit } from "./audit.service.js";
import { type RestorableCompanyField, revertCompanyFields } from "./undo-company-fields.js";
import { revertFollowUpTime } from "./undo-followup-time.js";
import { type AuditRow, UNDO_MARKER_ACTION, lastTurnOf, parseSnapshot, rowsOfTurn, undoMarkerKey, undoStateOf } from "./undo-turn.js";

/** One thing an undo did (or could not do), described in domain terms; the bot words it. */
export type UndoStep =
  | { kind: "removed"; entityType: string; entityId: string; snapshot: Record<string, unknown> }
  | { kind: "restored"; entityType: "deal"; entityId: string; field: "amount" | "stage" | "title"; from: unknown; to: unknown; dealNumber: number }
  | { kind: "undeleted"; entityType: string; entityId: string; label: string }
  | { kind: "followup-moved-back"; entityType: "followup"; entityId: string; title: string; from: Date; to: Date }
  | { kind: "company-restored"; entityType: "company"; entityId: string; companyName: string; field: RestorableCompanyField; from: string; to: string }
  | { kind: "activity-kind-restored"; entityType: "activity"; entityId: string; summary: string; from: string; to: string }
  | { kind: "kept"; entityType: string; entityId: string; reason: "changed-since" | "in-use" | "not-undoable"; action: string };

/** What the user's last logged turn wrote, for a correction to it. */
export interface LastLogged {
  turnKey: string;
  /** null for a reminder, which sets a follow-up and logs no activity */
  activityId: string | null;
  summary: string;
  kind: string;
  dealId: string | null;
  companyId: string | null;
  contactId: string | null;
  followUpId: string | null;
  /** When that turn logged it. */
  loggedAt: Date;
}

export type UndoResult = { status: "nothing" } | { status: "already-undone" } | { status: "not-yours" } | { status: "done"; steps: UndoStep[] };

/**
 * Reverts the changes of one turn (a logged sentence, a command, a button) made by the asking
 * user: created records are removed, changed deal fields restored, each revert audited as
 * "<entity>.undo" (or by the deal service). Once only: a marker row with a unique key.
 */
export class UndoService {
  constructor(
    private readonly db: Db,
    private readonly deals: DealService,
    private readonly stages: StageService,
    private readonly trash: RecycleBinService,
    private readonly contracts?: ContractService,
  ) {}

  /** `undo` typed: the user's last turn. */
  async undoLast(actor: Actor): Promise<UndoResult> {
    const turnKey = await lastTurnOf(this.db, actor);
    return turnKey ? this.undoTurn(actor, turnKey) : { status: "nothing" };
  }

  /**
   * The user's last turn, when it logged an activity within `withinMs` and was not undone: what a
   * correction typed next ("不对，是下周三", "sorry, I meant 250k") applies to.
   */
  async lastLogged(actor: Actor, withinMs: number): Promise<LastLogged | null> {
    const turnKey = await lastTurnOf(this.db, actor);
    if (!turnKey || (await undoStateOf(this.db, turnKey))) return null;
    const rows = await rowsOfTurn(this.db, turnKey);
    const logged = rows.find((r) => r.action === "activity.log");
    const followUp = rows.find((r) => r.action === "followup.schedule" || r.action === "followup.reschedule");
    // "remind me to call Globex on Friday at 10am": a reminder is a follow-up without an activity
    const reminder = !logged && followUp?.action === "followup.schedule" ? parseSnapshot(followUp.after) : null;
    const activity = logged ? parseSnapshot(logged.after) : reminder;
    if (!activity) return dealChangeOf(rows, withinMs, turnKey);
    const at = new Date(String(activity.createdAt ?? ""));
    // createdAt is the database's wall clock (the row's default), so the time since is read on that clock too: a bot
    // run on another clock (a fixed one in tests and acceptance runs, days ahead) would find every turn too old or too new.
    if (Number.isNaN(at.getTime()) || Date.now() - at.getTime() > withinMs) return null;
    return {
      turnKey,
      activityId: logged?.entityId ?? null,
      summary: String(activity.summary ?? activity.title ?? ""),
      kind: String(activity.kind ?? "note"),
      dealId: typeof activity.dealId === "string" ? activity.dealId : null,
      companyId: typeof activity.companyId === "string" ? activity.companyId : null,
      contactId: typeof activity.contactId === "string" ? activity.contactId : null,
      followUpId: followUp?.entityId ?? null,
      loggedAt: at,
    };
  }

  /** The Undo button: that turn, if it is the user's own. */
  async undoTurn(actor: Actor, turnKey: string): Promise<UndoResult> {
    const rows = await rowsOfTurn(this.db, turnKey);
    if (rows.length === 0) return { status: "nothing" };
    if (rows.some((r) => r.actorId !== actor.userId)) return { status: "not-yours" };
    const state = await undoStateOf(this.db, turnKey);
    if (state === "undone") return { status: "already-undone" };
    if (state === "is-undo") return { status: "nothing" };
    return this.db.$transaction(async (tx) => {
      const steps: UndoStep[] = [];
      // Newest first: what a turn created last (a follow-up on a new deal) goes before what it hangs on.
      for (const row of [...rows].reverse()) steps.push(...(await this.revert(tx, actor, row)));
      // A contract the turn opened goes once its deal is no longer won with an amount (unless money came in).
      for (const row of rows.filter((r) => r.action === "contract.create")) await this.contracts?.removeIfNotOwed(tx, actor, row.entityId);
      await tx.auditLog.create({
        data: {
          actorId: actor.userId,
          channel: actor.channel,
          action: UNDO_MARKER_ACTION,
          entityType: "turn",
          entityId: turnKey,
          after: toJson({ undoTurn: actor.sourceEvent?.key ?? null, steps: steps.length }),
          sourceEventKey: undoMarkerKey(turnKey),
        },
      });
      return { status: "done" as const, steps };
    });
  }

  private async revert(tx: Tx, actor: Actor, row: AuditRow): Promise<UndoStep[]> {
    const before = parseSnapshot(row.before);
    const after = parseSnapshot(row.after);
    const kept = (reason: "changed-since" | "in-use" | "not-undoable"): UndoStep[] => [
      { kind: "kept", entityType: row.entityType, entityId: row.entityId, reason, action: row.action },
    ];
    switch (row.action) {
      case "activity.log":
      case "followup.schedule":
      case "deal.create":
      case "company.create":
      case "contact.create":
        return (await this.remove(tx, actor, row.entityType, row.entityId))
          ? [{ kind: "removed", entityType: row.entityType, entityId: row.entityId, snapshot: after ?? {} }]
          : kept("in-use");
      case "deal.delete":
      case "contact.delete":
      case "followup.delete": {
        const binId = await this.trash.binIdOf(tx, row.entityType, row.entityId);
        if (!binId) return kept("changed-since");
        const restored = await this.trash.restoreIn(tx, actor, binId);
        return [{ kind: "undeleted", entityType: row.entityType, entityId: row.entityId, label: restored.label }];
      }
      case "deal.update":
        return before && after ? this.restoreDealFields(tx, actor, row.entityId, before, after) : kept("not-undoable");
      case "deal.move":
        return before && after ? this.restoreDealStage(tx, actor, row.entityId, before, after) : kept("not-undoable");
      case "activity.rekind": {
        if (!before || !after) return kept("not-undoable");
        const activity = await tx.activity.findUnique({ where: { id: row.entityId } });
        if (!activity) return kept("changed-since");
        if (activity.kind !== after.kind) return kept("changed-since");
        const back = String(before.kind);
        await tx.activity.update({ where: { id: row.entityId }, data: { kind: back } });
        await writeAudit(tx, actor, {
          action: "activity.rekind",
          entityType: "activity",
          entityId: row.entityId,
          before: { kind: activity.kind },
          after: { kind: back },
        });
        return [{ kind: "activity-kind-restored", entityType: "activity", entityId: row.entityId, summary: activity.summary, from: activity.kind, to: back }];
      }
      case "followup.reschedule": {
        if (!before || !after) return kept("not-undoable");
        const back = await revertFollowUpTime(tx, actor, row.entityId, before, after);
        if (back.kind !== "restored") return kept(back.kind);
        return [{ kind: "followup-moved-back", entityType: "followup", entityId: row.entityId, title: back.title, from: back.from, to: back.to }];
      }
      case "company.update": {
        if (!before || !after) return kept("not-undoable");
        const reverted = await revertCompanyFields(tx, actor, row.entityId, before, after);
        if (reverted.kind === "nothing") return [];
        if (reverted.kind !== "restored") return kept(reverted.kind);
        return reverted.fields.map((f) => ({
          kind: "company-restored" as const,
          entityType: "company" as const,
          entityId: row.entityId,
          companyName: reverted.companyName,
          ...f,
        }));
      }
      case "contract.payment": {
        const paymentId = String(after?.id ?? "");
        return (await this.contracts?.removePayment(tx, actor, paymentId))
          ? [{ kind: "removed", entityType: "payment", entityId: paymentId, snapshot: after ?? {} }]
          : kept("changed-since");
      }
      // Opened by the turn (a win, an amount on a won deal): settled after the deal's own restore (below).
      case "contract.create":
        return [];
      // Followed the deal's amount: the deal's own restore takes it back.
      case "contract.update":
        return [];
      case "contract.plan": {
        const earlier = planOf(row.before);
        return earlier && (await this.contracts?.restorePlan(tx, actor, row.entityId, earlier))
          ? [{ kind: "undeleted", entityType: "plan", entityId: row.entityId, label: "" }]
          : kept("changed-since");
      }
      default:
        return kept("not-undoable");
    }
  }

  /** Deletes a record the turn created, unless something made since hangs on it. */
  private async remove(tx: Tx, actor: Actor, entityType: string, id: string): Promise<boolean> {
    const snapshot = await this.find(tx, entityType, id);
    if (!snapshot || (await this.inUse(tx, entityType, id))) return false;
    if (entityType === "activity") {
      await tx.activity.delete({ where: { id } });
      await this.rewindLastActivity(tx, snapshot as { dealId: string | null; companyId: string | null; occurredAt: Date });
    } else if (entityType === "followup") await tx.followUp.delete({ where: { id } });
    else if (entityType === "deal")
      await tx.deal.delete({ where: { id } }); // stage history cascades
    else if (entityType === "company") await tx.company.delete({ where: { id } });
    else if (entityType === "contact") await tx.contact.delete({ where: { id } });
    else return false;
    await writeAudit(tx, actor, { action: `${entityType}.undo`, entityType, entityId: id, before: snapshot, after: null });
    return true;
  }

  /**
   * The removed activity may have been what made the deal and company look active; put their
   * "last activity" back to the newest remaining one so stale-deal and churn alerts are not delayed.
   */
  private async rewindLastActivity(tx: Tx, removed: { dealId: string | null; companyId: string | null; occurredAt: Date }): Promise<void> {
    const newest = async (where: { dealId: string } | { companyId: string }) =>
      (await tx.activity.findFirst({ where, orderBy: { occurredAt: "desc" }, select: { occurredAt: true } }))?.occurredAt ?? null;
    if (removed.dealId) {
      const deal = await tx.deal.findUnique({ where: { id: removed.dealId }, select: { lastActivityAt: true } });
      if (deal && deal.lastActivityAt.getTime() === removed.occurredAt.getTime()) {
        // With no activity left, the deal was last active when it was opened (its first stage entry).
        const opened = await tx.dealStageChange.findFirst({ where: { dealId: removed.dealId }, orderBy: { changedAt: "asc" }, select: { changedAt: true } });
        const lastActivityAt = (await newest({ dealId: removed.dealId })) ?? opened?.changedAt ?? deal.lastActivityAt;
        await tx.deal.update({ where: { id: removed.dealId }, data: { lastActivityAt } });
      }
    }
    if (removed.companyId) {
      const company = await tx.company.findUnique({ where: { id: removed.companyId }, select: { lastInteractionAt: true } });
      if (company?.lastInteractionAt?.getTime() === removed.occurredAt.getTime()) {
        // With no activity left, back to the value it was created with (kept in its audit snapshot).
        const created = await tx.auditLog.findFirst({
          where: { entityType: "company", entityId: removed.companyId, action: "company.create" },
          select: { after: true },
        });
        const initial = parseSnapshot(created?.after ?? null)?.lastInteractionAt;
        const fallback = typeof initial === "string" ? new Date(initial) : null;
        const remaining = await newest({ companyId: removed.companyId });
        const lastInteractionAt = remaining && (!fallback || remaining > fallback) ? remaining : fallback;
        await tx.company.update({ where: { id: removed.companyId }, data: { lastInteractionAt } });
      }
    }
  }

  private async find(tx: Tx, entityType: string, id: string): Promise<object | null> {
    if (entityType === "activity") return tx.activity.findUnique({ where: { id } });
    if (entityType === "followup") return tx.followUp.findUnique({ where: { id } });
    if (entityType === "deal") return tx.deal.findUnique({ where: { id } });
    if (entityType === "company") return tx.company.findUnique({ where: { id } });
    if (entityType === "contact") return tx.contact.findUnique({ where: { id } });
    return null;
  }

  /** Records made after the turn that point at the record: removing it would orphan them. */
  private async inUse(tx: Tx, entityType: string, id: string): Promise<boolean> {
    const counts =
      entityType === "deal"
        ? [
            tx.activity.count({ where: { dealId: id } }),
            tx.followUp.count({ where: { dealId: id } }),
            tx.quote.count({ where: { dealId: id } }),
            // Money received on its contract since: the deal (and the contract with it) stays.
            tx.payment.count({ where: { contract: { dealId: id } } }),
          ]
        : entityType === "company"
          ? [
              tx.activity.count({ where: { companyId: id } }),
              tx.followUp.count({ where: { companyId: id } }),
              tx.deal.count({ where: { companyId: id } }),
              tx.contact.count({ where: { companyId: id } }),
              tx.ticket.count({ where: { companyId: id } }),
              tx.quote.count({ where: { companyId: id } }),
            ]
          : entityType === "contact"
            ? [tx.activity.count({ where: { contactId: id } }), tx.followUp.count({ where: { contactId: id } }), tx.ticket.count({ where: { contactId: id } })]
            : [];
    return (await Promise.all(counts)).some((n) => n > 0);
  }

  /** Puts back amount/currency/title changed by the turn, if nobody changed them since. */
  private async restoreDealFields(tx: Tx, actor: Actor, dealId: string, before: Record<string, unknown>, after: Record<string, unknown>): Promise<UndoStep[]> {
    const current = await tx.deal.findUnique({ where: { id: dealId } });
    if (!current) return [{ kind: "kept", entityType: "deal", entityId: dealId, reason: "changed-since", action: "deal.update" }];
    const now: Record<string, unknown> = { amountMinor: current.amountMinor.toString(), currency: current.currency, title: current.title };
    const changed = (f: string) => JSON.stringify(before[f]) !== JSON.stringify(after[f]);
    const untouched = (f: string) => JSON.stringify(now[f]) === JSON.stringify(after[f]);
    const steps: UndoStep[] = [];
    const patch: { amountMinor?: number; currency?: string; title?: string } = {};
    if (changed("amountMinor") || changed("currency")) {
      if (untouched("amountMinor") && untouched("currency")) {
        patch.amountMinor = Number(before.amountMinor);
        patch.currency = String(before.currency);
        steps.push({ kind: "restored", entityType: "deal", entityId: dealId, field: "amount", from: after, to: before, dealNumber: current.number });
      } else steps.push({ kind: "kept", entityType: "deal", entityId: dealId, reason: "changed-since", action: "deal.update" });
    }
    if (changed("title")) {
      if (untouched("title")) {
        patch.title = String(before.title);
        steps.push({ kind: "restored", entityType: "deal", entityId: dealId, field: "title", from: after.title, to: before.title, dealNumber: current.number });
      } else steps.push({ kind: "kept", entityType: "deal", entityId: dealId, reason: "changed-since", action: "deal.update" });
    }
    if (Object.keys(patch).length > 0) await this.deals.updateIn(tx, actor, dealId, patch);
    return steps;
  }

  private async restoreDealStage(tx: Tx, actor: Actor, dealId: string, before: Record<string, unknown>, after: Record<string, unknown>): Promise<UndoStep[]> {
    const current = await tx.deal.findUnique({ where: { id: dealId } });
    const stages = await this.stages.list(tx);
    const previous = stages.find((s) => s.id === before.stageId);
    if (!current || !previous || current.stageId !== after.stageId) {
      return [{ kind: "kept", entityType: "deal", entityId: dealId, reason: "changed-since", action: "deal.move" }];
    }
    await this.deals.moveIn(tx, actor, dealId, previous);
    const from = stages.find((s) => s.id === after.stageId);
    return [{ kind: "restored", entityType: "deal", entityId: dealId, field: "stage", from, to: previous, dealNumber: current.number }];
  }
}

/** The instalments a plan change replaced (its audit row's "before", a JSON array). */
function planOf(json: string | null): unknown[] | null {
  try {
    const value: unknown = json ? JSON.parse(json) : null;
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * "华为商机金额改成300万", then "写错了，是280万": a turn that only changed a deal's amount or stage
 * is corrected as a logged sentence is, on that deal (no activity, no follow-up of its own).
 */
function dealChangeOf(rows: Awaited<ReturnType<typeof rowsOfTurn>>, withinMs: number, turnKey: string): LastLogged | null {
  const change = rows.find((r) => r.action === "deal.update" || r.action === "deal.move");
  const deal = change ? parseSnapshot(change.after) : null;
  if (!change || !deal || typeof deal.companyId !== "string") return null;
  // the change's time is the deal's updatedAt in the snapshot, on the database's clock as above
  const at = new Date(String(deal.updatedAt ?? ""));
  if (Number.isNaN(at.getTime()) || Date.now() - at.getTime() > withinMs) return null;
  return {
    turnKey,
    activityId: null,
    summary: String(deal.title ?? ""),
    kind: "note",
    dealId: change.entityId,
    companyId: deal.companyId,
    contactId: null,
    followUpId: null,
    loggedAt: at,
  };
}
