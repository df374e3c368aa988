import { describe, expect, it } from "vitest";
import type { ChurnCandidate } from "./churn.scan.js";
import { churnPeriodKey, digestPeriodKey, followUpPeriodKey, renewalPeriodKey, resumedPeriodKey, slaPeriodKey, stalePeriodKey } from "./period-keys.js";

// Deployed databases hold Alert rows with these keys: a changed format would send every alert again.
describe("alert period keys", () => {
  const at = new Date("2026-11-24T01:30:00Z");

  it("keep the formats existing Alert rows were claimed under", () => {
    expect(stalePeriodKey("d1", at)).toBe("stale-deal:d1:2026-11-24T01:30:00.000Z");
    expect(resumedPeriodKey("stale-deal:d1:x", at)).toBe("stale-deal:d1:x:after:2026-11-24T01:30:00.000Z");
    expect(followUpPeriodKey("f1", "morning", at)).toBe("overdue-followup:f1:morning:2026-11-24T01:30:00.000Z");
    expect(renewalPeriodKey("d1", at)).toBe("renewal:d1:2026-11-24T01:30:00.000Z");
    expect(slaPeriodKey("t1")).toBe("sla:t1");
    expect(digestPeriodKey("weekly-summary", "team1", at, "America/Los_Angeles")).toBe("weekly-summary:team:team1:2026-11-23");
  });

  it("key churn by the quiet spell, or by the month in Shanghai for repeated tickets", () => {
    const company = { id: "c1", name: "Acme", tier: "B", ownerId: null, teamId: null, lastInteractionAt: null, createdAt: at, healthScore: null };
    const candidate = (reason: ChurnCandidate["reason"]): ChurnCandidate => ({ company, reason, daysSilent: 0, recentTickets: 0, score: 100, parts: [] });
    expect(churnPeriodKey(candidate("inactive"), at)).toBe("churn:c1:inactive:2026-11-24T01:30:00.000Z");
    expect(churnPeriodKey(candidate("tickets"), new Date("2026-11-30T17:00:00Z"))).toBe("churn:c1:tickets:2026-12");
  });
});
