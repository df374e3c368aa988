import { describe, expect, it } from "vitest";
import { parseDates } from "./parse-dates.js";

// Thursday 2026-12-17 16:40 in Shanghai. Probe 16: "Acme wants Q1 pricing, …" followed up on 4 January.
const NOW = new Date("2026-12-17T08:40:00Z");
const followUp = (text: string) => parseDates(text, { now: NOW, timezone: "Asia/Shanghai" }).followUp?.text ?? null;

describe("a quarter named as what the figure or plan is for is no follow-up", () => {
  it.each([
    "Acme wants Q1 pricing, their budget is somewhere between $1.2M and $1.5M",
    "Q1 budget is 200k",
    "they shared their Q2 forecast",
    "Q1 targets are set",
    "下季度预算还没批",
  ])("%s", (text) => {
    expect(followUp(text)).toBeNull();
  });

  it.each([
    ["follow up in Q1", "Q1"],
    ["Q1 plan review next week", "next week"],
    ["revisit Q1", "Q1"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(text)).toBe(expected);
  });
});
