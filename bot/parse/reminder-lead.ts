import { allMatches } from "./all-matches.js";
import { parseSmallInt } from "./chinese-numerals.js";
import { countValue } from "./date-words-en.js";

/**
 * "提前半小时提醒我", "提前一天通知我", "前一天提醒我", "remind me 30 min before", "ping me an hour ahead", "the day
 * before, remind me": how long before the appointment the rep wants the reminder. The phrase is no date of its
 * own ("30 min before" is not half an hour ago, 提前一天 here moves no meeting), so it is blanked for the date
 * rules and the lead is taken off the appointment's time. So is a task to do days ahead ("POC下周三开始，提前一天准备环境"):
 * the follow-up is that day.
 */
const LEAD_ZH =
  /(?:提前|早)(?<n>\d{1,3}|[一两二三四五六七八九十]{1,3}|半)(?<ge>个)?(?<unit>分钟|分|小时|钟头|天|日)(?:左右)?(?:再|先|就)?(?:提醒|通知|叫)(?:我|一下|下)?|(?:提前|早)(?<nd>\d{1,2}|[一两二三四五六七八九十]{1,3})(?<ud>天|日)(?:再|先|就)?(?=准备|安排|布置|搭建|部署|调试|测试|确认|对接|彩排)|(?<day>前一天|头一天|前一日)(?:再|先)?(?:提醒|通知)(?:我|一下|下)?/gu;
const LEAD_EN =
  /\b(?:remind|ping|alert|nudge)\s+me\s+(?:(?<n>\d{1,3}|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty[\s-]five|half\s+an)\s*(?<unit>min(?:ute)?s?|hrs?|hours?|days?)|(?<day>the\s+day|the\s+night))\s+(?:before(?:hand)?|ahead|prior|early|earlier)\b|\b(?:(?<n2>\d{1,3}|an?|one|two|three|half\s+an)\s*(?<unit2>min(?:ute)?s?|hrs?|hours?|days?)|(?<day2>the\s+day))\s+(?:before(?:hand)?|ahead|prior)\s*[,:-]?\s*(?:remind|ping|alert|nudge)\s+me\b/giu;

/** "demo next Wednesday, prep the day before", "kickoff Monday - confirm attendees 2 days ahead": a task days ahead of the event. */
const TASK_AHEAD_EN =
  /\b(?:prep|prepare|set\s+up|setup|confirm|send|finalize|review|test|check)\b[^,.;!?]{0,30}?\b(?:(?<n>an?|one|two|three|\d{1,2})\s+(?<unit>days?)|(?<day>the\s+day))\s+(?:before(?:hand)?|ahead|prior|early)\b/giu;

/** Every match of LEAD_ZH has a Chinese character; of LEAD_EN and TASK_AHEAD_EN, one of these words. */
const HAN = /\p{Script=Han}/u;
const AHEAD_WORD = /before|ahead|prior|early/iu;

export interface ReminderLead {
  index: number;
  end: number;
  minutes: number;
}

function count(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/gu, " ").trim();
  if (w === "半" || w === "half an") return 0.5;
  return countValue(w.replace(/-/gu, " ")) ?? parseSmallInt(w);
}

function minutesOf(n: string | undefined, unit: string | undefined, day: string | undefined): number | null {
  if (day) return /night/iu.test(day) ? 12 * 60 : 24 * 60;
  const value = count(n ?? "");
  if (value === null || !unit) return null;
  if (/^(?:分钟|分|min)/iu.test(unit)) return value;
  if (/^(?:小时|钟头|h)/iu.test(unit)) return value * 60;
  return value * 24 * 60;
}

export function findReminderLead(text: string): ReminderLead | null {
  // Each pattern runs only on a text with what all of its matches contain (same flags: see rule-hints.ts).
  const zh = HAN.test(text) ? allMatches(text, LEAD_ZH) : [];
  const en = AHEAD_WORD.test(text) ? [...allMatches(text, LEAD_EN), ...allMatches(text, TASK_AHEAD_EN)] : [];
  for (const m of [...zh, ...en]) {
    const g = m.groups ?? {};
    const minutes = minutesOf(g.n ?? g.n2 ?? g.nd, g.unit ?? g.unit2 ?? g.ud, g.day ?? g.day2);
    if (minutes && minutes > 0) return { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, minutes };
  }
  return null;
}

/** The text with the lead phrase blanked (same length, so every other span keeps its place). */
export function blankReminderLead(text: string, lead: ReminderLead | null): string {
  return lead ? text.slice(0, lead.index) + " ".repeat(lead.end - lead.index) + text.slice(lead.end) : text;
}
