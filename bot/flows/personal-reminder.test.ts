import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, buttons, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

// Probe 33: "周一上午提醒我把这周的客户拜访记录整理一下" asked which customer it was about (and offered a customer called
// 记录整理一下). A reminder naming no customer is the rep's own follow-up, as `followup add` makes it.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

describe("a reminder about no customer", () => {
  it.each([
    [LI, "明天上午提醒我写周报", "写周报"],
    [LI, "周一上午提醒我把这周的客户拜访记录整理一下", "把这周的客户拜访记录整理一下"],
    [LI, "设个提醒：周五下午交报销单", "交报销单"],
    [AMY, "remind me tomorrow 9am to update the forecast", "update the forecast"],
    [AMY, "set a reminder for Friday 4pm to submit expenses", "submit expenses"],
    [AMY, "can you remind me Monday 10am to chase the PO?", "chase the PO"],
  ])("%s: %s is the rep's own follow-up", async (who, text, title) => {
    const reply = await h.say(who, text);
    expect(buttons(reply)).toEqual([]);
    const followUp = await h.t.db.followUp.findFirstOrThrow();
    expect(followUp.companyId).toBeNull();
    expect(followUp.title).toBe(title);
    expect(await h.t.db.activity.count()).toBe(0);
  });

  it.each([
    [LI, "明天提醒我给华为发合同", "华为"],
    [AMY, "remind me to call Acme Corp on Tuesday", "Acme Corp"],
  ])("%s: %s stays on the customer named", async (who, text, company) => {
    await h.say(who, text);
    const followUp = await h.t.db.followUp.findFirstOrThrow({ include: { company: true } });
    expect(followUp.company?.name).toBe(company);
  });

  it("a reminder with no day still asks (nothing to schedule)", async () => {
    const reply = await h.say(LI, "提醒我写周报");
    expect(await h.t.db.followUp.count()).toBe(0);
    expect(textOf(reply)).not.toBe("");
  });
});
