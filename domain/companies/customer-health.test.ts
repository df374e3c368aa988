import { describe, expect, it } from "vitest";
import { customerHealth, type HealthInputs } from "./customer-health.js";

const calm: HealthInputs = {
  daysSilent: 0,
  silenceThreshold: 60,
  recentTickets: 0,
  overdueTickets: 0,
  ratings: [],
  contactDeleted: 0,
  repRemoved: 0,
  leftGroup: 0,
};
const score = (i: Partial<HealthInputs>) => customerHealth({ ...calm, ...i }).score;

describe("the one customer health score", () => {
  it("each input's deduction, computed by hand", () => {
    expect(score({})).toBe(100);
    // Silence: 40 × 60 ÷ (2 × 60) = 20; capped at 40.
    expect(score({ daysSilent: 60 })).toBe(80);
    expect(score({ daysSilent: 500, silenceThreshold: 30 })).toBe(60);
    // Recent tickets 5 each up to 20; overdue 10 each up to 30.
    expect(score({ recentTickets: 3 })).toBe(85);
    expect(score({ recentTickets: 9, overdueTickets: 9 })).toBe(50);
    // Ratings: (5 − average) × 10: ★5 costs nothing, ★1 costs 40, ★4 and ★3 average 3.5 → 15.
    expect(score({ ratings: [5, 5] })).toBe(100);
    expect(score({ ratings: [1] })).toBe(60);
    expect(score({ ratings: [4, 3] })).toBe(85);
    // Lost WeCom contacts: 30 a deleted rep, 15 a rep who lost them, 10 a member who left the group; 40 at most.
    expect(score({ contactDeleted: 1 })).toBe(70);
    expect(score({ repRemoved: 1, leftGroup: 1 })).toBe(75);
    expect(score({ contactDeleted: 2, leftGroup: 3 })).toBe(60);
    // Everything at once never goes below 0.
    expect(score({ daysSilent: 999, recentTickets: 9, overdueTickets: 9, ratings: [1], contactDeleted: 9 })).toBe(0);
  });

  it("lists each deduction with what it is for", () => {
    expect(customerHealth({ ...calm, daysSilent: 45, overdueTickets: 2, ratings: [2, 3], contactDeleted: 1 }).parts).toEqual([
      { factor: "silence", points: 15, detail: 45 },
      { factor: "overdue-tickets", points: 20, detail: 2 },
      { factor: "ratings", points: 25, detail: 2.5 },
      { factor: "contact-deleted", points: 30, detail: 1 },
    ]);
  });
});
