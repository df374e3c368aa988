import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db, DbOrTx } from "../shared/db.js";
import { InvalidInputError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";

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

/** Reads and stores the per-team policy (ApprovalPolicy; a row with teamId null is the company-wide default). */
export class ApprovalPolicyService {
  constructor(private readonly db: Db) {}

  /** The team's policy, else the company-wide row, else DEFAULT_POLICY. A corrupt row falls back too. */
  async tiersFor(teamId: string | null, db: DbOrTx = this.db): Promise<PolicyTiers> {
    const rows = await db.approvalPolicy.findMany({
      where: { OR: [{ teamId: teamId ?? "-none-" }, { teamId: null }] },
      orderBy: { updatedAt: "desc" },
    });
    const row = rows.find((r) => r.teamId === teamId && teamId !== null) ?? rows.find((r) => r.teamId === null);
    if (!row) return DEFAULT_POLICY;
    const parsed = policyTiersSchema.safeParse(safeJson(row.tiers));
    return parsed.success ? parsed.data : DEFAULT_POLICY;
  }

  /** Admins set any team's policy; managers their own team's. */
  async set(actor: Actor, teamId: string | null, tiers: unknown) {
    const data = validate(policyTiersSchema, tiers);
    const allowed = actor.role === "admin" || (actor.role === "manager" && teamId !== null && actor.teamId === teamId);
    if (!allowed) throw new PermissionDeniedError("set the approval policy of", "quote");
    return this.db.$transaction(async (tx) => {
      const before = await tx.approvalPolicy.findFirst({ where: { teamId } });
      const row = before
        ? await tx.approvalPolicy.update({ where: { id: before.id }, data: { tiers: JSON.stringify(data) } })
        : await tx.approvalPolicy.create({ data: { teamId, tiers: JSON.stringify(data) } });
      await writeAudit(tx, actor, { action: "approval-policy.set", entityType: "approval-policy", entityId: row.id, before, after: row });
      return data;
    });
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
