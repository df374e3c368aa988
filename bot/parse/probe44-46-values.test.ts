import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

const at = { now: new Date("2027-10-12T02:30:00Z"), timezone: "Asia/Shanghai", names: ["华为", "Globex"] };

// Probes 44–46: "预算多批了20万 总价调到220万" set the deal to ¥200,000; "we settled at 76,500" and "我们内部商量了下，
// 总价降到190万" changed nothing.
describe("the deal's value said outright", () => {
  it.each([
    ["华为李经理电话里说预算多批了20万 总价调到220万", 220_000_000, "CNY"],
    ["华为预算多批了20万，总价调到220万", 220_000_000, "CNY"],
    ["华为采购上周五打电话来压价，我们内部商量了下，总价降到190万", 190_000_000, "CNY"],
    ["华为合同金额改成230万 客户加了培训服务", 230_000_000, "CNY"],
    // (probe 47: read as 210万 more, ¥4,100,000)
    ["华为又追加了一个站点，合同金额改成210万", 210_000_000, "CNY"],
    ["globex pushed back on price, we settled at 76,500", 7_650_000, "USD"],
    ["Globex: we landed at 78k after two rounds", 7_800_000, "USD"],
    ["Globex wants a 3 year deal at 70k/yr, I proposed 75k/yr", 7_500_000, "USD"],
  ])("%s → %d %s", (text, minor, currency) => {
    const amount = parseSentence(text, at).amount;
    expect(amount && [amount.minor, amount.currency, amount.change ?? null]).toEqual([minor, currency, null]);
  });

  // (probe 46 asked what unit "2" was in)
  it("a count of sites is no money", () => {
    const parsed = parseSentence("drove out to acme's plant in jersey today, toured the line. they want a quote for 2 sites by end of next week", at);
    expect([parsed.amount, parsed.problems]).toEqual([null, []]);
  });

  // (probe 49: "单价从每套5万改成4.5万" set the deal to ¥45,000; the figures below changed it without anyone agreeing)
  it("a unit price changed for the same count is a share of the deal, no value of it", () => {
    const parsed = parseSentence("华为单价从每套5万改成4.5万，数量40套不变，客户同意了", at);
    expect([parsed.amount, parsed.amountShare]).toEqual([null, { change: "down", percent: 10 }]);
  });

  // (found talking to the bot: "单价从每台3000降到2800，数量500台不变" set ¥1,500,000 to ¥1,399,950, the share rounded)
  it("a share that is no round percentage keeps its exact ratio", () => {
    const share = parseSentence("华为单价从每台3000降到2800，数量500台不变，客户同意了", at).amountShare;
    expect(share?.change).toBe("down");
    // (as the deal change plan applies it)
    expect(Math.round((150_000_000 * (100 - share!.percent)) / 100)).toBe(140_000_000);
  });

  it.each([
    "华为想把总价降到170万，我说要请示一下",
    "Globex wants to settle at 60k, need to talk to my manager before agreeing",
    "globex pushed back hard on price, they want 70k. not agreed yet",
    "john from globex said they cant go above 75k this qtr. holding at 80 for now",
    "华为说最多只能出180万",
  ])("%s: wished, not agreed", (text) => {
    expect(parseSentence(text, at).amount).toBeNull();
  });
});

// Probe 51: "金额预计会涨到260万左右，先别改，等客户确认" set the deal to ¥2,600,000.
describe("a value the rep says not to apply yet changes no deal", () => {
  it.each([
    "华为项目需求加了两个模块，报价要重新做，金额预计会涨到260万左右，先别改，等客户确认",
    "华为总价可能到230万，暂时不改，等对方确认",
    "华为合同金额大概240万，有待确认",
    "globex deal going up to 95k, don't change it yet",
    "Globex deal likely 95k, pending their sign-off",
    "globex at 90k once legal is done, hold off for now",
    // (found talking to the bot: the words before the figure changed the deal to ¥1,800,000)
    "华为那边说价格先别动，等他们领导批了再说，大概能到180万",
    "华为金额暂时别改，客户说可能到200万",
    "hold off on the amount: globex may land at 95k",
  ])("%s", (text) => {
    expect(parseSentence(text, at).amount).toBeNull();
  });
  it.each([
    ["华为金额改成260万，客户已经确认", 260_000_000],
    ["globex deal is 95k now, they confirmed", 9_500_000],
  ])("%s: confirmed, it stands", (text, minor) => {
    expect(parseSentence(text, at).amount?.minor).toBe(minor);
  });
});
