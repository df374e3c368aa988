import { industryCovered, regionCovered } from "./territory.js";

/** How rule lead-assign matches a pool lead to reps: by their territories in this order, then everyone in turn. */
export type AssignBy = "region" | "industry" | "round-robin";

export interface RepForLead {
  id: string;
  /** JSON arrays (User.regions, User.industries). */
  regions: string;
  industries: string;
}

export interface PickedRep {
  id: string;
  /** What made the choice: the territory that covered the lead, or the turn among the team. */
  rule: "region" | "industry" | "round-robin";
}

/**
 * The rep a pool lead goes to: among the reps whose region (then industry, as `by` orders them)
 * covers the lead's, the next after the last one given a lead; when no rep's territory covers it (or
 * every matching rep is at the cap), the team's reps in turn. Reps at the claim cap are skipped.
 */
export function pickRep(
  reps: readonly RepForLead[],
  lead: { region: string | null; industry: string | null },
  options: { by: readonly AssignBy[]; held: ReadonlyMap<string, number>; cap: number; lastUserId: string | null },
): PickedRep | null {
  const free = (r: RepForLead) => (options.held.get(r.id) ?? 0) < options.cap;
  const inTurn = (pool: readonly RepForLead[]) => {
    const start = pool.findIndex((r) => r.id === options.lastUserId);
    // The rep after the last one given a lead; the order is the team's, so turns go round all matches.
    const after = start >= 0 ? start : indexAfter(reps, pool, options.lastUserId);
    return pool.map((_, i) => pool[(after + 1 + i) % pool.length]!).find(free) ?? null;
  };
  for (const by of options.by) {
    if (by === "round-robin") break;
    const matching = reps.filter((r) => (by === "region" ? regionCovered(list(r.regions), lead.region) : industryCovered(list(r.industries), lead.industry)));
    const rep = matching.length > 0 ? inTurn(matching) : null;
    if (rep) return { id: rep.id, rule: by };
  }
  const rep = reps.length > 0 ? inTurn(reps) : null;
  return rep ? { id: rep.id, rule: "round-robin" } : null;
}

/** Where the last rep given a lead stands among a subset: the subset's last member before it in team order. */
function indexAfter(all: readonly RepForLead[], pool: readonly RepForLead[], lastUserId: string | null): number {
  const lastAt = all.findIndex((r) => r.id === lastUserId);
  if (lastAt < 0) return -1;
  let at = -1;
  pool.forEach((r, i) => {
    if (all.indexOf(r) < lastAt) at = i;
  });
  return at;
}

function list(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
