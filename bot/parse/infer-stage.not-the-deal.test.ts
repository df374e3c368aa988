// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { inferStage, inferWantsQuote } from "./infer-stage.js";

/**
 * Probe: "globex lost their champion" moved deal #2 to Lost, "globex won an industry award" to Won: any "lost" or
 * "won" was the deal's end. Won or lost with something else as its object is not; sales shorthand for the end is.
 */
describe("won or lost something else: the deal's stage is not the end", () => {
  it.each([
    ["globex lost their champion, deal at risk", null],
    ["lost connection during the globex call, f/u tmrw", null],
    ["globex lost budget approval, pushing to q2", null],
    ["cfo lost his job at globex", null],
    ["lost the call recording, need notes from Globex", null],
    ["globex won an industry award, good time to reach out", null],
    ["globex won a big govt contract", null],
    ["we won the POC w globex, now negotiating pricing", "negotiation"],
  ])("%s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

describe("the deal's end, in plain words and in shorthand", () => {
  it.each([
    ["lost the globex deal to oracle", "lost"],
    ["we lost globex", "lost"],
    ["globex deal lost", "lost"],
    ["lost to salesforce", "lost"],
    ["globex is a no-go", "lost"],
    ["globex is dead", "lost"],
    ["globex went w/ a competitor", "lost"],
    ["globex chose salesforce", "lost"],
    ["initech went with hubspot in the end", "lost"],
    ["contoso is moving to zoho", "lost"],
    ["won the globex deal", "won"],
    ["we won globex!", "won"],
    ["globex cw", "won"],
    ["acme 75k deal closed", "won"],
    ["globex deal is closed!", "won"],
    ["globex deal closed lost", "lost"],
    ["docusign completed for globex", "won"],
    ["globex docusigned", "won"],
    ["globex contract fully executed", "won"],
  ])("%s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

describe("near misses", () => {
  it.each([
    ["docusign sent to globex", null],
    // review: idioms and initials
    ["globex cfo is dead set on a discount", "negotiation"],
    ["globex is dead set on going with us", null],
    ["globex cfo is dead against the price, need to negotiate", "negotiation"],
    ["talked to cw at globex, she wants a demo", null],
    ["globex uses salesforce today, wants to integrate", null],
    ["they picked the enterprise tier", null],
    ["globex is still deciding, not a no-brainer", null],
  ])("%s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

// Probe: "vivo 拜访 李总 签约意向 报价45万" opened a deal already won: an intent to sign is no signing.
describe("an intent or a plan to sign is not a signing", () => {
  it.each([
    ["vivo 拜访 李总 签约意向 报价45万", "proposal"],
    ["客户有签约意愿，还在比价", null],
    ["签约前还要走法务流程", null],
    ["签约概率不大", null],
    ["今天签约了", "won"],
    ["华为签约", "won"],
  ])("%s", (text, stage) => {
    expect(inferStage(text)).toBe(stage);
  });
});

/**
 * Probe: "和顺丰赵经理吃饭，对方透露竞品报价25万" opened a deal at Proposal for a competitor's quote; "f/u with Globex re
 * pricing on Thu 4pm" moved the deal to Proposal for a topic named. Another vendor's quote, or pricing as a topic, is
 * no step of ours; our own quote ("我们报了280万") is.
 */
describe("a competitor's quote or pricing as a topic: no proposal, no quote to send", () => {
  it.each([
    ["和顺丰赵经理吃饭，对方透露竞品报价25万", null, false],
    ["腾讯那边友商报价90万", null, false],
    ["听说竞争对手报价比我们低10%", null, false],
    ["the competitor's quote came in at 50k", null, false],
    ["rival's proposal is cheaper", null, false],
    ["f/u with Globex re pricing on Thu 4pm", null, false],
    ["Wed - call globex re pricing", null, false],
    ["call regarding pricing tomorrow", null, false],
    // ours: a quote asked for or made
    // (报价 with its figure reports the price given: no quote left to send)
    ["华为针对竞品报价180万", "proposal", false],
    ["明天针对竞品报价180万", "proposal", true],
    ["华为这边我们报了280万，竞品报价220万", "proposal", false],
    ["they asked for pricing", "proposal", true],
    ["Globex call re pricing, they want a quote by Fri", "proposal", true],
    // "they're" is no "re"
    ["client said they're going with a competitor", "lost", false],
    ["比亚迪的竞品是Salesforce，他们报了100万", null, false],
  ] as [string, string | null, boolean][])("%s", (text, stage, wantsQuote) => {
    expect(inferStage(text)).toBe(stage);
    expect(inferWantsQuote(text)).toBe(wantsQuote);
  });
});
