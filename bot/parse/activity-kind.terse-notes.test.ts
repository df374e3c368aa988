import { describe, expect, it } from "vitest";
import { inferActivityIntent } from "./infer-activity.js";

// Probe round 2: terse notes read as the wrong kind ("京东 报价发了" a note, "pied piper - vm." a note, "Raj replied on
// LinkedIn" an email, "推进到商务谈判了" a meeting, "纪要：…" nothing).
describe("terse notes", () => {
  it.each([
    ["京东 报价发了 年费9.6w", "email"],
    ["腾讯 报价发了 120万 下周五前等答复", "email"],
    ["pied piper - vm. try again 12/14", "call"],
    ["acme - vm, try again thurs", "call"],
    ["纪要：京东 参会人 王经理 李工 结论 先做POC", "meeting"],
    ["跟华为谈判了一下午", "meeting"],
    // what a person with a Latin name said after the call reports it (was a planned call)
    ["Globex 电话 Tom说预算要等明年Q1 下个月中再联系", "call"],
    ["Fabrikam - VP Eng Raj replied on LinkedIn, wants to chat in Jan", null],
    ["华为那个单子推进到商务谈判了", null],
    ["报价发了吗", null],
  ] as const)("%s → %s", (text, kind) => {
    const read = inferActivityIntent(text);
    expect(read.activity).toBe(kind);
    if (kind) expect(read.planned).toBe(false);
  });
});
