// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { SHANGHAI } from "./test-support.js";

/**
 * Probe: "对方要求降价50万 我们还没答应" changed deal #1 from ¥2,000,000 to ¥500,000 (降价 was no word of cutting,
 * so the cut became the value); "价格再降20万就签" and "如果便宜30万就考虑" took ¥200,000 and ¥300,000 off. A cut
 * asked for, or offered as the condition of signing, changes nothing yet.
 */
const NOW = new Date("2026-12-04T07:30:00Z");
const amountOf = (text: string) => {
  const a = parseSentence(text, { now: NOW, timezone: SHANGHAI }).amount;
  return a ? { minor: a.minor, change: a.change ?? null } : null;
};

describe("a cut asked for or offered on condition: no amount", () => {
  it.each([
    "华为电话 对方要求降价50万 我们还没答应",
    "华为电话 对方说价格再降20万就签",
    "华为说如果便宜30万就考虑",
    "小米要求砍价10万",
    "比亚迪说要是再便宜5万就下单",
    "globex: if we knock off 10k they'll sign",
    "Initech says if we cut it by 5k we have a deal",
    "globex wants $5k off, told them no",
    "华为要求再降5万，老板没同意",
  ])("%s", (text) => {
    expect(amountOf(text)).toBeNull();
  });
});

describe("near misses: a cut made, or a change beside an unrelated condition", () => {
  it.each([
    ["华为电话 价格降了20万", { minor: 20_000_000, change: "down" }],
    ["华为电话 我们降价20万 对方接受了", { minor: 20_000_000, change: "down" }],
    ["华为电话 降价20万成交", { minor: 20_000_000, change: "down" }],
    ["华为追加了30万 如果顺利下月签", { minor: 30_000_000, change: "up" }],
    ["globex agreed, we knocked off 10k", { minor: 1_000_000, change: "down" }],
    // probe 25: asked for, then agreed to; more ordered, priced per unit
    ["Globex gave verbal yes but wants $5k off, agreed", { minor: 500_000, change: "down" }],
    ["华为要求再降5万，老板同意了", { minor: 5_000_000, change: "down" }],
    ["华为刚发邮件说加单两套，每套15万", { minor: 30_000_000, change: "up" }],
    ["小米增购了一批服务器 30万", { minor: 30_000_000, change: "up" }],
  ])("%s", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});
