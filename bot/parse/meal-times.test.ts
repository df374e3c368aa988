import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, NOW, SHANGHAI } from "./test-support.js";

// NOW: Wednesday 2026-11-25 10:00 in Shanghai, Tuesday 21:00 in New York. A meal named to say when
// ("晚饭后", "after dinner") sets the time of day, and the activity stays the call or the visit.
const read = (text: string, zone: string) => {
  const p = parseSentence(text, { now: NOW, timezone: zone });
  return { activity: p.activity, planned: p.planned, follow: p.followUp ? localStamp(p.followUp.at, zone) : null };
};

describe("a meal as the time of a planned activity", () => {
  it.each([
    ["明天晚饭后给华为打电话", SHANGHAI, "call", "2026-11-26 20:00"],
    ["明天午饭后去腾讯拜访", SHANGHAI, "visit", "2026-11-26 14:00"],
    ["周五吃完午饭去拜访阿里", SHANGHAI, "visit", "2026-11-27 14:00"],
    ["明天吃完晚饭后给比亚迪回电话", SHANGHAI, "call", "2026-11-26 20:00"],
    ["后天早饭后给小米打电话", SHANGHAI, "call", "2026-11-27 09:00"],
    ["周四午饭前给华为打个电话", SHANGHAI, "call", "2026-11-26 11:00"],
    ["call Acme after dinner tomorrow", NEW_YORK, "call", "2026-11-25 20:00"],
    ["visit Globex friday after lunch", NEW_YORK, "visit", "2026-11-27 13:30"],
    ["call Stark tomorrow after breakfast", NEW_YORK, "call", "2026-11-25 09:00"],
  ])("%s", (text, zone, activity, follow) => {
    expect(read(text, zone)).toEqual({ activity, planned: true, follow });
  });
});

describe("a meal that was the meeting", () => {
  it.each([
    ["跟华为吃完饭，下周再聊", SHANGHAI],
    ["昨天跟腾讯吃完饭", SHANGHAI],
    ["had dinner with Acme last night", NEW_YORK],
    ["lunch with Globex went well", NEW_YORK],
  ])("%s", (text, zone) => {
    const r = read(text, zone);
    expect(r.activity).toBe("meeting");
    expect(r.planned).toBe(false);
  });
});
