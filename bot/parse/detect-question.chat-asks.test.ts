// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";

/**
 * Probe: "how did the acme call go?" logged a call, "where are we w globex", "can you pull up globex", "any word from
 * acme" and "remind me what globex said last time" logged notes (each reset the customer's last activity).
 */
describe("chat asks about a customer: a question, with the customer as its subject", () => {
  it.each([
    ["how did the acme call go?", "acme"],
    ["how did the globex meeting go", "globex"],
    ["how was the initech demo?", "initech"],
    ["how'd the contoso call go", "contoso"],
    ["where are we w globex", "globex"],
    ["where are we w/ globex", "globex"],
    ["can you pull up globex", "globex"],
    ["pull up fabrikam", "fabrikam"],
    ["can you check on initech", "initech"],
    ["could you show me contoso", "contoso"],
    ["remind me what globex said last time", "globex"],
    ["any word from acme", "acme"],
    ["anything new w initech", "initech"],
    ["where are we w 华为", "华为"],
    ["how did the 小米 call go?", "小米"],
  ])("%s", (text, subject) => {
    expect(detectQuestion(text)).toEqual({ kind: "about", topic: "status", subject });
  });
});

describe("near misses: reports and to-dos", () => {
  it.each([
    "called acme, how did it go? great",
    "check on initech tomorrow",
    "remind me to call globex friday",
    "anything from initech came in, they signed",
    "demo with Globex, they asked how we handle SSO",
    // review: asked and answered in one message
    "any word from contoso? nope, will ping monday",
    "how did the globex meeting go? went well, sending proposal friday",
    "how did the acme call go? great, they want a quote",
  ])("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});

/** Probe: "美的的张总下次见面是几号", "顺丰的王总说的预算多少来着" logged notes: 见面 named an activity, 说 read as reported speech. */
describe("what a customer's person said or set, asked after: a question", () => {
  it.each([
    "美的的张总下次见面是几号",
    "腾讯的张总上次说的预算是多少",
    "小米的陈经理上次说的是几号",
    "顺丰的王总说的预算多少来着",
  ])("%s", (text) => {
    expect(detectQuestion(text)?.kind).toBe("about");
  });
  it.each(["拜访了华为，王总问下次见面是几号", "华为王总说预算是多少要内部定", "拜访了华为，预算多少还不确定", "跟华为通了电话，见面时间是几号还没定"])(
    "reported: %s",
    (text) => {
      expect(detectQuestion(text)).toBeNull();
    },
  );
});

/** Probe: "acme 75k deal" answered "Acme Corp has no deals yet": a figure before the record noun reports a deal. */
describe("a figure before deal: a report, not a request for the list", () => {
  it.each(["acme 75k deal", "acme $1m deal", "acme 1m deal", "northwind - 40k deal", "lost the globex deal", "won the acme deal", "acme 75k deal closed"])("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
  it.each(["acme deals", "Globex deals", "acme deal status"])("still asks: %s", (text) => {
    expect(detectQuestion(text)?.kind).toBe("about");
  });
});

/**
 * Probe 33: "Can you remind me Monday 9am to send Globex the revised quote at $85k?" was answered with Globex's card
 * and no reminder was set: a request to the bot to note something is no question ("remind me what…" still is).
 */
describe("a request to the bot to note something is no question", () => {
  it.each([
    "Can you remind me Monday 9am to send Globex the revised quote at $85k?",
    "could you set a follow-up with Initech for Friday?",
    "can you log a call with Acme, they want a demo?",
    "would you please schedule a call with Contoso next Tue?",
    "能帮我提醒一下周五给华为报价吗",
    "可以帮我记一下明天去京东吗？",
    "麻烦帮我设个提醒，周三给小米回电话",
  ])("%s", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });

  it.each(["remind me what globex said last time?", "could you remind me when the acme renewal is?"])("%s is still a question", (text) => {
    expect(detectQuestion(text)).not.toBeNull();
  });
});

/** Probe 35: "问一下：美的集团有没有商机？" logged a note: the words announcing the question are not part of it. */
describe("a question announced first", () => {
  it.each([
    ["问一下：美的集团有没有商机？", "美的集团"],
    ["请问美的集团有没有商机", "美的集团"],
    ["Quick q: what's the status of Globex?", "Globex"],
  ])("%s", (text, subject) => {
    expect(detectQuestion(text)).toMatchObject({ kind: "about", subject });
  });
});
