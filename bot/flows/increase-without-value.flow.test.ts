import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

// NOW is Wednesday 2026-11-25 10:00 in Shanghai (02:00 UTC).
let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => h.close());

const deals = async () => (await h.t.db.deal.findMany({ orderBy: { number: "asc" } })).map((d) => d.amountMinor);

// Probe 54: "他们今年要扩容 预计120万左右 周四发方案" opened a deal with no value (the figure was read as an increase, and an
// increase on nothing was dropped).
describe("an increase said where no deal has a value yet is the value", () => {
  it.each([
    ["刚在楼下星巴克跟华为赵总喝了杯咖啡 他们今年要扩容 预计120万左右 周四发方案", 120_000_000n],
    ["华为要增购一批服务器，预计30万，下周发方案", 30_000_000n],
  ])("%s", async (text, minor) => {
    await h.say(LI, text);
    expect(await deals()).toEqual([minor]);
  });

  it("on an open deal with no value yet, the increase becomes its value (shown old → new)", async () => {
    await h.say(LI, "商机 新建 华为");
    expect(await deals()).toEqual([0n]);
    const reply = textOf(await h.say(LI, "华为追加了30万的服务"));
    expect(await deals()).toEqual([30_000_000n]);
    expect(reply).toContain("¥300,000");
  });

  it("a decrease on a deal with no value changes nothing", async () => {
    await h.say(LI, "商机 新建 华为");
    await h.say(LI, "华为那单降了10万");
    expect(await deals()).toEqual([0n]);
  });
});
