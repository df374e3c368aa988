// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/**
 * "下午拜访华为，沟通得很顺利，下周二报价" typed at 17:30 was a plan for the afternoon, and "晚上和京东吃饭，聊得不错"
 * a dinner still to come: a later clause telling how it went says the activity was held. A hope ("希望顺利",
 * "争取谈得好一点") is no outcome.
 */
const FRI_1730 = new Date("2026-12-04T09:30:00Z"); // Fri 4 Dec 17:30 in Shanghai

const read = (text: string) => {
  const p = parseSentence(text, { now: FRI_1730, timezone: SHANGHAI });
  return { activity: p.activity, planned: p.planned, followUp: p.followUp ? localStamp(p.followUp.at, SHANGHAI) : null };
};

describe("how it went, told after the activity: held", () => {
  it.each([
    ["下午拜访华为，沟通得很顺利，下周二报价", "visit", "2026-12-08 09:00"],
    ["下午拜访华为 需求明确了 下周二报价", "visit", "2026-12-08 09:00"],
    ["下午跟腾讯开会，效果不错，周一发方案", "meeting", "2026-12-07 09:00"],
    ["晚上和京东吃饭，聊得不错，下周一签合同", "meeting", "2026-12-07 09:00"],
    ["下午给小米打电话，对方挺满意的，下周三再约", "call", "2026-12-09 09:00"],
    ["下午拜访比亚迪，客户对方案很认可", "visit", null],
    // review: the same in English, after a comma or a dash
    ["call with initech at 3pm, went great", "call", null],
    ["meeting globex at 3pm - went really well, they want a quote", "meeting", null],
  ])("%s", (text, activity, due) => {
    expect(read(text)).toEqual({ activity, planned: false, followUp: due });
  });
});

describe("near misses: a hope, or a day ahead, keeps the plan", () => {
  it.each([
    ["下午拜访华为，希望顺利", "visit"],
    ["晚上和京东吃饭，希望聊得顺利", "meeting"],
    ["待会给小米打电话，应该没问题", "call"],
    ["明天拜访华为，上次沟通得不错", "visit"],
    ["下周二拜访比亚迪，争取谈得顺利一点", "visit"],
    ["lunch with globex tomorrow, hope it goes well", "meeting"],
    ["call initech at 3pm, went great last time", "call"],
  ])("%s", (text, activity) => {
    expect(read(text)).toMatchObject({ activity, planned: true });
  });
});
