// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { NOW, SHANGHAI } from "./test-support.js";

const amountOf = (text: string) => {
  const amount = parseSentence(text, { now: NOW, timezone: SHANGHAI }).amount;
  return amount ? [amount.minor / 100, amount.currency] : null;
};

// "华为那边竞争对手报了150万" turned a ¥2,000,000 deal into ¥1,500,000; "lost to Oracle, they came in at $50k"
// set the lost deal to $50,000.
describe("another vendor's price is no value of our deal", () => {
  it.each([
    "华为那边竞争对手报了150万，比我们便宜不少",
    "比亚迪的竞品是Salesforce，他们报了100万",
    "京东的单子丢了，被竞品抢走了，对方报价才80万",
    "腾讯那边友商报价90万",
    "Globex got a quote from Oracle for $60k, they want us to match",
    "Globex said our price is 20% higher than Salesforce's $64k",
    "Globex lost to Oracle, they came in at $50k",
    "Northwind closed lost, chose HubSpot at $18k/yr",
    "the competitor is at $45k",
    "Initech went with a competitor at 40k",
    // the vendor chosen after a loss, typed in lower case or with w/
    "lost globex to a competitor, they went w/ salesforce at 60k",
    "Globex went w/ Oracle at 50k",
    "closed lost on initech, they picked hubspot at 30k",
    "Globex lost - they picked a competitor, price was 70k",
    // a gap from another price
    "华为这单输了，张总说选了华三，价格低了40万",
    "客户说对方报价低20万",
    "我们报价高出20万",
    // a named vendor's own pricing verb
    "Globex wants 80k, Oracle quoted 60k",
    "Initech update: Oracle quoted 60k",
    "Initech is comparing, SAP bid $70k",
    "Contoso says Workday is quoting $120k",
    // a vendor weighed against us, and what "they" quoted beside it
    "coffee w/ Contoso's VP Sales yesterday, they're evaluating us vs Hubspot (they quoted 40k)",
    "Initech is comparing us against Oracle at 60k",
    "Soylent Corp is also talking to Salesforce, who came in at 210k",
    // a vendor the customer weighs, right before the figure
    "Acme Corp meeting went sideways, they're considering HubSpot at $18k/yr",
    "Initech is evaluating Zoho for 30k",
    "Globex looking at Salesforce at $60k",
    "they are leaning towards Oracle at 75k",
    "Contoso still talking to Workday at 120k",
    "Fabrikam trialing Pipedrive @ $12k",
  ])("%s → no amount", (text) => {
    expect(amountOf(text)).toBeNull();
  });

  it.each([
    ["竞争对手报了150万，我们报价180万", [1_800_000, "CNY"]],
    ["Initech went with a competitor, lost. Their price was $40k vs our $55k", [55_000, "USD"]],
    ["针对手机行业的方案，报价50万", [500_000, "CNY"]],
    ["Globex budget 100k, competitor is Oracle", [100_000, "USD"]],
    ["预算最高200万", [2_000_000, "CNY"]],
    ["高配版120万", [1_200_000, "CNY"]],
    ["Globex signed with us at $80k", [80_000, "USD"]],
    ["we went with the 80k option", [80_000, "USD"]],
    ["Globex price was 70k", [70_000, "USD"]],
    ["Globex lost the cheap bid but went with us at 90k", [90_000, "USD"]],
    ["Acme picked our Pro plan at $50k", [50_000, "USD"]],
    // weighing our own plans, or a figure not right after the vendor
    ["Globex considering Enterprise at $50k", [50_000, "USD"]],
    ["Globex call, they're leaning towards Platinum at $95k", [95_000, "USD"]],
    ["Globex considering Option A at $70k", [70_000, "USD"]],
    ["Globex looking at Gold at $40k", [40_000, "USD"]],
    ["Initech is considering our proposal at 40k", [40_000, "USD"]],
    ["Contoso evaluating the premium tier at 30k", [30_000, "USD"]],
    ["Fabrikam is considering HubSpot, but budget is 45k", [45_000, "USD"]],
    // found by review: a competitor named before our own signed figure, a plan or option chosen, "they" the customer
    ["Beat the competition, Globex signed at $90k", [90_000, "USD"]],
    ["Won against the incumbent, Globex signed for $90k", [90_000, "USD"]],
    ["Globex picked Enterprise at $95k", [95_000, "USD"]],
    ["Globex signed with Nick at $90k", [90_000, "USD"]],
    ["Globex was comparing us with a competitor, they agreed to $85k", [85_000, "USD"]],
    ["Acme looked at other vendors, they approved a $50k budget", [50_000, "USD"]],
    ["华为那边赢了友商，他们签了120万", [1_200_000, "CNY"]],
    ["华为对比了竞品，对方最后同意120万", [1_200_000, "CNY"]],
    ["华为针对竞品报价180万", [1_800_000, "CNY"]],
    ["We quoted Globex 60k", [60_000, "USD"]],
    ["Quoted Initech $45k today", [45_000, "USD"]],
    ["Initech: Oracle quoted 60k, we came in at 55k", [55_000, "USD"]],
    ["Initech: SAP bid 70k, we quoted them 65k", [65_000, "USD"]],
    // the message opens with its customer: shorthand for our quote
    ["Globex quoted $48k, waiting on PO", [48_000, "USD"]],
    ["Contoso compared us with Zoho, budget 50k", [50_000, "USD"]],
    ["Globex is also looking at Oracle, budget 100k", [100_000, "USD"]],
    ["Globex vs Oracle: we are at 55k", [55_000, "USD"]],
    // found by review: our rep quoting, a role or a PO arriving, a budget beside a comparison, a quarter
    ["Globex deal: Nick quoted them 75k yesterday", [75_000, "USD"]],
    ["Call w/ Globex: CFO came in at 70k", [70_000, "USD"]],
    ["Great news from Globex: PO came in at 85k", [85_000, "USD"]],
    ["Fabrikam evaluating us vs Oracle with a budget of 200k", [200_000, "USD"]],
    ["Globex approved the PO against Q1 Budget for 60k", [60_000, "USD"]],
  ])("%s → our figure %j", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

// "Globex upsell +$15k" set the deal to $15,000.
describe("a plus sign on a figure adds it", () => {
  it("upsell +$15k is an addition of $15,000", () => {
    const amount = parseSentence("Globex upsell +$15k, add-on module", { now: NOW, timezone: SHANGHAI }).amount;
    expect([amount?.minor, amount?.change]).toEqual([1_500_000, "up"]);
  });

  // "Globex upsell +10k" changed nothing (a plus sign before digits was read as a phone's country code), and
  // "+$12k" after "add 20 seats," opened a $12,000 deal.
  it.each([
    ["Globex upsell +10k", 1_000_000],
    ["Initech called, they want to add 20 seats, +$12k", 1_200_000],
    ["Initech called, they want to add 20 seats, +12k", 1_200_000],
    ["华为追加+30万", 30_000_000],
    ["Contoso expansion: 50 more seats +25k", 2_500_000],
    ["Initech called, they want to add 20 seats for another $12k", 1_200_000],
    ["Globex: adding 5 users for an extra 3k", 300_000],
    // probe 15: "Globex +15k for the extra licences" set the $80,000 deal to $15,000
    ["Globex +15k for the extra licences", 1_500_000],
    ["Initech +$8k for additional seats", 800_000],
    ["华为那单+30万", 30_000_000],
    ["比亚迪这单 +20万", 20_000_000],
    ["华为 +30万 增购", 30_000_000],
    ["deal +5k", 500_000],
    // probe 16: the customer named, then the plus sign
    ["Globex +20k, they added the analytics module", 2_000_000],
    ["华为 +20万，加了一个模块", 20_000_000],
    // probes 18 and 19: the plus sign right after a Chinese name, or a clause of its own
    ["华为+30万", 30_000_000],
    ["met Globex today, +10k, f/u next thurs 3pm", 1_000_000],
    // probe 17
    ["Globex upped the deal by $5,000 for extra training", 500_000],
    // probe 20
    ["globex up 10k", 1_000_000],
    ["they raised the budget by 20k", 2_000_000],
  ])("%s is an addition", (text, minor) => {
    const amount = parseSentence(text, { now: NOW, timezone: SHANGHAI }).amount;
    expect([amount?.minor, amount?.change]).toEqual([minor, "up"]);
  });

  // probe 16: "Initech deal down 15k" opened a $15,000 deal
  it.each([
    ["Initech deal down 15k, they dropped the training package", 1_500_000],
    ["Globex price down 5k", 500_000],
    // probes 20 and 21: each set the $80,000 deal to the figure
    ["globex cut budget by 15k", 1_500_000],
    ["globex cut budget by 10k ugh", 1_000_000],
    ["globex down 5k", 500_000],
  ])("%s is a reduction", (text, minor) => {
    const amount = parseSentence(text, { now: NOW, timezone: SHANGHAI }).amount;
    expect([amount?.minor, amount?.change]).toEqual([minor, "down"]);
  });

  it.each(["call me on +86 138 0013 8000", "Globex: +1 415 555 0100", "+86 13800138000"])("a phone's country code is no amount: %s", (text) => {
    expect(parseSentence(text, { now: NOW, timezone: SHANGHAI }).amount).toBeNull();
  });

  it("a plus sign alone is a figure ('+$95k forecast')", () => {
    const amount = parseSentence("Globex: +$95k forecast", { now: NOW, timezone: SHANGHAI }).amount;
    expect([amount?.minor, amount?.change]).toEqual([9_500_000, undefined]);
  });
});

// "meeting Friday at 2 w/ Initech" created a ¥20,000 deal: "w/" is "with", not 万.
describe("w/ is 'with'", () => {
  it.each(["meeting Friday at 2 w/ Initech", "met 3 w/Initech folks"])("%s → no amount", (text) => {
    expect(amountOf(text)).toBeNull();
  });

  it.each([
    ["5w/月", [50_000, "CNY"]],
    ["报价20w", [200_000, "CNY"]],
  ])("%s → %j", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

// "Globex won't sign unless we cut price to 70k" set $70,000.
describe("a price demanded as a condition is no value yet", () => {
  it.each(["Globex won't sign unless we cut price to 70k", "华为说如果降到150万就签", "Initech: they'd sign if we drop to 30k"])("%s → no amount", (text) => {
    expect(amountOf(text)).toBeNull();
  });

  it.each([
    ["we cut the price to 70k and they signed", [70_000, "USD"]],
    ["华为降到150万签了", [1_500_000, "CNY"]],
  ])("%s → %j", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});
