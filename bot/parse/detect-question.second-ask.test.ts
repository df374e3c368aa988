// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";

/**
 * Probe: "crm says i have a contoso fu today, whats it about" and "any f/u for contoso today? what's it about"
 * were logged as notes: the asking words open the last clause, or a second question follows the mark.
 */
describe("a question asked in the last clause, or after the mark", () => {
  it.each([
    "crm says i have a contoso fu today, whats it about",
    "any f/u for contoso today? what's it about",
    "globex renewal is next month, what's the amount",
    "acme deal? how much is it",
    "initech meeting tomorrow? who's going",
    // probe 17: a second Chinese question after the mark was logged as a note
    "腾讯这单是不是到期了？跟进时间是哪天",
    "华为那单签了吗？金额是多少",
    "小米的合同到期了？续约是什么时候",
  ])("%s", (text) => {
    expect(detectQuestion(text)).not.toBeNull();
  });
});

describe("near misses: what follows is an answer or a report", () => {
  it.each([
    "how did the acme call go? great, they want a quote",
    "called contoso, whats next is a demo on friday",
    "called acme, what a great call",
    "met globex, what they want is a discount",
    "客户问什么时候能交付？我说下周",
    "华为那单怎么样了？还在谈",
    "报价发了吗？发了，下周跟进",
  ])("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});
