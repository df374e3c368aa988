import type { PolicyChangeHandler, PolicyTiers } from "../../domain/quotes/approval-policy.js";
import type { TurnContext } from "../context.js";
import { PM } from "../i18n/policy-messages.js";
import type { Locale } from "../types.js";

/** "≤10%: auto-approved; ≤20%: manager; ≤100%: manager → director". */
export function policyText(tiers: PolicyTiers, locale: Locale): string {
  return tiers.map((t) => `≤${t.upToBp / 100}%: ${t.approvers.length > 0 ? t.approvers.join(" → ") : PM.auto[locale]()}`).join("; ");
}

export interface PolicyAnnouncer {
  handler: PolicyChangeHandler;
  /** Teams whose approvals chat got the announcement, and teams that have none (the reply says so). */
  reached: string[];
  unreachable: string[];
}

/**
 * A policy change is announced in the approvals chat of the team it governs; a floor change in every
 * team's, since it bounds them all. Written in the change's transaction (the outbox delivers it).
 */
export function policyAnnouncer(ctx: TurnContext): PolicyAnnouncer {
  const reached: string[] = [];
  const unreachable: string[] = [];
  const handler: PolicyChangeHandler = async (scope, change) => {
    const out = scope.outbox(ctx.notifier, ctx.now);
    const one = change.teamId ? await scope.team(change.teamId) : null;
    const teams = change.teamId ? (one ? [one] : []) : await scope.teams();
    for (const team of teams) {
      const locale: Locale = team.locale === "en" ? "en" : "zh";
      const what = change.scope === "floor" ? PM.floorWhat[locale]() : PM.teamWhat[locale](team.name);
      const text = PM.announcement[locale](ctx.user.name, what, policyText(change.after, locale), policyText(change.before, locale));
      const posted = await out.toTeam(team.id, "approvals", { text });
      (posted > 0 ? reached : unreachable).push(team.name);
    }
  };
  return { handler, reached, unreachable };
}
