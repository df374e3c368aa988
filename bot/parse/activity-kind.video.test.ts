import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";

// Seeing each other on a screen is a meeting, as is walking a customer through something.
describe("video and walkthrough meetings", () => {
  it.each([
    ["FaceTime with Globex CEO", "meeting"],
    ["facetimed the Acme team", "meeting"],
    ["Initech webinar attended by 3 of their team", "meeting"],
    ["walked Initech through the pricing", "meeting"],
    ["walked the Acme team through the roadmap", "meeting"],
    ["walked through the office with Acme", null],
  ])("%s → %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });
});
