import { describe, expect, it } from "vitest";
import { REFERENCES, plusDays, show, wallDate } from "./date-test-oracle.js";
import { parseSentence } from "./parse-sentence.js";
import type { ActivityKind } from "./types.js";

/**
 * When one sentence reports several things done on different days, the logged activity is the
 * latest one and it is dated by its own clause: [text, kind logged, its day relative to today
 * ('now' exactly, or days from today), or null when only an earlier day is said].
 */
const CASES: Array<[string, ActivityKind, "now" | number | null]> = [
  ["上周拜访过华为，今天又打了电话，月底前发合同", "call", "now"],
  ["前天去华为开了会，刚才又跟张伟通了电话", "call", "now"],
  ["上个月见过腾讯的王总，今天又电话沟通了一次", "call", "now"],
  ["昨天拜访了小米，今天下午发了邮件", "email", 0],
  ["visited Acme last week, called them again today", "call", "now"],
  ["met Globex on Monday last week, just now emailed them the deck", "email", "now"],
  ["昨天拜访了华为，明天下午3点再打电话", "visit", -1],
  ["上周五拜访了华为", "visit", null],
  ["called Acme yesterday, they want a quote next Tuesday", "call", -1],
  ["通了电话，华为要报价", "call", "now"],
];

describe.each(REFERENCES)("the logged activity carries its own time ($label)", ({ now, timezone }) => {
  it.each(CASES)("%s", (text, kind, day) => {
    const parsed = parseSentence(text, { now, timezone });
    expect(parsed.activity).toBe(kind);
    const at = parsed.occurredAt?.at ?? now;
    expect(at.getTime()).toBeLessThanOrEqual(now.getTime());
    if (day === "now") expect(at.getTime()).toBe(now.getTime());
    else if (day !== null) expect(show(wallDate(at, timezone))).toBe(show(plusDays(wallDate(now, timezone), day)));
    else expect(at.getTime()).toBeLessThan(now.getTime() - 86_400_000);
  });
});

/** A part-of-day word points ahead only until that part of the day has passed. */
describe.each([
  ["Asia/Shanghai", "+08:00"],
  ["America/New_York", "-05:00"],
])('"this afternoon" read against the clock (%s)', (timezone, offset) => {
  const morning = new Date(`2026-11-25T09:00:00${offset}`);
  const evening = new Date(`2026-11-25T21:00:00${offset}`);
  it.each<[string, ActivityKind]>([
    ["Good call with Acme this afternoon", "call"],
    ["good call with Acme this afternoon, they'll loop in procurement", "call"],
    ["meeting with Globex this afternoon", "meeting"],
    ["下午和华为开了个短会", "meeting"],
    ["下午和华为开会", "meeting"],
    ["今晚和腾讯吃饭", "meeting"],
    // probe: a follow-up in another clause made the held one a plan ("QBR w/ Initech this afternoon, …, f/u 12/22" at 22:30)
    ["QBR w/ Initech this afternoon, they're expanding to 2 more sites, f/u 12/22", "meeting"],
    ["call w/ initech this afternoon, f/u 12/22", "call"],
    ["demo w/ contoso this afternoon, f/u tmrw", "meeting"],
    ["下午和华为开会，下周一出方案", "meeting"],
  ])("%s", (text, kind) => {
    const late = parseSentence(text, { now: evening, timezone });
    expect(late.activity).toBe(kind);
    expect(late.planned).toBe(false);
    expect(late.occurredAt!.at.getTime()).toBeLessThanOrEqual(evening.getTime());
    const early = parseSentence(text, { now: morning, timezone });
    // in the morning only an explicit past form (开了) makes it a report
    if (!/了/u.test(text)) expect(early.planned).toBe(true);
  });

  it.each(["schedule a call with Acme this afternoon", "约了华为下午见面"])("a planning verb keeps %s a plan", (text) => {
    expect(parseSentence(text, { now: evening, timezone }).planned).toBe(true);
  });
});
