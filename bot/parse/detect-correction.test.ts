import { describe, expect, it } from "vitest";
import { correctedKind, correctionOf } from "./detect-correction.js";

describe("a correction of what the user just said", () => {
  it.each([
    ["不对，是下周三", "下周三"],
    ["不对 下周三", "下周三"],
    ["说错了，预算是25万", "预算是25万"],
    ["写错了，应该是30万", "30万"],
    ["更正一下：下周四下午两点", "下周四下午两点"],
    ["刚才说错了，是周五", "周五"],
    ["sorry, I meant Thursday", "Thursday"],
    ["Sorry I meant 250k", "250k"],
    ["oops, make that $30k", "$30k"],
    ["correction: next Friday 3pm", "next Friday 3pm"],
    ["actually, I meant next Wednesday", "next Wednesday"],
    ["I meant Thursday", "Thursday"],
    ["make it 25k", "25k"],
    ["my bad, it's 40k", "40k"],
    // "actually" / "no wait" with only a time or a day after; 改成 / 改到 with a short rest
    ["actually 11am", "11am"],
    ["no wait, 3pm", "3pm"],
    // a figure alone after "actually" / "no" / "wait"
    ["actually 45k", "45k"],
    // an interjection before the marker
    ["哦不对，是小米", "小米"],
    ["哎呀，说错了，是下周三", "下周三"],
    ["no, $45,000", "$45,000"],
    ["wait 45k not 40k", "45k not 40k"],
    ["actually 1.2m", "1.2m"],
    ["actually 50 thousand", "50 thousand"],
    ["actually tues at 4", "tues at 4"],
    ["改成下午3点", "下午3点"],
    ["改到下周四", "下周四"],
    // the follow-up just set, moved (probe: asked which customer, then added a second follow-up)
    ["change the f/u to the 21st", "the 21st"],
    ["can you move the follow up to monday", "monday"],
    ["actually f/u on the 21st", "the 21st"],
    ["wait it's on monday", "on monday"],
  ])("%s → %s", (text, rest) => expect(correctionOf(text)).toBe(rest));
});

describe("no correction", () => {
  it.each([
    "嗯不是很满意",
    "actually 45 people showed up",
    "no 2 weeks from now",
    "actually they want 45k",
    "change the deck to the new template",
    "follow up on the 21st",
    "no thanks",
    "改成分期付款以后客户很满意，他们说下周签合同，我们还要准备很多材料",
    "actually they want 30 seats",
    "no budget this year",
    "wait for Acme's reply",
    "不是很满意，下周再聊",
    "跟华为通了电话，下周二给报价",
    "called Acme, sorry state of affairs",
    "不对",
    "sorry",
  ])("%s", (text) => expect(correctionOf(text)).toBeNull());
});

describe("the kind a correction says", () => {
  it.each([
    ["sorry, I meant email", "email"],
    ["不对，是拜访", "visit"],
    ["oops, it was a meeting not a call", "meeting"],
    ["my bad, it was a visit", "visit"],
    ["更正：邮件", "email"],
    ["不对，应该是见面", "meeting"],
    ["不对，是电话", "call"],
    ["不对，是打的电话", "call"],
    ["no wait, it was a call", "call"],
    ["actually it was a zoom", "meeting"],
  ])("%s → %s", (text, kind) => {
    expect(correctedKind(correctionOf(text) ?? "")).toBe(kind);
  });

  it.each(["不对，是下周三", "sorry, I meant 250k", "make it Thursday", "sorry, they want to meet in person", "不对，他们要开会"])(
    "%s names no kind",
    (text) => {
      expect(correctedKind(correctionOf(text) ?? "")).toBeNull();
    },
  );
});
