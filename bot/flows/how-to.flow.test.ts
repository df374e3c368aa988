import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, type Harness, LI, type Person, textOf } from "../../test/bot-harness.js";

// Probe 7: "怎么删除一条记录？" answered 'no customer called "怎么删除一条"'; "how do I delete a note?" 'no customer called
// "delete note"'. A question about using the bot gets the way in, and writes nothing.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

const written = async () => [await h.t.db.activity.count(), await h.t.db.followUp.count(), await h.t.db.company.count(), await h.t.db.deal.count()];

/** The reply holds `hint`, looks for no customer, and nothing is written. */
async function answersWithoutWriting(who: Person, text: string, hint: string) {
  const before = await written();
  const reply = textOf(await h.say(who, text));
  expect(reply).toContain(hint);
  expect(reply).not.toMatch(/没有“|no customer called|哪个客户|Which customer/u);
  expect(await written()).toEqual(before);
}

describe("how to use the bot: the way in, nothing written", () => {
  it.each([
    [LI, "怎么删除一条记录？", "撤销"],
    [LI, "你好，怎么用？", "帮助"],
    [LI, "请问如何修改商机金额", "编辑"],
    [LI, "这个怎么撤销", "撤销"],
    [AMY, "how do I delete a note?", "undo"],
    [AMY, "how to export my deals", "help"],
    [AMY, "hi, how can I edit a deal", "Edit"],
    [AMY, "is there a way to undo that", "undo"],
    // probe 10: "华为的报价单模板在哪里可以找到" was a note on 华为 that moved its deal to Proposal
    [LI, "华为的报价单模板在哪里可以找到", "帮助"],
    [AMY, "where can I find the quote template?", "help"],
  ] as [Person, string, string][])("%# %s", answersWithoutWriting);

  it.each([
    [LI, "跟华为通了电话，问怎么用我们的产品"],
    [AMY, "called Acme Corp, they asked how to use the API"],
    [LI, "华为打电话来问我们的仓库在哪里"],
  ] as [Person, string][])("a report that mentions how to use something is logged: %s", async (who, text) => {
    await h.say(who, text);
    expect(await h.t.db.activity.count()).toBe(1);
  });
});

// Probe 8: "what time is it in Shanghai" answered 'There is no customer called "it Shanghai"'.
describe("a question about the world, not the CRM: what the bot can do, nothing written", () => {
  it.each([
    [LI, "今天天气怎么样", "帮不上忙"],
    [LI, "现在几点了？", "帮不上忙"],
    [AMY, "what time is it in Shanghai", "can't help"],
    [AMY, "what's the weather like in Beijing?", "can't help"],
    [AMY, "are you a bot?", "can't help"],
  ] as [Person, string, string][])("%# %s", answersWithoutWriting);

  it("a report that names the weather is logged", async () => {
    await h.say(AMY, "Acme Corp said the weather delayed the shipment, follow up Monday");
    expect(await h.t.db.activity.count()).toBe(1);
  });
});
