import { APPROVER_ROLES, type ApproverRole, type PolicyTiers, approversFor } from "./approval-policy.js";

// A director (admin) outranks a manager: a director's approval satisfies a manager step, not the reverse.
const RANK: Record<ApproverRole, number> = { manager: 1, director: 2 };
const byRankDesc = (steps: readonly ApproverRole[]) => [...steps].sort((a, b) => RANK[b] - RANK[a]);

/** True when `steps` demand at least what `floor` demands: as many approvals, each of at least the same rank. */
export function coversSteps(steps: readonly ApproverRole[], floor: readonly ApproverRole[]): boolean {
  if (steps.length < floor.length) return false;
  const mine = byRankDesc(steps);
  return byRankDesc(floor).every((role, i) => RANK[mine[i]!] >= RANK[role]);
}

/** The stricter of two step lists; when neither covers the other, the rank-wise maximum (manager steps first). */
export function stricterSteps(team: readonly ApproverRole[], floor: readonly ApproverRole[]): ApproverRole[] {
  if (coversSteps(team, floor)) return [...team];
  if (coversSteps(floor, team)) return [...floor];
  const a = byRankDesc(team);
  const b = byRankDesc(floor);
  const merged = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
    const x = a[i];
    const y = b[i];
    return !x ? y! : !y ? x : RANK[x] >= RANK[y] ? x : y;
  });
  return merged.sort((x, y) => APPROVER_ROLES.indexOf(x) - APPROVER_ROLES.indexOf(y));
}

/** Every threshold where either policy changes its steps; between two of them both are constant. */
function breakpoints(a: PolicyTiers, b: PolicyTiers): number[] {
  return [...new Set([...a.map((t) => t.upToBp), ...b.map((t) => t.upToBp)])].sort((x, y) => x - y);
}

/** The policy in force: at every discount, the stricter of the team's steps and the floor's. */
export function effectiveTiers(team: PolicyTiers, floor: PolicyTiers): PolicyTiers {
  const tiers: PolicyTiers = [];
  for (const upToBp of breakpoints(team, floor)) {
    const approvers = stricterSteps(approversFor(team, upToBp), approversFor(floor, upToBp));
    const last = tiers[tiers.length - 1];
    if (last && last.approvers.join() === approvers.join()) last.upToBp = upToBp;
    else tiers.push({ upToBp, approvers });
  }
  return tiers;
}

/**
 * Where `team` starts asking for less than `floor`: the discount (bp) above which it does (0 when it
 * does from the start), or null when it never does.
 */
export function firstLooserDiscount(team: PolicyTiers, floor: PolicyTiers): number | null {
  const points = breakpoints(team, floor);
  const index = points.findIndex((bp) => !coversSteps(approversFor(team, bp), approversFor(floor, bp)));
  return index < 0 ? null : index === 0 ? 0 : points[index - 1]!;
}
