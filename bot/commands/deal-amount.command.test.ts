import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AMY, createHarnessWithCompanies, dealRow, type Harness, LI, textOf } from "../../test/bot-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarnessWithCompanies();
});
afterEach(async () => {
  await h.close();
});

// Companies in the harness: 华为 (zh user 李雷) and Acme Corp (en user Amy).
const speakerOf = (text: string) => (text.startsWith("商机") ? LI : AMY);
describe("deal new reads the amount slot", () => {
  const read: Array<[string, bigint, string]> = [
    ["deal new Acme Corp 200000", 20_000_000n, "USD"],
    ["deal new Acme Corp 1,200,000 RMB", 120_000_000n, "CNY"],
    ["deal new Acme Corp 1.2m", 120_000_000n, "USD"],
    ["deal new Acme Corp ¥80万", 80_000_000n, "CNY"],
    ["deal new Acme Corp USD 50k", 5_000_000n, "USD"],
    ["deal new Acme Corp 50k USD", 5_000_000n, "USD"],
    ["deal new Acme Corp €3.5k", 350_000n, "EUR"],
    ["deal new Acme Corp $1,234.56", 123_456n, "USD"],
    ["deal new Acme Corp 75000 qualified", 7_500_000n, "USD"],
    ["商机 新建 华为 800000", 80_000_000n, "CNY"],
    ["商机 新建 华为 80万", 80_000_000n, "CNY"],
    ["商机 新建 华为 12万5", 12_500_000n, "CNY"],
    ["商机 新建 华为 一百二十万", 120_000_000n, "CNY"],
    ["商机 新建 华为 壹佰万元", 100_000_000n, "CNY"],
    ["商机 新建 华为 ８０００００", 80_000_000n, "CNY"],
    ["商机 新建 华为 5000 美元", 500_000n, "USD"],
    ["商机 新建 华为 30万 方案报价", 30_000_000n, "CNY"],
  ];
  it.each(read)("%s", async (text, minor, currency) => {
    const reply = await h.say(speakerOf(text), text);
    expect(textOf(reply)).toMatch(/New deal #1|新商机 #1/);
    const deal = await dealRow(h, 1);
    expect([deal.amountMinor, deal.currency]).toEqual([minor, currency]);
  });

  const refused: Array<[string, RegExp]> = [
    ["deal new Acme Corp 12abc", /can't read "12abc" as an amount/],
    ["deal new Acme Corp $abc", /can't read "\$abc"/],
    ["deal new Acme Corp -500", /can't read "-500"/],
    ["deal new Acme Corp 0", /can't read "0"/],
    ["deal new Acme Corp 20 USD USD", /can't read/],
    ["商机 新建 华为 20人", /看不懂金额“20人”/],
    ["商机 新建 华为 3点", /看不懂金额“3点”/],
    ["商机 新建 华为 几万块", /看不懂金额/],
    ["商机 新建 华为 15%", /看不懂金额“15%”/],
  ];
  it.each(refused)("refuses %s and writes nothing", async (text, hint) => {
    const reply = await h.say(speakerOf(text), text);
    expect(textOf(reply)).toMatch(hint);
    expect(await h.t.db.deal.count()).toBe(0);
  });

  it("a deal named without an amount is still created, at 0 and Lead", async () => {
    await h.say(AMY, "deal new Acme Corp");
    const deal = await dealRow(h, 1);
    expect([deal.amountMinor, deal.stage.key]).toEqual([0n, "lead"]);
  });
});

describe("log sentences write the amount they mention, never a wrong one", () => {
  const sentences: Array<[string, bigint]> = [
    ["跟华为通了电话，预算20多万", 20_000_000n],
    ["跟华为通了电话，报价12万5", 12_500_000n],
    ["拜访了华为，10个人参会，预算一百多万", 100_000_000n],
    ["log called Acme Corp, budget about $1.2M", 120_000_000n],
    ["log met Acme Corp with 12 people, budget 50k USD", 5_000_000n],
  ];
  it.each(sentences)("%s", async (text, minor) => {
    await h.say(speakerOf(text.startsWith("log") ? "" : "商机"), text);
    const deal = await h.t.db.deal.findFirst();
    expect(deal?.amountMinor).toBe(minor);
  });

  it.each(["华为退款5000元，通了电话", "log called Acme Corp about the -$500 credit"])("%s sets no deal value", async (text) => {
    await h.say(speakerOf(text.startsWith("log") ? "" : "商机"), text);
    const deals = await h.t.db.deal.findMany();
    expect(deals.every((d) => d.amountMinor >= 0n)).toBe(true);
    expect(deals.filter((d) => d.amountMinor > 0n)).toEqual([]);
  });
});

describe("an amount set for a customer with no open deal", () => {
  it.each([
    [LI, "华为的单子金额调到60万", "华为没有进行中的商机", 60_000_000n, "CNY"],
    [LI, "商机 华为 金额 60万", "华为没有进行中的商机", 60_000_000n, "CNY"],
    // the particle ending the sentence: "…改成150万了" answered "no deal 华为 found"
    [LI, "华为的单子金额改成150万了", "华为没有进行中的商机", 150_000_000n, "CNY"],
    [LI, "华为的金额改为80万啦！", "华为没有进行中的商机", 80_000_000n, "CNY"],
    [AMY, "deal Acme Corp amount 90k", "Acme Corp has no open deal", 9_000_000n, "USD"],
  ])("%s: offers a new deal of that amount and opens it only when pressed", async (who, text, said, minor, currency) => {
    const offer = await h.say(who, text);
    expect(textOf(offer)).toContain(said);
    expect(await h.t.db.deal.count()).toBe(0);
    await h.say(who, "1");
    const deal = await dealRow(h, 1);
    expect([deal.amountMinor, deal.currency]).toEqual([minor, currency]);
  });

  it("an unknown name is still not found", async () => {
    expect(textOf(await h.say(LI, "商机 腾讯 金额 60万"))).toContain("没有找到");
    expect(await h.t.db.deal.count()).toBe(0);
  });
});

// Probe 46: "华为合同金额改成230万 客户加了培训服务" answered that it could not read "230万 客户加了培训服务".
describe("an amount set with why after it", () => {
  it.each([
    [LI, "华为合同金额改成230万 客户加了培训服务", 230_000_000n],
    [AMY, "deal Acme Corp amount 85k, they added seats", 8_500_000n],
  ])("%s: %s", async (who, text, minor) => {
    await h.say(who, who === LI ? "商机 新建 华为 200万" : "deal new Acme Corp 80k");
    await h.say(who, text);
    expect((await dealRow(h, 1)).amountMinor).toBe(minor);
  });

  it("a value that is no figure is still refused, the deal unchanged", async () => {
    await h.say(LI, "商机 新建 华为 200万");
    expect(textOf(await h.say(LI, "华为金额改成 大概两百多万吧"))).toContain("读不出金额");
    expect((await dealRow(h, 1)).amountMinor).toBe(200_000_000n);
  });
});
