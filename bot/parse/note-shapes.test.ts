// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, SHANGHAI } from "./test-support.js";

/**
 * Probe 3 (note shapes): "Contoso - call - budget 1.2M - next step: proposal Tuesday" scheduled a call for Tuesday (a
 * lone "call" read as an order to oneself), "Contoso call / follow up Wed 3pm" and "华为 | 电话 | … | 下周三签约" were
 * plans (slash and bar did not end a clause), and "客户：京东 … 下一步：发合同 时间：下周四" logged an e-mail sent.
 */
const FRI = new Date("2026-12-04T07:30:00Z"); // Fri 4 Dec 15:30 in Shanghai
const read = (text: string) => {
  const p = parseSentence(text, { now: FRI, timezone: SHANGHAI });
  return { activity: p.activity, planned: p.planned, followUp: p.followUp ? localStamp(p.followUp.at, SHANGHAI) : null };
};

describe("a note split by dashes, slashes or bars reports what happened", () => {
  it.each([
    ["Contoso - call - budget 1.2M - next step: proposal Tuesday", "call", "2026-12-08 09:00"],
    ["Contoso call / follow up Wed 3pm", "call", "2026-12-09 15:00"],
    ["京东 / 电话 / 要报价 / 周二回复", "call", "2026-12-08 09:00"],
    ["华为 | 电话 | 金额220万 | 下周三签约", "call", "2026-12-09 09:00"],
    ["Globex: call", "call", null],
  ])("%s", (text, activity, due) => {
    expect(read(text)).toEqual({ activity, planned: false, followUp: due });
  });
  it("an order to oneself still plans", () => {
    expect(read("call Globex tomorrow")).toEqual({ activity: "call", planned: true, followUp: "2026-12-05 09:00" });
  });
});

describe("下一步 names what is still to do", () => {
  it.each([
    ["客户：京东 联系人：王经理 下一步：发合同 时间：下周四", "2026-12-10 09:00"],
    ["客户：小米 下一步：发报价 时间：周一", "2026-12-07 09:00"],
  ])("%s", (text, due) => {
    expect(read(text)).toEqual({ activity: null, planned: false, followUp: due });
  });
  it("what was done before it stays done", () => {
    expect(read("发了合同给京东，下一步等盖章").activity).toBe("email");
  });
});
