import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";

// A conversation held, with no other activity word, is a call; any in-person word wins.
const cases: [string, "call" | "meeting" | "visit" | null][] = [
  ["Spoke with Hank at Globex, he wants pricing for 50 seats", "call"],
  ["spoke to the Acme CFO about budget", "call"],
  ["talked with Initech procurement, they need a quote by Friday", "call"],
  ["Talked to Bob at Umbrella re renewal", "call"],
  ["chatted with Stark about the pilot", "call"],
  ["caught up with Wayne Enterprises on the rollout", "meeting"],
  ["spoke briefly with Hooli, not a fit yet", "call"],
  ["spoke with Bob over lunch, they want a demo", "meeting"],
  ["talked to Globex on site today", "visit"],
  ["spoke with Initech onsite about the rollout", "visit"],
  ["need to talk to Acme next week", null],
  ["will speak with Initech tomorrow", null],
];

describe("spoke / talked with", () => {
  it.each(cases)("%s → %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });
});

// "spoke w/ Fabrikam this AM, they want a demo" planned a meeting and logged nothing held.
describe("a conversation held before an activity only planned is the call", () => {
  it.each(["spoke w/ Fabrikam this AM, they want a demo", "talked to Globex CFO, wants a meeting next week", "spoke with Bob, meeting Friday 3pm"])(
    "%s",
    (text) => {
      const intent = inferActivityIntent(text);
      expect([intent.activity, intent.planned]).toEqual(["call", false]);
    },
  );

  it("a plan said before the conversation stays the plan", () => {
    expect(inferActivityIntent("will demo to Globex after I spoke with Hank").planned).toBe(true);
  });
});

describe("a conversation not held is no call", () => {
  it.each([
    "haven't spoken with Globex in weeks, need to schedule a demo",
    "never talked to Initech, but they want a demo",
    "we never spoke with Initech's CFO, they want a demo next week",
  ])("%s", (text) => {
    expect(inferActivityIntent(text).activity).not.toBe("call");
  });
});

describe("a conversation at an event, before a plan, is a meeting", () => {
  it("spoke with Globex at the trade show, they want a demo", () => {
    expect(inferActivityIntent("spoke with Globex at the trade show, they want a demo")).toMatchObject({ activity: "meeting", planned: false });
  });

  // Probe 30: the event's name between "the" and the kind of event left it a call
  it.each(["spoke w/ Initech CTO at the AWS summit on Sat, good convo, he'll intro me to procurement", "talked to Globex at the Shanghai EV expo"])(
    "%s",
    (text) => {
      expect(inferActivityIntent(text)).toMatchObject({ activity: "meeting", planned: false });
    },
  );
});
