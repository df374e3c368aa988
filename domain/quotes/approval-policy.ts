import { type ChangeScope, changeScope } from "../outbox/change-scope.js";
import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db, DbOrTx, Tx } from "../shared/db.js";
import { InvalidInputError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";
import { effectiveTiers, firstLooserDiscount } from "./policy-floor.js";

/** An approval step: the team manager, then a director (a CRM admin). */
export const APPROVER_ROLES = ["manager", "director"] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

/**
 * Tiers in ascending order: the first tier whose `upToBp` is ≥ the quote's largest line discount
 * decides the steps. The last tier must cover 100 % (10000 bp) so every quote has a rule.
 */
export const policyTiersSchema = z
  .array(z.object({ upToBp: z.number().int().min(0).max(10_000), approvers: z.array(z.enum(APPROVER_ROLES)).max(5) }))
  .min(1)
  .max(10)
  .refine((tiers) => tiers.every((t, i) => i === 0 || t.upToBp > tiers[i - 1]!.upToBp), "tiers must ascend by upToBp")
  .refine((tiers) => tiers[tiers.length - 1]!.upToBp === 10_000, "the last tier must reach 10000 bp (100 %)");
export type PolicyTiers = z.infer<typeof policyTiersSchema>;

/** ≤ 10 % auto-approved, ≤ 20 % the team manager, above: manager then director. */
export const DEFAULT_POLICY: PolicyTiers = [
  { upToBp: 1000, approvers: [] },
  { upToBp: 2000, approvers: ["manager"] },
  { upToBp: 10_000, approvers: ["manager", "director"] },
];

export function approversFor(tiers: PolicyTiers, maxDiscountBp: number): ApproverRole[] {
  return (tiers.find((t) => maxDiscountBp <= t.upToBp) ?? tiers[tiers.length - 1]!).approvers;
}

/** What a policy change announces (the bot posts it to the approvals chats). */
export interface PolicyChange {
  scope: "team" | "floor";
  teamId: string | null;
  before: PolicyTiers;
  after: PolicyTiers;
}
export type PolicyChangeHandler = (scope: ChangeScope, change: PolicyChange) => Promise<void>;

/**
 * Per-team policies under a company floor. The row with teamId null is the floor: set by admins
 * only, it is also the policy of teams without their own. A team's policy may tighten the floor,
 * never loosen it: a looser one is refused when set, and when read (rows stored before the floor
 * was raised) every discount gets the stricter of team and floor. No floor row: DEFAULT_POLICY.
 */
export class ApprovalPolicyService {
  constructor(private readonly db: Db) {}

  /** The policy in force for a team: its own tightened to the floor, else the floor. */
  async tiersFor(teamId: string | null, db: DbOrTx = this.db): Promise<PolicyTiers> {
    const floor = await this.floor(db);
    const own = teamId ? await this.stored(db, teamId) : null;
    return own ? effectiveTiers(own, floor) : floor;
  }

  /** The company floor (DEFAULT_POLICY until an admin sets one; a corrupt row falls back too). */
  async floor(db: DbOrTx = this.db): Promise<PolicyTiers> {
    return (await this.stored(db, null)) ?? DEFAULT_POLICY;
  }

  /**
   * Sets a team's policy (admins any team, managers their own) or, with teamId null, the floor
   * (admins only). Audited before/after; `onChange` runs in the transaction (announcements).
   */
  async set(actor: Actor, teamId: string | null, tiers: unknown, onChange: PolicyChangeHandler = async () => {}) {
    const data = validate(policyTiersSchema, tiers);
    const scope = teamId === null ? "floor" : "team";
    const allowed = actor.role === "admin" || (scope === "team" && actor.role === "manager" && actor.teamId === teamId);
    if (!allowed) throw new PermissionDeniedError(scope === "floor" ? "set the approval floor of" : "set the approval policy of", "quote");
    return this.db.$transaction(async (tx) => {
      const floor = await this.floor(tx);
      if (scope === "team") {
        const looserAt = firstLooserDiscount(data, floor);
        if (looserAt !== null) throw new PolicyBelowFloorError(floor, looserAt);
      }
      const row = await tx.approvalPolicy.findFirst({ where: { teamId }, orderBy: { updatedAt: "desc" } });
      const before = scope === "floor" ? floor : await this.tiersFor(teamId, tx);
      if (row) await tx.approvalPolicy.update({ where: { id: row.id }, data: { tiers: JSON.stringify(data) } });
      else await tx.approvalPolicy.create({ data: { teamId, tiers: JSON.stringify(data) } });
      await writeAudit(tx, actor, {
        action: scope === "floor" ? "approval-policy.floor" : "approval-policy.set",
        entityType: "approval-policy",
        entityId: teamId ?? "company-floor",
        before: { teamId, tiers: before, stored: row !== null },
        after: { teamId, tiers: data },
      });
      await onChange(changeScope(tx), { scope, teamId, before, after: data });
      return data;
    });
  }

  private async stored(db: DbOrTx, teamId: string | null): Promise<PolicyTiers | null> {
    const row = await db.approvalPolicy.findFirst({ where: { teamId }, orderBy: { updatedAt: "desc" } });
    if (!row) return null;
    const parsed = policyTiersSchema.safeParse(safeJson(row.tiers));
    return parsed.success ? parsed.data : null;
  }
}

/** A team policy that would approve some discount with fewer or lower approvals than the company floor. */
export class PolicyBelowFloorError extends PermissionDeniedError {
  constructor(
    readonly floor: PolicyTiers,
    /** The refused policy under-checks discounts above this (bp). */
    readonly looserAtBp: number,
  ) {
    super("loosen the approval floor of", "quote");
  }
}

/** "10:- 20:manager 100:manager,director" → tiers (percent thresholds, as typed in chat). */
export function parsePolicyText(text: string): PolicyTiers {
  const tiers = text
    .trim()
    .split(/\s+/)
    .map((part) => {
      const match = /^(\d{1,3})%?[:=]([a-z,+-]*)$/i.exec(part);
      if (!match) throw new InvalidInputError("policy", part);
      const approvers = match[2]!.split(/[,+]/).filter((a) => a.length > 0 && a !== "-" && a !== "none" && a !== "auto");
      return { upToBp: Number(match[1]) * 100, approvers };
    });
  return validate(policyTiersSchema, tiers);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
