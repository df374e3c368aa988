import { describe, expect, it } from "vitest";
import { maskNames } from "./mask-names.js";
import { parseSentence } from "./parse-sentence.js";

const NOW = new Date("2026-11-25T02:00:00Z"); // Wednesday, 10:00 in Shanghai
const read = (text: string, names: string[]) => parseSentence(text, { now: NOW, timezone: "Asia/Shanghai", names });
const day = (iso: string | undefined) => iso?.slice(0, 10);

describe("maskNames", () => {
  it.each([
    ["- Pied Piper: demo moved", ["Pied Piper"], "- xxxx xxxxx: demo moved"],
    ["called PIED PIPER and pied piper", ["Pied Piper"], "called xxxx xxxxx and xxxx xxxxx"],
    ["明天科技的王总来电", ["明天科技"], "某某某某的王总来电"],
    ["Met with 3M, budget 50k", ["3M"], "Met with xx, budget 50k"],
    ["nothing to mask", [], "nothing to mask"],
    ["nothing to mask", [""], "nothing to mask"],
    // a short name only as written, a Latin name only as whole words
    ["3M budget is 3m", ["3M"], "xx budget is 3m"],
    ["3M budget 13M", ["3M"], "xx budget 13M"],
    ["Acme and Acmeville", ["Acme"], "xxxx and Acmeville"],
  ])("%s", (text, names, masked) => {
    expect(maskNames(text, names)).toBe(masked);
    expect(maskNames(text, names)).toHaveLength(text.length);
  });
});

describe("a customer's name is read as a name, never as a word (parseSentence names)", () => {
  it("a past form in the name does not make a plan a report", () => {
    const plan = read("- Pied Piper: demo moved to Monday 2pm", ["Pied Piper"]);
    expect(plan.planned).toBe(true);
    expect(plan.followUp?.at.toISOString()).toBe("2026-11-30T06:00:00.000Z");
  });

  it("a weekday in the name is no date of the activity", () => {
    const call = read("Sunday Motors called, they want a demo Tuesday", ["Sunday Motors"]);
    expect(call.activity).toBe("call");
    expect(call.occurredAt).toBeNull();
    expect(day(call.followUp?.at.toISOString())).toBe("2026-12-01");
  });

  it("a day word in a Chinese name is no follow-up date", () => {
    const call = read("明天科技的王总来电，下周二报价", ["明天科技"]);
    expect(call.planned).toBe(false);
    expect(day(call.followUp?.at.toISOString())).toBe("2026-12-01");
  });

  it("a stage word in the name moves no stage", () => {
    expect(read("Won Holdings meeting next week", ["Won Holdings"]).stageHint).toBeNull();
    expect(read("Won Holdings meeting next week", []).stageHint).not.toBeNull();
  });

  it("the names themselves are still there for the customer and the contacts", () => {
    for (const text of ["Called Pied Piper, talked to Bob", "Pied Piper's CTO Bob Smith came by"]) {
      const masked = read(text, ["Pied Piper"]);
      const plain = read(text, []);
      expect([masked.companyHints, masked.contactHints]).toEqual([plain.companyHints, plain.contactHints]);
      expect(masked.contactHints.length + masked.companyHints.length).toBeGreaterThan(0);
      expect(masked.summary).toBe(text);
    }
  });
});
