import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, type Harness, LI } from "../../test/bot-harness.js";

// NOW is Wednesday 2026-11-25 10:00 in Shanghai (02:00 UTC).
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => h.close());

describe("a quote still to be sent sets the deal's value and the step, and logs nothing done", () => {
  it.each([
    [AMY, "need to send Acme Corp the revised quote (78k) before 5pm today", "Acme Corp", 7_800_000n],
    [LI, "明天下午两点半去华为拜访，顺便把新报价75万带过去", "华为", 75_000_000n],
    [LI, "下周一把80万的报价发给华为", "华为", 80_000_000n],
  ])("%s: %s", async (who, text, company, minor) => {
    await h.say(who, text);
    expect(await h.t.db.activity.count()).toBe(0);
    const followUps = await h.t.db.followUp.findMany({ include: { company: true } });
    expect(followUps.map((f) => f.company?.name)).toEqual([company]);
    const deals = await h.t.db.deal.findMany({ include: { company: true } });
    expect(deals.map((d) => [d.company.name, d.amountMinor])).toEqual([[company, minor]]);
  });

  it("a figure said as news beside a plan is still kept as a note", async () => {
    await h.say(LI, "华为项目预算上调到260万，明天电话确认细节");
    expect((await h.t.db.activity.findMany()).map((a) => a.kind)).toEqual(["note"]);
  });
});
