import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";

// "华为那单几号签来着" was logged as a note while the same words with "？" were answered: a Chinese asking
// word (来着, 几号, 什么时候, 多少, 吗/呢 at the end, 是不是, 有没有) asks without the mark too.
describe("a question without a question mark", () => {
  it.each([
    ["华为那单几号签来着", "华为"],
    ["华为那单几号签来着？", "华为"],
    ["华为那单几号来着", "华为"],
    ["华为那单几号签", "华为"],
    ["华为什么时候签合同", "华为"],
    ["小米的单子哪天签", "小米"],
    ["腾讯那单多少钱来着", "腾讯 钱"],
    ["华为那单签了吗", "华为"],
    ["腾讯那边怎么样了呢", "腾讯"],
    ["是不是华为的单子", "华为"],
    ["有没有华为的联系人", "华为"],
    ["华为的对接人是谁来着", "华为"],
    ["上次拜访华为是哪天来着", "华为"],
    ["when does the globex deal close", "globex close"],
    ["hows the initech deal looking", "initech looking"],
    ["when is the globex deal closing", "globex closing"],
  ])("%s asks about %s", (text, subject) => {
    expect(detectQuestion(text)).toMatchObject({ kind: "about", subject });
  });

  // Reports that carry the same words: what the customer asked, an open point, a plan.
  it.each([
    "客户问什么时候能交付，我说下周",
    "张总问什么时候能上线",
    "客户说什么时候方便再约",
    "跟华为开了会，他们问有没有折扣",
    "腾讯来电问价格多少",
    "华为合同几号签还没定",
    "交付几号还没定",
    "跟华为通了电话，交付几号还没定",
    "拜访了京东，合同几号签待定",
    "华为说下周签合同",
    // any time suits them
    "小米那边几点都可以",
    "小米那边几号都行",
    "华为那边哪天都可以",
    "京东的王总几点都在",
    "when we met Globex they liked the demo",
    "called globex, asked when does the deal close",
  ])("%s is a log", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});

// "is the Initech deal still open" was logged as a note on Initech.
describe("a state asked after is / are / has / does, without a question mark", () => {
  it.each([
    ["is the Initech deal still open", "Initech"],
    ["is Initech still open", "Initech"],
    ["has Globex signed yet", "Globex"],
    ["did we sign stark yet", "stark"],
    ["are we still on with Contoso", "Contoso"],
  ])("%s asks about %s", (text, subject) => {
    expect(detectQuestion(text)).toMatchObject({ kind: "about", subject });
  });

  it.each([
    "is going well with Globex",
    "Has a demo with Globex tomorrow",
    "Globex is still open to a pilot",
    "is the Globex demo still on for friday",
    // shorthand without a subject reports
    "Has signed today - Globex 85k",
    "Has been signed, Globex 85k",
    "is on hold until Q1, Initech",
    "Is it ok that Globex signed already, legal hasn't reviewed",
    "Has to be signed by Friday, Globex",
  ])("%s is no such question", (text) => {
    expect(detectQuestion(text)).toBeNull();
  });
});
