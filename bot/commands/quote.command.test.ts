import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createHarnessWithCompanies, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

const quote = (number: string) => h.t.db.quote.findUniqueOrThrow({ where: { number }, include: { lines: true, deal: true } });

describe("quote / 报价 commands", () => {
  it("links the company's only open deal, or the deal named by number", async () => {
    await h.say(LI, "商机 新建 华为 20万");
    expect(textOf(await h.say(LI, "报价 新建 华为"))).toContain("Q0001");
    expect((await quote("Q0001")).deal?.number).toBe(1);
    await h.say(LI, "商机 新建 华为 5万");
    await h.say(LI, "报价 新建 华为");
    expect((await quote("Q0002")).dealId).toBeNull(); // two open deals: not guessed
    await h.say(LI, "报价 新建 #2");
    expect((await quote("Q0003")).deal?.number).toBe(2);
    expect(textOf(await h.say(AMY, "quote new #2"))).toMatch(/permission/i);
  });

  it("adds lines to the named quote or the draft worked on last, with % and 折", async () => {
    await h.say(AMY, "quote new Acme Corp");
    await h.say(AMY, "quote new Acme Corp");
    await h.say(AMY, "quote line Support 1 50k"); // Q0002, the newest draft
    await h.say(AMY, "quote line Q0001 Cloud license 10 1,200.50 12.5%");
    await h.say(AMY, "quote line 实施服务 1 5万 8折"); // Q0001 was touched last
    const first = await quote("Q0001");
    expect(first.lines.map((l) => [l.product, l.quantity, l.unitPriceMinor, l.discountBp, l.totalMinor])).toEqual([
      ["Cloud license", 10, 120_050n, 1250, 1_050_438n], // 1,200,500 × 0.875 = 1,050,437.5 → half up
      ["实施服务", 1, 5_000_000n, 2000, 4_000_000n],
    ]);
    expect([first.totalMinor, first.maxDiscountBp]).toEqual([5_050_438n, 2000]);
    expect((await quote("Q0002")).lines.map((l) => l.product)).toEqual(["Support"]);
  });

  it("only the owner (or their manager / an admin) changes a quote", async () => {
    await h.say(AMY, "quote new Acme Corp");
    expect(textOf(await h.say(LI, "报价 明细 Q0001 服务器 1 100"))).toMatch(/没有权限/);
    expect(textOf(await h.say(BOSS, "quote line Q0001 Server 1 100"))).toContain("Q0001");
    expect((await quote("Q0001")).lines).toHaveLength(1);
  });

  it("a sentence that opens with the word quote is logged, not answered with the usage", async () => {
    for (const text of ["quote for Acme Corp $45k, follow up next Friday", "Quote sent to Acme Corp, they'll decide by EOD Friday"]) {
      const before = await h.t.db.activity.count();
      const reply = textOf(await h.say(AMY, text));
      expect(reply, text).not.toMatch(/^Usage:/);
      expect(await h.t.db.activity.count(), text).toBe(before + 1);
    }
  });

  it("explains usage, a missing draft and an unknown quote", async () => {
    expect(textOf(await h.say(AMY, "quote"))).toMatch(/^Usage: quote new/);
    expect(textOf(await h.say(LI, "报价 提交"))).toContain("草稿");
    expect(textOf(await h.say(LI, "报价 查看 Q0099"))).toContain("没有找到报价单");
    expect(textOf(await h.say(AMY, "quote submit"))).toContain("no draft");
    await h.say(AMY, "quote new Acme Corp");
    expect(textOf(await h.say(AMY, "quote submit"))).toMatch(/at least one line|lines/);
    expect((await quote("Q0001")).status).toBe("draft");
  });

  it("shows and sets the approval policy", async () => {
    expect(textOf(await h.say(BOSS, "quote policy"))).toContain("≤10%");
    expect(textOf(await h.say(LI, "报价 规则 5:- 100:manager"))).toMatch(/没有权限/);
    expect(textOf(await h.say(BOSS, "quote policy 5:- 100:manager"))).toContain("updated");
    expect(textOf(await h.say(BOSS, "quote policy"))).toContain("≤5%");
    expect(textOf(await h.say(BOSS, "quote policy 5:- 50:manager"))).toMatch(/Invalid/);
  });

  it("without any channel to the approver the rep is told, and the approver can still decide from quote show", async () => {
    await h.say(AMY, "quote new Acme Corp");
    await h.say(AMY, "quote line Server 1 1000 15%");
    expect(textOf(await h.say(AMY, "quote submit"))).toContain("could not reach");
    expect(textOf(await h.say(LI, "报价 查看 Q0001"))).toMatch(/没有权限/);
    const shown = await h.say(BOSS, "quote show Q0001");
    const approve = button(shown, (b) => b.actionId === "quote.approve");
    expect(textOf(await h.press(BOSS, approve))).toContain("Approved");
    expect((await quote("Q0001")).status).toBe("approved");
  });
});
