import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";

// "跟腾讯的马总在他们办公室聊了两个小时" logged a meeting: talking at the customer's place is a visit, as
// "met at their office" and "去了他们公司" already are. Our own office stays a meeting.
describe("at the customer's office is a visit", () => {
  it.each([
    ["跟腾讯的马总在他们办公室聊了两个小时，初步意向500万", "visit", false],
    ["跟某某的马总在他们办公室聊了两个小时", "visit", false],
    ["在客户那边开了个会", "visit", false],
    ["到客户公司聊了一下午", "visit", false],
    ["在对方会议室做了演示", "visit", false],
    ["明天在他们办公室开会", "visit", true],
    // ours, or no place said
    ["在我们办公室聊了两个小时", "meeting", false],
    ["约他们在我们公司见面", "meeting", true],
    ["跟张总在会议室开了会", "meeting", false],
    ["在他们公司的路上接了个电话", "call", false],
    // the customer at its own office: no visit of ours
    ["华为的人在他们总部开会，没空见我们", null, false],
    ["客户在他们办公室等我们，我们堵车了没赶上，华为", null, false],
  ] as const)("%s → %s", (text, kind, planned) => {
    const read = inferActivityIntent(text);
    expect(read.activity).toBe(kind);
    expect(read.planned).toBe(planned);
  });
});

// "Acme Corp walkthrough at their model home today" logged a note: a walkthrough, tour, demo or meeting at the
// customer's place is a visit; a walkthrough elsewhere is a meeting.
describe("an English activity at the customer's place is a visit", () => {
  it.each([
    ["Acme Corp walkthrough at their model home today, went well", "visit"],
    ["demo at their new store this morning", "visit"],
    ["toured their showroom with the GM", "visit"],
    ["Initech meeting at their new warehouse", "visit"],
    ["lunch at Globex's HQ", "visit"],
    ["Atlas Roofing - mtg at their yard, check back next week", "visit"],
    ["product walkthrough with Globex", "meeting"],
    ["demo at our office", "meeting"],
    ["meeting at their request, pricing only", "meeting"],
  ] as const)("%s → %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });
});
