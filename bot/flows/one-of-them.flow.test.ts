import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, buttons, createHarnessWithCompanies, type Harness, LI } from "../../test/bot-harness.js";

// NOW is Wednesday 2026-11-25 10:00 in Shanghai (02:00 UTC).
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "客户 添加 京东");
  await h.say(AMY, "company add Globex");
});
afterEach(async () => h.close());

// Probes 55–58: "met X and Y, one of them wants a demo, forgot which" was logged on each, with a follow-up on each.
describe("when the message says only one of the customers named wants the step, it asks before writing", () => {
  it.each([
    [LI, "昨晚跟华为和京东的人一起吃了个饭，其中一家想下周看demo，我记不清是哪家了"],
    [LI, "刚在展会上跟华为、京东两家的人碰了个头，其中有一家下周三要来公司详谈"],
    [AMY, "Acme Corp + Globex joint webinar went ok, one of them asked for a trial license, forgot who"],
  ])("%s", async (who, text) => {
    const reply = await h.say(who, text);
    expect(await h.t.db.activity.count()).toBe(0);
    expect(await h.t.db.followUp.count()).toBe(0);
    expect(buttons(reply).length).toBeGreaterThan(1);
  });

  it("both named and both meant are still logged on each, unasked", async () => {
    await h.say(LI, "今天跟华为和京东开了个三方会，下周三再碰");
    expect(await h.t.db.activity.count()).toBe(2);
  });
});
