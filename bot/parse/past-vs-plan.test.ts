import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";
import type { ActivityKind } from "./types.js";

/**
 * A sentence that REPORTS what happened logs that activity, its future part is the follow-up;
 * only a sentence that merely PLANS is a planned meeting/call. Tense is read per clause.
 * Each case: text, the kind to log, planned?, and the follow-up as [days after today, "HH:mm"] or null.
 */
type Case = [string, ActivityKind | null, boolean, [number, string] | null];

const REPORTS: Case[] = [
  ["拜访了Acme，客户很满意，明天下午3点再沟通", "visit", false, [1, "15:00"]],
  ["昨天拜访了华为，明天下午3点再打电话", "visit", false, [1, "15:00"]],
  ["跟腾讯通了电话，明天上午10点发方案", "call", false, [1, "10:00"]],
  ["刚和京东开完会，后天下午2点再约", "meeting", false, [2, "14:00"]],
  ["请阿里的王总吃了饭，明天下午4点给报价", "meeting", false, [1, "16:00"]],
  ["上午去美团现场做了演示，明天下午3点回访", "visit", false, [1, "15:00"]],
  ["已经给小米打过电话了，明天下午5点跟进", "call", false, [1, "17:00"]],
  ["京东来电咨询价格，明天上午9点回电", "call", false, [1, "09:00"]],
  ["和百度见了面，聊得不错，后天上午11点再联系", "meeting", false, [2, "11:00"]],
  ["给网易发了邮件，明天下午3点电话确认", "email", false, [1, "15:00"]],
  ["Acme meeting went long, they asked for a proposal, send it tomorrow 4pm", "meeting", false, [1, "16:00"]],
  ["Visited Globex, they loved it, follow up tomorrow at 3pm", "visit", false, [1, "15:00"]],
  ["Had lunch with the Initech CFO, call them tomorrow 10am", "meeting", false, [1, "10:00"]],
  ["Called Hooli to schedule a meeting tomorrow 2pm", "call", false, [1, "14:00"]],
  ["Just met Umbrella, next step a call tomorrow at 11am", "meeting", false, [1, "11:00"]],
  ["Left a voicemail for Acme, try again tomorrow 9am", "call", false, [1, "09:00"]],
  ["Spoke with Stark on the phone, they want the deck tomorrow 5pm", "call", false, [1, "17:00"]],
  ["Demoed to Vandelay, meeting again tomorrow 3pm", "meeting", false, [1, "15:00"]],
  ["Emailed Globex the quote, check in tomorrow at 10am", "email", false, [1, "10:00"]],
  ["They called us about pricing, call back tomorrow 4pm", "call", false, [1, "16:00"]],
  ["Had coffee with Acme, they will decide tomorrow", "meeting", false, [1, "09:00"]],
  ["跟华为开了视频会议，后天下午4点给方案", "meeting", false, [2, "16:00"]],
  ["给小米打电话没人接，明天下午再打", "call", false, [1, "14:00"]],
  ["Caught up with Acme, sending the quote tomorrow 10am", "meeting", false, [1, "10:00"]],
  ["今天上午和Acme的CTO开了个会，他们明天下午3点给答复", "meeting", false, [1, "15:00"]],
  ["昨天接了京东的电话，后天上午10点发合同", "call", false, [2, "10:00"]],
];

const PLANS: Case[] = [
  ["meeting with Acme tomorrow 3pm", "meeting", true, [1, "15:00"]],
  ["约了华为下周二下午见面", "meeting", true, null],
  ["schedule a call with Globex tomorrow at 10am", "call", true, [1, "10:00"]],
  ["明天下午3点去腾讯拜访", "visit", true, [1, "15:00"]],
  ["明天上午10点和京东开会", "meeting", true, [1, "10:00"]],
  ["Scheduled a demo with Initech for tomorrow 2pm", "meeting", true, [1, "14:00"]],
  ["Lunch with Hooli tomorrow at noon", "meeting", true, [1, "12:00"]],
  ["约了阿里的王总明天下午4点吃饭", "meeting", true, [1, "16:00"]],
  ["后天上午去美团现场", "visit", true, [2, "09:00"]],
  ["Visiting Umbrella tomorrow 11am", "visit", true, [1, "11:00"]],
  ["will call Stark tomorrow at 5pm", "call", true, [1, "17:00"]],
  ["明天下午2点给小米打电话", "call", true, [1, "14:00"]],
  ["set up a Zoom call with Vandelay tomorrow 4pm", "meeting", true, [1, "16:00"]],
  ["准备明天上午拜访百度", "visit", true, [1, "09:00"]],
  ["安排了后天下午3点和网易开会", "meeting", true, [2, "15:00"]],
  ["Meeting with Acme moved to tomorrow 3pm", "meeting", true, [1, "15:00"]],
  ["Catch up with Globex tomorrow 11am", "meeting", true, [1, "11:00"]],
  ["Lunch w/ Acme CFO tmrw 12:30", "meeting", true, [1, "12:30"]],
  ["和华为的张总约了明天上午10点电话", "call", true, [1, "10:00"]],
  ["明天下午和腾讯吃饭", "meeting", true, [1, "14:00"]],
  // A plan with a later step: the plan keeps the date of its own clause.
  ["今天下午拜访阿里，他们在比价，国庆后再跟", "visit", true, [0, "14:00"]],
  ["明天上午10点去腾讯拜访，下周再报价", "visit", true, [1, "10:00"]],
  ["后天下午3点和京东开会，月底前签约", "meeting", true, [2, "15:00"]],
  ["Meeting Globex tomorrow at 3pm, then send the proposal next Friday", "meeting", true, [1, "15:00"]],
  ["call Acme tomorrow 10am, quote due end of month", "call", true, [1, "10:00"]],
  // "in 30 minutes", "the week of Dec 14": a plan even without tomorrow/next
  ["call Globex back in 30 minutes", "call", true, null],
  ["call Acme in an hour", "call", true, null],
  ["call Initech again in a couple of hours", "call", true, null],
];

/** A month and day still ahead of 25 November: a plan (the same words after that day report it). */
const DATED_PLANS: Case[] = [
  ["Globex CTO wants an onsite workshop the week of Dec 14", "visit", true, null],
  ["demo for Initech Dec 14 at 3pm", "meeting", true, null],
  ["meeting with Hooli on Dec 5th", "meeting", true, null],
];

/** Plans to send something are tasks: a note with a follow-up, not an appointment. */
const TASKS: Case[] = [
  ["明天下午3点前给华为发报价", null, false, [1, "15:00"]],
  ["send Acme the proposal tomorrow 4pm", null, false, [1, "16:00"]],
];

const ZONES = ["Asia/Shanghai", "America/New_York", "Europe/London", "UTC"];
// Mornings, so "tomorrow 3pm" and "明天下午" are unambiguous in every zone.
const LOCAL_MORNINGS = ["2026-11-25T08:30", "2027-03-01T07:15", "2026-06-12T09:45"];

function dayAfter(local: string, days: number): string {
  const d = new Date(`${local.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each(ZONES)("past vs plan in %s", (zone) => {
  describe.each(LOCAL_MORNINGS)("at %s local", (local) => {
    const now = instantAt(local, zone);
    it.each([...REPORTS, ...PLANS, ...TASKS])("%s", (text, kind, planned, followUp) => {
      const parsed = parseSentence(text, { now, timezone: zone });
      expect(parsed.activity).toBe(kind);
      expect(parsed.planned).toBe(planned);
      if (followUp) {
        expect(parsed.followUp && localStamp(parsed.followUp.at, zone)).toBe(`${dayAfter(local, followUp[0])} ${followUp[1]}`);
      } else {
        expect(parsed.followUp === null || parsed.followUp.at.getTime() > now.getTime()).toBe(true);
      }
    });
  });
});

describe.each(ZONES)("a dated plan in %s", (zone) => {
  const now = instantAt("2026-11-25T08:30", zone);
  it.each(DATED_PLANS)("%s", (text, kind, planned) => {
    const parsed = parseSentence(text, { now, timezone: zone });
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(planned);
  });
});
