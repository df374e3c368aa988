// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";

const NOW = instantAt("2027-02-24T11:30", "Asia/Shanghai"); // a Wednesday
const read = (text: string) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai" });

/**
 * Probes 34 and 36 (quick updates after a contact): what was planned or only reminded is no activity held, a
 * decision is no phone call, a chat group is no e-mail, the customer's HQ is visited.
 */
describe("the kind of a quick update", () => {
  it.each([
    ["比亚迪下午两点的线上演示别忘了", "meeting", true],
    ["3月2号下午去华为坂田基地拜访，顺便看看能不能把扩容的事情一起谈了", "visit", true],
    ["Globex wants 20% off, I told them that's Amy's call", null, false],
    ["It's the boss's call to make", null, false],
    ["Initech returned my call", "call", false],
    ["had a good call with Globex", "call", false],
    ["Just hung up with Dana (CFO @ Globex). They're good with $95k", "call", false],
    ["got off the phone with Initech, they want a demo", "call", false],
    ["顺丰IT部门的群里发了新版方案，等他们内部评审", null, false],
    ["给顺丰发了新版方案", "email", false],
    ["Just got out of a 2hr workshop at Fabrikam HQ with their IT + finance folks.", "visit", false],
    ["meeting at our office with Globex", "meeting", false],
    ["打了三次美地都没人接 明天再打", "call", false],
  ])("%s → %s", (text, activity, planned) => {
    const parsed = read(text);
    expect(parsed.activity).toBe(activity);
    if (activity) expect(parsed.planned).toBe(planned);
  });

  it.each(["争取把合同签了", "能不能下周把合同签了"])("%s is no win", (text) => {
    expect(read(text).stageHint).not.toBe("won");
  });
});

describe("what the update changes on the deal", () => {
  it.each([
    ["华为 王经理 电话 说 数量从100台改成120台 单价不变", { change: "up", percent: 20 }],
    ["华为刚刚邮件通知，采购量从100台降到80台，单价不变", { change: "down", percent: 20 }],
    ["Globex going from 50 to 60 seats, same unit price", { change: "up", percent: 20 }],
    ["Globex: we agreed on a 15% multi-year discount on the current amount", { change: "down", percent: 15 }],
  ])("%s", (text, share) => {
    expect(read(text).amountShare).toEqual(share);
  });

  it("a quantity changed with no word on the price changes no amount", () => {
    expect(read("华为数量从100台改成120台").amountShare).toBeNull();
  });

  it("an addition's price in brackets is added", () => {
    const amount = read("Globex - they're adding the premium support package (+$12k). Dana approved it on our call this morning").amount;
    expect(amount).toMatchObject({ minor: 1_200_000, change: "up" });
  });

  it("a cut the customer has not confirmed changes nothing", () => {
    expect(read("Globex wants to go ahead but cut the deal to 65k. I said I can do 70k max, they haven't confirmed yet.").amount).toBeNull();
  });
});

describe("the next step of a quick update", () => {
  it.each([
    ["Quick sync with Northwind via Teams re: integration timeline. They want go-live by June. next touchpoint 3/10", "2027-03-10 09:00"],
    ["昨天下午在我们公司跟京东的几个人开了个会 然后 他们对价格比较敏感 想要打个八折 我说回去申请一下 周一给他们答复", "2027-03-01 09:00"],
  ])("%s → %s", (text, expected) => {
    const f = read(text).followUp;
    expect(f && localStamp(f.at, "Asia/Shanghai")).toBe(expected);
  });

  it.each([
    "Acme's new CFO wants to renegotiate, scheduling a call w/ him for Fri 11:00",
    "call Globex Friday, they want pricing",
  ])("%s also reports what the customer wants", (text) => {
    expect(read(text)).toMatchObject({ planned: true, alsoReports: true });
  });

  it("腾讯的合同下周能签吗？帮我看看上次的记录 is a question", () => {
    expect(detectQuestion("腾讯的合同下周能签吗？帮我看看上次的记录")).not.toBeNull();
  });

  it.each([
    ["打了三次美地都没人接 明天再打", ["美地"]],
    ["我说回去申请一下 周一给他们答复", []],
  ] as const)("%s names %j", (text, companies) => {
    expect(read(text).companyHints).toEqual(companies);
  });
});

/** Probe 38: "Richard wants a demo asap. Booked it for Thu 2pm" followed up at once, not at the demo booked. */
describe("a booking after an asap", () => {
  it.each([
    ["Pied Piper inbound call - Richard wants a demo asap. Booked it for Thu 2pm", "2027-02-25 14:00"],
    ["京东要尽快看方案，已经约在周五上午十点", "2027-02-26 10:00"],
  ])("%s → %s", (text, expected) => {
    const f = read(text).followUp;
    expect(f && localStamp(f.at, "Asia/Shanghai")).toBe(expected);
  });
});
