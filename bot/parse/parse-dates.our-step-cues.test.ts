// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const NOW = new Date("2026-12-09T08:30:00Z"); // Wednesday 16:30 in Shanghai

/**
 * Probe: the customer's own date beat our next step: "对方说年前要把预算定下来，约了下周一上午十点碰一下" followed
 * up before the Spring Festival; "对方说下周看 下一步：下周三电话跟进" on Monday; "元旦前把报价发过去，1月第一周再
 * 过一遍" in January, after the quote's deadline. 约了 / 定在 / 下一步 / "next:" and a 把 task cue our step.
 */
describe("our step outranks what the customer said", () => {
  it.each([
    ["跟阿里巴巴通完电话了，对方说年前要把预算定下来，约了下周一上午十点碰一下", "2026-12-14 10:00"],
    ["客户：顺丰 方式：微信 内容：发了产品资料，对方说下周看 下一步：下周三电话跟进", "2026-12-16 09:00"],
    ["下午在小米开完会了，刘总让我们元旦前把报价发过去，1月第一周再过一遍", "2026-12-31 09:00"],
    ["called globex, they decide in Q1. next: send the case study friday", "2026-12-11 09:00"],
  ])("%s → %s", (text, expected) => {
    const parsed = parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai")).toBe(expected);
  });
});
