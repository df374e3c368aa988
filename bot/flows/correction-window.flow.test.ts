import { afterEach, describe, expect, it } from "vitest";
import { createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

/**
 * A correction applies to what was logged in the last 30 minutes. The rows' createdAt is the database's wall
 * clock; the window was measured against the bot's clock, so a bot on a clock days ahead (a fixed clock in an
 * acceptance run) found every turn too old and asked "which customer?" for "不对，是下周三".
 */
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const followUpDays = async (harness: Harness) =>
  (await harness.t.db.followUp.findMany({ where: { done: false } })).map((f) => f.dueAt.toISOString().slice(0, 10));

describe("the correction window is measured on the clock that stamped the rows", () => {
  it("a bot clock far ahead of the wall clock still corrects the sentence just logged", async () => {
    h = await createHarnessWithCompanies(new Date("2027-03-10T02:00:00Z")); // Wed 10 Mar 2027 10:00 in Shanghai
    await h.say(LI, "跟华为通了电话，下周二给报价");
    expect(await followUpDays(h)).toEqual(["2027-03-16"]);
    const reply = await h.say(LI, "不对，是下周三");
    expect(textOf(reply)).toMatch(/已更正/u);
    expect(await followUpDays(h)).toEqual(["2027-03-17"]);
  });

  it("a sentence logged more than 30 minutes ago (wall clock) is not corrected", async () => {
    h = await createHarnessWithCompanies();
    await h.say(LI, "跟华为通了电话，下周二给报价");
    const old = new Date(Date.now() - 31 * 60_000);
    for (const row of await h.t.db.auditLog.findMany({ where: { action: "activity.log" } })) {
      const after = JSON.parse(row.after ?? "{}") as Record<string, unknown>;
      await h.t.db.auditLog.update({ where: { id: row.id }, data: { after: JSON.stringify({ ...after, createdAt: old.toISOString() }) } });
    }
    const reply = await h.say(LI, "不对，是下周三");
    expect(textOf(reply)).not.toMatch(/已更正/u);
    expect(await followUpDays(h)).toEqual(["2026-12-01"]);
  });
});
