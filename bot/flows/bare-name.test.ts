import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithPeople, type Harness, LI, type Person, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithPeople();
  await h.say(LI, "客户 添加 华为技术有限公司 A");
  await h.say(LI, "联系人 添加 华为 张伟 13800138000");
  await h.say(AMY, "company add Acme Corp B");
  await h.say(AMY, "contact add Acme Corp John Smith john@acme.com");
});
afterEach(async () => h.close());

const activities = () => h.t.db.activity.count();

describe("a message that is only a known name looks the record up and logs nothing", () => {
  it.each(
    (
      [
        [LI, "华为", "华为技术有限公司"],
        [LI, "华为？", "华为技术有限公司"],
        [LI, "华为技术有限公司", "华为技术有限公司"],
        [LI, "  @华为。", "华为技术有限公司"],
        [AMY, "Acme Corp", "Acme Corp"],
        [AMY, "acme?", "Acme Corp"],
        [LI, "张伟", "张伟"],
        [AMY, "John Smith", "John Smith"],
        [AMY, "john smith?", "John Smith"],
      ] as [Person, string, string][]
    ).map(([who, text, shown]) => [text, who, shown] as const),
  )("%s", async (text, who, shown) => {
    const before = await activities();
    const reply = await h.say(who, text);
    expect(textOf(reply)).toContain(shown);
    expect(await activities()).toBe(before);
  });

  it.each(
    (
      [
        [LI, "华为很满意", "华为技术有限公司"],
        [AMY, "Acme Corp called", "Acme Corp"],
        [LI, "张伟说下周签", "华为技术有限公司"],
      ] as [Person, string, string][]
    ).map(([who, text, company]) => [text, who, company] as const),
  )("a name with anything else is still a report: %s", async (text, who, company) => {
    const before = await activities();
    await h.say(who, text);
    expect(await activities()).toBe(before + 1);
    const last = await h.t.db.activity.findFirstOrThrow({ orderBy: { createdAt: "desc" }, include: { company: true } });
    expect(last.company?.name).toBe(company);
  });
});
