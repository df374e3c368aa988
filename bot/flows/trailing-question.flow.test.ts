import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

// NOW is Wednesday 2026-11-25 10:00 in Shanghai (02:00 UTC).
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
  await h.say(LI, "客户 添加 顺丰");
  await h.say(LI, "联系人 添加 华为 张伟 13800138000");
  await h.say(LI, "商机 新建 华为 100万");
});
afterEach(async () => h.close());

describe("a report with a question after it logs the report and answers the question", () => {
  it.each([
    ["给顺丰发了邮件，另外顺丰之前是谁在跟？", "email", "顺丰", "顺丰"],
    ["今天拜访了华为，华为的联系人是谁？", "visit", "华为", "张伟"],
    ["跟华为通了电话，他们的商机有哪些？", "call", "华为", "¥1,000,000"],
  ])("%s", async (text, kind, company, answered) => {
    const reply = textOf(await h.say(LI, text));
    const logged = await h.t.db.activity.findMany({ include: { company: true } });
    expect(logged.map((a) => [a.kind, a.company?.name])).toEqual([[kind, company]]);
    expect(reply).toContain(answered);
  });

  it("a question alone still writes nothing", async () => {
    await h.say(LI, "顺丰之前是谁在跟？");
    expect(await h.t.db.activity.count()).toBe(0);
  });
});
