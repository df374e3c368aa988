import { afterEach, beforeEach, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

// Found talking to the bot on a fresh clone: "initech moved our kickoff to next wed 10am" wrote a note and the
// meeting's follow-up, and the reply spoke only of the meeting.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

it.each([
  [AMY, "acme corp moved our kickoff to next wed 10am", /Logged a note with Acme Corp[\s\S]*Acme Corp/u],
  [LI, "华为的王总问我们能不能做定制，约了下周四下午3点电话沟通", /已记录备注：华为[\s\S]*华为/u],
])("%s: %s → the note and the plan are both said", async (who, text, said) => {
  const reply = textOf(await h.say(who, text));
  expect(reply).toMatch(said);
  expect(await h.t.db.activity.count()).toBe(1);
  expect(await h.t.db.followUp.count()).toBe(1);
});

it("a plan alone says only the plan", async () => {
  const reply = textOf(await h.say(AMY, "meeting with Acme Corp next wed 10am"));
  expect(reply).not.toMatch(/Logged/u);
  expect(await h.t.db.activity.count()).toBe(0);
});
