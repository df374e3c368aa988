// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { instantAt, localStamp } from "./test-support.js";

/**
 * Probe 33: "他们要下周给我们一个具体的数量。我周三跟进一下" followed up on Monday (给 after 下周 read as our step, though
 * it is theirs, to us); "…call Bob back Monday 2pm" took "over the weekend" (a name between call and back hid the cue);
 * "follow up wed if no reply" had no date at all; "texted Sarah to confirm Tuesday's lunch" read last Tuesday.
 */
const CASES: [string, string, string][] = [
  ["Asia/Shanghai", "京东 周五电话沟通了一下需求，他们要下周给我们一个具体的数量。我周三跟进一下", "2026-12-16 09:00"],
  ["Asia/Shanghai", "客户说下周给我们答复，我周四再催一下", "2026-12-17 09:00"],
  ["Asia/Shanghai", "小米下周给我回电话，周三我跟进", "2026-12-16 09:00"],
  ["Asia/Shanghai", "下周给华为发报价", "2026-12-14 09:00"],
  ["America/New_York", "Acme Corp called, want to add their Canada team. I'll put together numbers over the weekend and call Bob back Monday 2pm", "2026-12-14 14:00"],
  ["America/New_York", "will prep the deck this weekend, call Sarah back Tuesday 10am", "2026-12-15 10:00"],
  ["America/New_York", "Emailed Fabrikam the updated pricing sheet, follow up wed if no reply", "2026-12-16 09:00"],
  ["America/New_York", "ping them mon if no reply", "2026-12-14 09:00"],
  ["America/New_York", "chase wed again", "2026-12-16 09:00"],
  ["America/New_York", "texted Sarah at Contoso to confirm Tuesday's lunch", "2026-12-15 12:00"],
  ["America/New_York", "emailed Initech to reconfirm Thursday's demo", "2026-12-17 09:00"],
  ["Asia/Shanghai", "Called Globex to confirm Wednesday's call with their CTO", "2026-12-16 09:00"],
];

describe("whose step the day is (Friday 22:00 in New York, Saturday 11:00 in Shanghai)", () => {
  it.each(CASES)("%s: %s → %s", (zone, text, expected) => {
    const now = instantAt(zone === "Asia/Shanghai" ? "2026-12-12T11:00" : "2026-12-11T22:00", zone);
    const parsed = parseSentence(text, { now, timezone: zone });
    expect(parsed.followUp && localStamp(parsed.followUp.at, zone)).toBe(expected);
  });

  it("'wed like a demo' is still no Wednesday", () => {
    const parsed = parseSentence("wed like a demo if possible", { now: instantAt("2026-12-11T22:00", "America/New_York"), timezone: "America/New_York" });
    expect(parsed.followUp).toBeNull();
  });
});

/** "他们说下周一开会评审，我也参加，上午十点": a clock time alone after a day ahead is that day's time. */
describe("a clock time said alone after a day ahead", () => {
  it.each([
    ["京东的需求文档我周二已经发过去了，他们说下周一开会评审，我也参加，上午十点", "2026-12-14 10:00"],
    ["下周三去比亚迪 下午两点半", "2026-12-16 14:30"],
    ["明天交报告，下午三点开会", "2026-12-13 15:00"],
    ["后天跟腾讯视频，十点", "2026-12-14 10:00"],
  ])("%s → %s", (text, expected) => {
    const parsed = parseSentence(text, { now: instantAt("2026-12-12T11:00", "Asia/Shanghai"), timezone: "Asia/Shanghai" });
    expect(parsed.followUp && localStamp(parsed.followUp.at, "Asia/Shanghai")).toBe(expected);
  });
});
