import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, BOSS, button, createNorthTeamHarness, type Harness, LI, textOf } from "../../test/bot-harness.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai. 李雷 (manager, zh) and Amy (rep, en) in team north.
let h: Harness;
beforeEach(async () => {
  h = await createNorthTeamHarness({ liManager: true });
  await h.say(LI, "商机 新建 华为 50万 赢单");
  await h.say(AMY, "deal new Acme Corp 40k won");
});
afterEach(async () => {
  await h.close();
});

const payments = () => h.t.db.payment.findMany({ orderBy: { createdAt: "asc" } });

describe("contracts and payments from chat", () => {
  it("a won deal has its contract; a sentence records a payment with the balance and an Undo", async () => {
    const card = textOf(await h.say(LI, "合同 华为"));
    expect(card).toContain("合同 1 · 华为");
    expect(card).toContain("未回款: ¥500,000");
    const reply = await h.say(LI, "华为回款20万");
    expect(textOf(reply)).toContain("已登记回款 ¥200,000（合同 1 · 华为），未回款 ¥300,000");
    expect((await payments()).map((p) => p.amountMinor)).toEqual([20_000_000n]);
    await h.press(
      LI,
      button(reply, (b) => b.actionId === "turn.undo"),
    );
    expect(await payments()).toEqual([]);
    expect(await h.t.db.activity.count()).toBe(0); // a payment is not logged as a note
  });

  // Found in a new-user run: "…，是第一期" made the sentence a note, and 美的 was read as 美.
  it("a last clause naming the instalment, and a customer whose name ends in 的", async () => {
    await h.say(LI, "华为回款10万，是第一期");
    await h.say(LI, "客户 添加 美的");
    await h.say(LI, "商机 新建 美的 30万 赢单");
    expect(textOf(await h.say(LI, "美的回款5万"))).toContain("已登记回款 ¥50,000");
    expect((await payments()).map((p) => p.amountMinor)).toEqual([10_000_000n, 5_000_000n]);
    expect(await h.t.db.activity.count()).toBe(0);
  });

  it("refuses more than the balance and a payment in another currency, writing nothing", async () => {
    expect(textOf(await h.say(LI, "华为回款60万"))).toContain("超过了合同 1 的未回款 ¥500,000");
    expect(textOf(await h.say(LI, "回款 华为 $1000"))).toContain("以 CNY 计价");
    expect(await payments()).toEqual([]);
  });

  it("a payment plan by shares, then 'the first instalment' and a share in English", async () => {
    const planned = textOf(await h.say(LI, "合同 计划 1 30% 12月31日，70% 2027-03-31"));
    expect(planned).toContain("回款计划已设为 2 期");
    expect(planned).toContain("1. 2026年12月31日 ¥150,000 · 待付");
    expect(planned).toContain("2. 2027年3月31日 ¥350,000 · 待付");
    await h.say(LI, "回款 华为 第1期");
    expect((await payments()).map((p) => p.amountMinor)).toEqual([15_000_000n]);
    const en = textOf(await h.say(AMY, "Acme paid the first 25%"));
    expect(en).toContain("Recorded a payment of $10,000 (contract 2 · Acme Corp); balance $30,000.");
    const dated = textOf(await h.say(AMY, "received $5k from Acme yesterday"));
    expect(dated).toContain("balance $25,000");
    const last = (await payments()).at(-1)!;
    expect(last.receivedAt.toISOString().slice(0, 10)).toBe("2026-11-24");
  });

  // "华为付了首款30万" changed the deal's amount to ¥300,000; "received 30k deposit" did too.
  it("a first payment or a deposit is a payment on the contract and leaves the deal's amount", async () => {
    expect(textOf(await h.say(LI, "华为付了首款10万"))).toContain("已登记回款 ¥100,000");
    expect(textOf(await h.say(AMY, "received 5k deposit from Acme"))).toContain("Recorded a payment of $5,000");
    expect(textOf(await h.say(AMY, "Acme paid a 2k deposit"))).toContain("Recorded a payment of $2,000");
    // 定金 with 到了 / 到位: money that has arrived
    expect(textOf(await h.say(LI, "华为那边定金2万已经到了"))).toContain("已登记回款 ¥20,000");
    expect(textOf(await h.say(LI, "华为1万到位了"))).toContain("已登记回款 ¥10,000");
    expect((await payments()).map((p) => p.amountMinor)).toEqual([10_000_000n, 500_000n, 200_000n, 2_000_000n, 1_000_000n]);
    const deals = await h.t.db.deal.findMany({ orderBy: { number: "asc" } });
    expect(deals.map((d) => d.amountMinor)).toEqual([50_000_000n, 4_000_000n]);
    expect(await h.t.db.activity.count()).toBe(0);
  });

  it("a promise of money is not a payment: it is logged with its follow-up", async () => {
    await h.say(LI, "华为下周回款50万");
    expect(await payments()).toEqual([]);
    await h.say(AMY, "Acme will pay 30% next month");
    await h.say(LI, "华为定金下周到");
    await h.say(LI, "华为回款50万，下周到");
    expect(await payments()).toEqual([]);
  });

  it("lists contracts and the receivables with the collection rate", async () => {
    await h.say(LI, "华为回款10万");
    h.clock.advance(40 * 86_400_000); // the default plan: due in full 30 days after signing
    const list = textOf(await h.say(LI, "合同 列表 团队"));
    expect(list).toContain("合同 1 · 华为 · ¥500,000 · 未回款 ¥400,000 · ⚠️ 逾期 ¥400,000");
    expect(list).toContain("合同 2 · Acme Corp");
    const receivables = textOf(await h.say(LI, "应收"));
    expect(receivables).toContain("CNY：1 份合同，合同额 ¥500,000，已回款 ¥100,000，未回款 ¥400,000");
    expect(receivables).toContain("回款率（到期应收中已收）：20%");
  });

  it("a rep cannot record a payment on a teammate's contract", async () => {
    expect(textOf(await h.say(AMY, "payment 1 10%"))).toMatch(/permission/i);
    expect(await payments()).toEqual([]);
  });

  it("money not received, owed, a rate, or paid to someone else is no payment, and makes no deal", async () => {
    const deals = await h.t.db.deal.count();
    for (const text of [
      "华为回款50万还没到账",
      "华为回款20万没收到",
      "华为尾款还剩20万",
      "华为回款率50%",
      "华为付款5万给供应商",
      "Acme paid 10k in fees to their lawyer",
      "Acme hasn't paid 10k",
      "Acme paid 0.005%",
      "华为下周回款50万",
    ]) {
      await h.say(text.startsWith("Acme") ? AMY : LI, text);
    }
    expect(await payments()).toEqual([]);
    expect(await h.t.db.deal.count()).toBe(deals);
    expect(await h.t.db.contract.count()).toBe(2);
  });

  it("day words between the name and the verb date the payment; a payment next Monday is refused", async () => {
    await h.say(LI, "华为昨天回款10万");
    expect((await payments()).map((p) => p.receivedAt.toISOString().slice(0, 10))).toEqual(["2026-11-24"]);
    expect(textOf(await h.say(AMY, "payment Acme 1k next Monday"))).toContain("has not come yet");
    expect(await payments()).toHaveLength(1);
  });

  it("the contract follows its deal to a new owner; a lost deal's contract is no receivable", async () => {
    await h.say(BOSS, "deal 1 owner Amy Chen");
    const contract = await h.t.db.contract.findFirstOrThrow({ where: { number: 1 } });
    expect(contract.ownerId).toBe((await h.t.db.deal.findFirstOrThrow({ where: { number: 1 } })).ownerId);
    expect(textOf(await h.say(AMY, "payment 1 10%"))).toContain("Recorded a payment of CN¥50,000");
    await h.say(BOSS, "deal move 2 lost");
    const receivables = textOf(await h.say(BOSS, "receivables team"));
    expect(receivables).not.toContain("USD");
  });

  it("undoing the amount that opened a won deal's contract takes the contract too", async () => {
    await h.say(AMY, "deal new Acme Corp won");
    const deal = await h.t.db.deal.findFirstOrThrow({ orderBy: { number: "desc" } });
    await h.say(AMY, `deal ${deal.number} amount 20k`);
    expect(await h.t.db.contract.count({ where: { dealId: deal.id } })).toBe(1);
    await h.say(AMY, "undo");
    expect(await h.t.db.contract.count({ where: { dealId: deal.id } })).toBe(0);
  });

  it("English plans with thousands separators and years; a due day before signing is refused", async () => {
    const plan = textOf(await h.say(AMY, "contract plan 2 $10,000 Dec 1, 2026, 75% Mar 31, 2027"));
    expect(plan).toContain("now has a plan of 2 instalments");
    const rows = await h.t.db.instalment.findMany({ where: { contract: { number: 2 } }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.amountMinor, r.dueAt.toISOString().slice(0, 10)])).toEqual([
      [1_000_000n, "2026-12-01"],
      [3_000_000n, "2027-03-31"],
    ]);
    expect(textOf(await h.say(AMY, "contract plan 2 50% Dec 1 2020, 50% Mar 31 2027"))).toContain("before the contract was signed");
  });

  it("undo puts the previous payment plan back", async () => {
    await h.say(LI, "合同 计划 1 30% 12月31日，70% 2027-03-31");
    expect(await h.t.db.instalment.count({ where: { contract: { number: 1 } } })).toBe(2);
    expect(textOf(await h.say(LI, "撤销"))).toContain("恢复了 回款计划");
    const plan = await h.t.db.instalment.findMany({ where: { contract: { number: 1 } } });
    expect(plan.map((i) => i.amountMinor)).toEqual([50_000_000n]);
  });
});
