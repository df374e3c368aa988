// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { detectQuestion } from "./detect-question.js";
import { inferActivityIntent } from "./infer-activity.js";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, NOW, SHANGHAI } from "./test-support.js";
import type { ActivityKind } from "./types.js";

/**
 * How English-speaking reps type in Slack: chat spellings of days and units, bare weekday
 * abbreviations, orders to themselves, clock times without a day, "after the holidays", and
 * what each does to the follow-up. Wednesday 2026-11-25 10:00 in Shanghai, Tuesday 21:00 in New York.
 */
const follow = (text: string, timezone = SHANGHAI): string | null => {
  const f = parseSentence(text, { now: NOW, timezone }).followUp;
  return f ? localStamp(f.at, timezone) : null;
};
const occurred = (text: string, timezone = SHANGHAI): string | null => {
  const o = parseSentence(text, { now: NOW, timezone }).occurredAt;
  return o ? localStamp(o.at, timezone) : null;
};

describe("chat spellings of tomorrow, week, month and year", () => {
  it.each([
    ["Stark Industries vp called me back, wants pricing 2moro", "2026-11-26 09:00"],
    ["acme corp call 2moro 11am", "2026-11-26 11:00"],
    ["call them 2morrow at 3pm", "2026-11-26 15:00"],
    ["send the deck tmrow", "2026-11-26 09:00"],
    ["demo tommorow morning", "2026-11-26 09:00"],
    ["follow up tomorow", "2026-11-26 09:00"],
    ["ping Globex 2mrw", "2026-11-26 09:00"],
    ["quick call with acme corp - they're 60k, need legal review, f/u next wk", "2026-11-30 09:00"],
    ["globex went dark after the demo, nudge them next wk", "2026-11-30 09:00"],
    ["revisit next mo", "2026-12-01 09:00"],
    // "nxt" for next
    ["call Globex nxt wk", "2026-11-30 09:00"],
    ["Globex wants a demo nxt week", "2026-11-30 09:00"],
    ["revisit nxt month", "2026-12-01 09:00"],
    // the year's first working day: 1 January is a day off
    ["budget opens next yr, check back then", "2027-01-04 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(follow(text)).toBe(expected);
  });
});

describe("bare wed / mon at the end of a clause or before a time are weekdays; we'd is not", () => {
  it.each([
    ["ping them wed", "2026-12-02 09:00"],
    ["f/u mon", "2026-11-30 09:00"],
    ["call mon or tues", "2026-11-30 09:00"],
    ["mon morning works for Acme", "2026-11-30 09:00"],
    ["Globex demo wed 3pm", "2026-11-25 15:00"],
    ["wed like a demo", null],
    ["wed love to get on a call", null],
  ])("%s → %s", (text, expected) => {
    expect(follow(text)).toBe(expected);
  });

  it("wed is no past form of a verb: 'called them wed' is today's call, 'maybe wed' a plan", () => {
    expect(occurred("called them wed")).toBe("2026-11-25 10:00");
    expect(follow("ok, maybe wed")).toBe("2026-12-02 09:00");
  });
});

describe("a day named after a period narrows it", () => {
  it.each([
    ["acme robotics wants a call next week, maybe wed", "2026-12-02 09:00"],
    ["Globex wants to meet next week, ideally thursday", "2026-12-03 09:00"],
    ["sync with Initech next month, around the 10th", "2026-12-10 09:00"],
    // probe: "penciled in for Wed 10am" was this week's Wednesday, the follow-up next Monday
    ["Northwind Traders wants a demo next week, penciled in for Wed 10am", "2026-12-02 10:00"],
    ["demo next week, booked for thursday", "2026-12-03 09:00"],
    ["meeting next week - tentatively tue 2pm", "2026-12-01 14:00"],
    ["follow up next week", "2026-11-30 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(follow(text)).toBe(expected);
  });
});

describe("the holidays: before them the last working day before Christmas, after them the first working day of the year", () => {
  it.each([
    ["Umbrella Corp said to ping them after the holidays", "2027-01-04 09:00"],
    ["circle back w/ Globex after the holiday season", "2027-01-04 09:00"],
    ["revisit after the new year", "2027-01-04 09:00"],
    ["need the signature before the holidays", "2026-12-24 09:00"],
    ["call after the holidays at 10am", "2027-01-04 10:00"],
    ["the holidays are coming, budgets are frozen", null],
  ])("%s → %s", (text, expected) => {
    expect(follow(text)).toBe(expected);
  });
});

describe("English tense is read per clause: a report of today is no plan for today", () => {
  it.each([
    ["spoke to Globex today - they're going to sign next week for 60K", "2026-11-30 09:00", "2026-11-25 10:00"],
    ["Umbrella Corp CEO stopped by our booth today, wants a demo next month", "2026-12-01 09:00", "2026-11-25 10:00"],
    ["swung by Acme today, they will send the PO next week", "2026-11-30 09:00", "2026-11-25 10:00"],
    ["met Globex today, going to send pricing Friday", "2026-11-27 09:00", "2026-11-25 10:00"],
    ["need to call acme today", "2026-11-25 11:00", null],
  ])("%s → follow %s, happened %s", (text, f, o) => {
    expect(follow(text)).toBe(f);
    expect(occurred(text)).toBe(o);
  });
});

describe("a clause that opens with a verb is an order to oneself", () => {
  it.each([
    ["send Umbrella Corp the updated proposal monday", "2026-11-30 09:00"],
    ["email Globex the revised quote friday", "2026-11-27 09:00"],
    ["pls send Acme the signed NDA thurs", "2026-11-26 09:00"],
    ["Acme is ghosting us. chase them monday", "2026-11-30 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(follow(text)).toBe(expected);
  });

  it.each([
    ["call with Stark Industries monday went well"],
    ["demo'd to Acme monday, they loved it"],
  ])("a noun, not an order: %s is a report", (text) => {
    expect(follow(text)).toBeNull();
  });
});

describe("a clock time with no day", () => {
  it.each([
    // typed at 21:00 in New York: the coming 8:30 is tomorrow's
    ["call Globex at 8:30am", NEW_YORK, "2026-11-25 08:30"],
    ["ring Acme at 9", NEW_YORK, "2026-11-25 09:00"],
    ["meeting w/ Initech at 10am", NEW_YORK, "2026-11-25 10:00"],
    ["call Globex at 4pm", SHANGHAI, "2026-11-25 16:00"],
  ])("planned: %s (%s) → %s", (text, zone, expected) => {
    expect(follow(text, zone)).toBe(expected);
  });

  it.each([
    // typed at 10:00 in Shanghai: 2:15 this afternoon has not come, the call was yesterday's
    ["called acme corp at 2:15, no answer", SHANGHAI, "2026-11-24 14:15"],
    ["met Globex at 3pm, they want a quote", SHANGHAI, "2026-11-24 15:00"],
    ["called acme corp at 2:15, no answer", NEW_YORK, "2026-11-24 14:15"],
  ])("reported: %s (%s) happened %s, no follow-up", (text, zone, expected) => {
    expect(occurred(text, zone)).toBe(expected);
    expect(follow(text, zone)).toBeNull();
  });
});

describe("activity kinds in chat shorthand", () => {
  const DONE: Array<[string, ActivityKind]> = [
    ["had a great mtg w/ Wayne Enterprises today", "meeting"],
    ["mtg with Globex went well", "meeting"],
    ["mtg w/ Acme went fine", "meeting"],
    ["catch up call w/ globex today, all good", "call"],
    ["quick call with acme corp - they're 60k", "call"],
    ["intro call with Hooli, they're interested", "call"],
    ["discovery call w/ Initech done", "call"],
    ["left 2 voicemails for Acme Robotics this week, no reply", "call"],
    ["left another vm for Globex", "call"],
    ["voicemails to Stark all week, nothing", "call"],
    ["drove out to Acme Robotics to fix their install", "visit"],
    ["flew out to Globex for the kickoff", "visit"],
    ["dropped off samples at Acme Corp", "visit"],
    ["dropped off the contract with their receptionist", "visit"],
    ["met the Acme Corp team at their office, they're evaluating 3 vendors", "visit"],
    ["met the whole Globex procurement team at their HQ", "visit"],
    ["spoke w/ Globex, 25K USD for the pilot", "call"],
    ["talked w/ Acme's cfo about the renewal", "call"],
  ];
  it.each(DONE)("%s → %s", (text, kind) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(false);
  });
});

describe("a price after a counted unit (@ / at) is per unit", () => {
  const amountOf = (text: string) => {
    const a = parseSentence(text, { now: NOW, timezone: SHANGHAI }).amount;
    return a ? [a.minor / 100, a.currency] : null;
  };
  it.each([
    ["Umbrella Corp wants quote for 500 units @ $12", [6_000, "USD"]],
    ["100 seats at $40 for Globex", [4_000, "USD"]],
    ["Acme: 20 licenses @ ~$300", [6_000, "USD"]],
    ["40 hours at $150 for the Initech integration", [6_000, "USD"]],
  ])("%s → %j", (text, expected) => {
    expect(amountOf(text)).toEqual(expected);
  });
});

describe("more chat words for a done call, meeting or email", () => {
  const DONE: Array<[string, ActivityKind]> = [
    ["webex with Acme Robotics this am, showed the new features", "meeting"],
    ["gmeet w/ Globex procurement, follow up this coming Monday", "meeting"],
    ["google meet with Initech's CTO", "meeting"],
    ["hangout with the Hooli team about the rollout", "meeting"],
    ["fwd'd the deck to Globex", "email"],
    ["forwarded the contract to Acme legal", "email"],
    ["fwd the pricing sheet to Umbrella", "email"],
    ["tried Globex twice, no luck", "call"],
    ["tried Acme Corp 3 times today", "call"],
    ["tried calling Initech, busy", "call"],
    ["Acme Corp's assistant picked up, said he's out till monday", "call"],
    ["nobody picked up at Globex", "call"],
    ["Stark Industries: vm again. try thurs", "call"],
    ["vm'd the Globex buyer", "call"],
    ["Acme Corp demo done ✅ next: pricing call fri", "meeting"],
    ["Globex demo completed, they liked it", "meeting"],
  ];
  it.each(DONE)("%s → %s", (text, kind) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(false);
  });

  it.each([["picked up the samples from Acme"], ["they need 50 VMs for the pilot"], ["tried the new dashboard"]])("%s is no call", (text) => {
    expect(inferActivityIntent(text).activity).not.toBe("call");
  });
});

describe("the next step: an order to oneself, later today, till a day, a move from one day to another", () => {
  it.each([
    ["Stark Industries renewal coming up in Feb, start talks in Jan", "2027-01-04 09:00"], // 1 January is New Year's Day: the first working day,
    ["Globex contract ends in March, reach out in Feb", "2027-02-01 09:00"],
    ["ping Umbrella Corp later today", "2026-11-25 12:00"],
    ["call Acme today", "2026-11-25 11:00"],
    ["call Globex back later today", "2026-11-25 12:00"],
    ["Acme Corp's assistant picked up, said he's out till monday", "2026-11-30 09:00"],
    ["Globex is OOO until thursday", "2026-11-26 09:00"],
    ["moved the Acme Corp mtg from fri to mon", "2026-11-30 09:00"],
    ["rescheduled Globex from thursday to friday", "2026-11-27 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(follow(text)).toBe(expected);
  });

  it("a meeting with a customer today, with no order or future word, is today's meeting", () => {
    expect(follow("meeting with Acme today")).toBeNull();
    expect(occurred("meeting with Acme today")).toBe("2026-11-25 10:00");
  });
});

describe("unknown customers typed the Slack way", () => {
  const companies = (text: string) => parseSentence(text, { now: NOW, timezone: SHANGHAI }).companyHints;
  it.each([
    ["Massive Dynamic demo on 12/9 at 11", "Massive Dynamic"],
    ["Hooli call tmrw 3pm", "Hooli"],
    ["Initech kickoff next week", "Initech"],
    ["call w/ Hooli tomorrow 2pm", "Hooli"],
    ["mtg w/ Initech went long", "Initech"],
  ])("%s → %s", (text, name) => {
    expect(companies(text)).toContain(name);
  });

  it.each([["Great demo today"], ["Discovery call tomorrow"], ["Weekly sync at 10"], ["Friday demo went well"]])("%s names no customer", (text) => {
    expect(companies(text)).toEqual([]);
  });
});

describe("documents sent, reviews and one-on-ones", () => {
  it.each([
    ["Globex: sent revised quote $42,500", "email"],
    ["Stark Industries sent over their requirements doc", "email"],
    ["sent Umbrella Corp the MSA this afternoon", "email"],
    ["sent Acme the signed order form", "email"],
    ["sent over the security questionnaire to Initech", "email"],
    ["Stark Industries QBR today went well", "meeting"],
    ["had a 1:1 with the Globex champion", "meeting"],
    ["one-on-one with Acme's VP", "meeting"],
    ["phone call with Oscorp, they need a quote in 2 weeks", "call"],
  ] as Array<[string, ActivityKind]>)("%s → %s", (text, kind) => {
    const intent = inferActivityIntent(text);
    expect(intent.activity).toBe(kind);
    expect(intent.planned).toBe(false);
  });

  it("1:1 is no clock time", () => {
    expect(follow("had a 1:1 with the Globex champion")).toBeNull();
  });
});

describe("how long something lasted, evening meals, N days prior", () => {
  it.each([
    ["Spoke with Umbrella Corp's CFO for 30 mins, they need approval from the board", null],
    ["talked to Globex for an hour about the rollout", null],
    ["call with Acme for 45 minutes, follow up friday", "2026-11-27 09:00"],
    ["demo with Globex ran for 1.5h", null],
    ["on the phone with Stark for a few hours", null],
    ["Acme signed for 3 years", null],
    ["Globex renewed for 2.5 yrs, check in friday", "2026-11-27 09:00"],
    ["Umbrella is out for several weeks", null],
    // a stretch of days or weeks still says when to come back
    ["Acme is out for 2 weeks", "2026-12-09 09:00"],
  ])("%s → %s", (text, expected) => {
    expect(follow(text)).toBe(expected);
  });

  it.each([
    ["Acme Corp dinner tomorrow at 7", "2026-11-25 19:00"],
    ["drinks w/ Globex at 8 tmrw", "2026-11-25 20:00"],
    ["breakfast with Initech at 7 tomorrow", "2026-11-25 07:00"],
    ["Stark Industries renewal due 1/15, reach out 30 days prior", "2026-12-16 09:00"],
    ["renewal is 1/15, ping them 2 weeks ahead", "2027-01-01 09:00"],
    ["contract ends Feb 1, start talks a month in advance", "2027-01-01 09:00"],
  ])("New York: %s → %s", (text, expected) => {
    expect(follow(text, NEW_YORK)).toBe(expected);
  });
});

describe("typos, sessions, tours, and status questions without a question mark", () => {
  it.each([
    ["calld acme corp, no anwser", "call"],
    ["caled Globex twice", "call"],
    ["emaild stark industries the quote", "email"],
    ["emialed Globex the deck", "email"],
    ["had a productive session with Globex's data team", "meeting"],
    ["working session w/ Acme's IT", "meeting"],
    ["Acme Corp site tour today", "visit"],
    ["plant tour at Stark Industries", "visit"],
    ["toured their plant with the Globex COO", "visit"],
  ] as Array<[string, ActivityKind]>)("%s → %s", (text, kind) => {
    expect(inferActivityIntent(text).activity).toBe(kind);
  });

  it.each([
    ["where are we with acme robotics", "acme robotics"],
    ["where do we stand with Umbrella Corp", "Umbrella Corp"],
    ["where are we at with Globex", "Globex"],
    ["status on Stark Industries", "Stark Industries"],
  ])("%s asks about %s", (text, subject) => {
    expect(detectQuestion(text)).toEqual({ kind: "about", topic: "status", subject });
  });

  it("a number with a thousands separator after 'at' is money, not a clock time", () => {
    expect(follow("Umbrella Corp quote at 12,500 dollars")).toBeNull();
    expect(follow("priced at 1,200 per seat, call them friday")).toBe("2026-11-27 09:00");
  });
});

describe("after the weekend, and a bare hour after a deadline's 'by'", () => {
  // Friday 2026-12-04 15:00 in Shanghai
  const FRIDAY = new Date("2026-12-04T07:00:00Z");
  const friday = (text: string): string | null => {
    const f = parseSentence(text, { now: FRIDAY, timezone: SHANGHAI }).followUp;
    return f ? localStamp(f.at, SHANGHAI) : null;
  };
  it.each([
    ["Globex call went well, circle back after the weekend", "2026-12-07 09:00"],
    ["ping Acme after the weekend", "2026-12-07 09:00"],
    ["called acme corp at 9, they need the quote by 5", "2026-12-04 17:00"],
    ["Umbrella needs the signed NDA back by 6", "2026-12-04 18:00"],
    ["send Stark the deck by 10 tomorrow", "2026-12-05 10:00"],
    ["they cut the price by 5, decision monday", "2026-12-07 09:00"],
    ["we beat their offer by 2", null],
    ["grew the deal by 5 seats", null],
  ])("%s → %s", (text, expected) => {
    expect(friday(text)).toBe(expected);
  });
});

describe("a year in words without a day", () => {
  const first = (text: string) => {
    const p = parseSentence(text, { now: NOW, timezone: NEW_YORK });
    const d = p.occurredAt ?? p.followUp;
    return d ? localStamp(d.at, NEW_YORK).slice(0, 10) : null;
  };
  it.each([
    ["Acme was founded in nineteen ninety six", "1996-01-01"],
    ["Globex has been a customer since two thousand and fifteen", "2015-01-01"],
    ["the contract started August two thousand and twenty", "2020-08-01"],
    ["they left in October two thousand and came back", "2000-10-01"],
    ["call Acme on June twenty one", "2027-06-21"],
    ["Acme paid two thousand dollars", null],
  ])("%s → %s", (text, day) => {
    expect(first(text)).toBe(day);
  });
});

describe("several next steps: the soonest is the follow-up", () => {
  it.each([
    ["Acme Corp renewal is due Jan 15, need to start talks after Thanksgiving", NEW_YORK, "2026-11-27"],
    ["contract expires March 31, follow up next week", NEW_YORK, "2026-11-30"],
    ["华为合同3月31日到期，下周先联系一下", SHANGHAI, "2026-11-30"],
    ["华为今天发来邮件，要求周五前报价", SHANGHAI, "2026-11-27"],
  ])("%s → %s", (text, zone, day) => {
    expect(follow(text, zone)?.slice(0, 10)).toBe(day);
  });
});

describe("emails that went unanswered are no email sent now", () => {
  it.each(["Globex went dark, no reply to last 3 emails", "no response to my emails from Acme", "still no answer to our emails, Stark is quiet"])("%s", (text) => {
    expect(parseSentence(text, { now: NOW, timezone: NEW_YORK }).activity).not.toBe("email");
  });
  it("an email sent is still one", () => {
    expect(parseSentence("emailed Acme twice, no reply", { now: NOW, timezone: NEW_YORK }).activity).toBe("email");
  });
});

describe("a month, then a count after a comma", () => {
  it.each([
    ["Acme Corp wants to start a pilot in January, 3 months, 5k/mo", "2027-01-04"], // the first working day of January,
    ["Globex rollout in March, 20 seats", "2027-03-01"],
  ])("%s → %s", (text, day) => {
    const p = parseSentence(text, { now: NOW, timezone: NEW_YORK });
    expect(localStamp((p.followUp ?? p.occurredAt)!.at, NEW_YORK).slice(0, 10)).toBe(day);
  });
});

describe("a plan that opens with what to do", () => {
  it.each(["catch up with Stark over drinks thursday evening", "grab coffee with Globex friday", "hop on a call with Acme monday 10am"])("%s", (text) => {
    const p = parseSentence(text, { now: NOW, timezone: NEW_YORK });
    expect(p.planned).toBe(true);
    expect(p.followUp).not.toBeNull();
  });
});

describe("the period a budget is for is no date", () => {
  it.each(["had a call w/ acme corp's cfo, budget approved for Q1, ~$400k", "funding approved for January", "Globex budget is there for Q2"])("%s", (text) => {
    const p = parseSentence(text, { now: NOW, timezone: NEW_YORK });
    expect([p.followUp, p.occurredAt]).toEqual([null, null]);
  });
  it("a follow-up beside it still counts", () => {
    const p = parseSentence("budget is there for Q2, send proposal next week", { now: NOW, timezone: NEW_YORK });
    expect(p.followUp?.text).toBe("next week");
  });
});
