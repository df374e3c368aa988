import { describe, expect, it } from "vitest";
import { boltCanRead } from "./koa-receiver.js";

// Payloads found by the platform fuzzer: signed correctly, shaped wrongly; Bolt threw on each (→ 500).
describe("boltCanRead", () => {
  const click = { type: "block_actions", user: { id: "U1" }, team: { id: "T1" }, actions: [{ action_id: "a" }] };
  it("accepts what Slack sends, including team: null", () => {
    expect(boltCanRead(click)).toBe(true);
    expect(boltCanRead({ ...click, team: null })).toBe(true);
    expect(boltCanRead({ type: "event_callback", event: { type: "message" } })).toBe(true);
    expect(boltCanRead({ command: "/crm", user_id: "U1", text: "help" })).toBe(true);
  });
  it("refuses actions that are not a list, a null or missing user, and an event that is not an object", () => {
    expect(boltCanRead({ ...click, actions: { value: [] } })).toBe(false);
    expect(boltCanRead({ ...click, user: null })).toBe(false);
    const { user: _user, ...noUser } = click;
    expect(boltCanRead(noUser)).toBe(false);
    expect(boltCanRead({ ...click, channel: "D1" })).toBe(false);
    expect(boltCanRead({ type: "event_callback", event: "x" })).toBe(false);
  });
});
