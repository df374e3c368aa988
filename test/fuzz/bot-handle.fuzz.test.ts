import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createHarnessWithCompanies, type Harness } from "../bot-harness.js";
import { ACTION_IDS, FUZZ_SEED, FUZZ_TOTAL, junkArb, mutate, textArb } from "./fuzz-inputs.js";

// A third of the suite's fuzz budget goes straight into inbox.handle; the rest goes over HTTP.
const RUNS = Math.max(1, Math.round(FUZZ_TOTAL * 0.3));

let h: Harness;
beforeAll(async () => {
  h = await createHarnessWithCompanies();
  await h.say({ platformUserId: "li", displayName: "李雷" }, "商机 新建 华为 20万");
});
afterAll(() => h.close());

const userArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("boss", "li", "amy").map((id) => ({ platformUserId: id })) },
  {
    weight: 1,
    arbitrary: fc.record({
      platformUserId: fc.string({ minLength: 1, maxLength: 40 }),
      displayName: fc.string({ maxLength: 300 }),
      locale: fc.constantFrom("zh", "en"),
    }),
  },
);
const common = {
  channel: fc.constantFrom("local", "fake"),
  user: userArb,
  conversation: fc.record({ id: fc.constantFrom("dm:li", "grp-1"), kind: fc.constantFrom("direct" as const, "group" as const) }),
  eventId: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
};
const messageArb = fc.record({ type: fc.constant("message" as const), ...common, text: textArb });
const actionArb = fc.record({
  type: fc.constant("card.action" as const),
  ...common,
  actionId: fc.oneof(fc.constantFrom(...ACTION_IDS), fc.string({ maxLength: 300 })),
  value: fc.oneof(fc.string({ maxLength: 100 }), textArb, fc.constant("::::")),
});
const inputArb = fc.oneof(
  { weight: 6, arbitrary: messageArb },
  { weight: 2, arbitrary: actionArb },
  { weight: 2, arbitrary: mutate(messageArb as fc.Arbitrary<Record<string, unknown>>) },
  { weight: 1, arbitrary: mutate(actionArb as fc.Arbitrary<Record<string, unknown>>) },
  { weight: 1, arbitrary: junkArb },
);

it(`inbox.handle survives ${RUNS} generated and mutated events with a clear answer each (seed ${FUZZ_SEED})`, { timeout: 600_000 }, async () => {
  let answered = 0;
  await fc.assert(
    fc.asyncProperty(inputArb, async (input) => {
      const response = await h.inbox.handle(input);
      expect(Array.isArray(response.replies)).toBe(true);
      if (!response.duplicate) expect(response.replies.length).toBeGreaterThan(0);
      for (const reply of response.replies) expect(reply.text !== undefined || reply.card !== undefined).toBe(true);
      // An unexpected error is a bug: it would answer "something went wrong" instead of a clear reason.
      expect(h.errors).toEqual([]);
      answered += 1;
    }),
    { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
  );
  expect(answered).toBe(RUNS);
  if (h.t.dialect === "sqlite") expect(await h.t.db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
});
