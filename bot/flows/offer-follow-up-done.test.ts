import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, LI, type Harness, type Person, buttons, createHarnessWithCompanies, textOf } from "../../test/bot-harness.js";

// An activity logged while a follow-up with that customer is open offers to close it (a button per
// follow-up), and closes nothing by itself.
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(() => h.close());

const openCount = () => h.t.db.followUp.count({ where: { done: false } });
const doneButtons = (r: Awaited<ReturnType<Harness["say"]>>) => buttons(r).filter((b) => b.actionId === "followup.done");

describe("an activity with a customer that has an open follow-up", () => {
  it.each([
    [LI, "跟华为通了电话，下周二给报价", "华为报价已经发了", "完成：给华为发报价"],
    [LI, "约了华为明天下午3点开会", "今天去华为拜访了", "完成："],
    [AMY, "called Acme Corp, they want a quote next Tuesday", "emailed Acme Corp the quote", "Done: Send quote to Acme Corp"],
  ] as [Person, string, string, string][])("%s: %s, then %s offers %s", async (who, first, second, label) => {
    await h.say(who, first);
    const reply = await h.say(who, second);
    const offered = doneButtons(reply);
    expect(offered.map((b) => b.label).join("|")).toContain(label);
    expect(await openCount()).toBe(1);
    const pressed = textOf(await h.press(who, offered[0]!));
    expect(pressed).toMatch(/完成|Done|done/u);
    expect(await openCount()).toBe(0);
  });
});

describe("no offer", () => {
  it.each([
    [LI, "跟华为通了电话，下周二给报价", "华为预算改成35万了"],
    [LI, "跟华为通了电话，下周二给报价", "又给华为打了电话，下周四再聊"],
    [AMY, "called Acme Corp, they want a quote next Tuesday", "called Globex about pricing"],
    [AMY, "called Acme Corp, follow up in 3 weeks", "called Acme Corp again"],
  ] as [Person, string, string][])("%s: %s, then %s", async (who, first, second) => {
    await h.say(who, "company add Globex");
    await h.say(who, first);
    const reply = await h.say(who, second);
    expect(doneButtons(reply)).toHaveLength(0);
  });
});

// "明天下午3点去华为开会" then "华为的会取消了" left the meeting's follow-up to fire for nothing.
describe("an appointment called off", () => {
  it.each([
    [LI, "明天下午3点去华为开会", "华为的会取消了", "取消"],
    [AMY, "call with Acme Corp tomorrow 9am", "Acme Corp call tmrw is cancelled", "cancelled"],
    [AMY, "demo with Acme Corp next Friday", "Acme Corp called off the demo", "cancelled"],
  ] as [Person, string, string, string][])("%s: %s, then %s offers to close it", async (who, first, second, word) => {
    await h.say(who, first);
    const reply = await h.say(who, second);
    expect(textOf(reply)).toContain(word);
    const offered = doneButtons(reply);
    expect(offered).toHaveLength(1);
    expect(await openCount()).toBe(1);
    await h.press(who, offered[0]!);
    expect(await openCount()).toBe(0);
  });

  it("a delivery put off is no appointment called off", async () => {
    await h.say(LI, "明天下午3点去华为开会");
    expect(textOf(await h.say(LI, "华为那边说交付延期了"))).not.toContain("取消");
  });
});
