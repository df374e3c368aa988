// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp } from "./test-support.js";

const NOW = new Date("2026-12-14T21:45:00Z"); // Monday 16:45 in New York
const ZONE = "America/New_York";
const read = (text: string) => parseSentence(text, { now: NOW, timezone: ZONE });
const day = (d: { at: Date } | null) => d && localStamp(d.at, ZONE).slice(0, 10);

/** Probe (English, second round): deadlines read as past days, quarter ends and weekends missed, the customer's date over ours. */
describe("deadlines and our own step", () => {
  it.each([
    // a deadline in a report is ahead (was dated 20 November, no follow-up)
    ["globex asked for 15% off, told them I'd check w/ my VP and get back by the 20th", "2026-12-20"],
    ["told initech I'd check w/ my VP and get back by the 20th", "2026-12-20"],
    // the end of the quarter (was none)
    ["acme in legal review, redlines expected by EOQ", "2026-12-31"],
    ["f/u w/ contoso EOQ", "2026-12-31"],
    ["fabrikam decision by end of quarter", "2026-12-31"],
    // before the weekend is its Friday (was Saturday)
    ["initech wants the SOW before the weekend", "2026-12-18"],
    // our step named after the customer's own date (was the customer's date)
    ["contoso asked for references, sent 2. they're meeting w/ legal thurs, ping them fri", "2026-12-18"],
    ["acme's legal team meets wed, nudge them thurs", "2026-12-17"],
    ["initech has a board mtg thurs, f/u fri", "2026-12-18"],
    ["acme 👍 pricing, 👎 timeline. they want go-live by 2/1, we said 3/1. regroup fri", "2026-12-18"],
  ])("%s → %s", (text, expected) => {
    expect(day(read(text).followUp)).toBe(expected);
  });

  it.each([
    ["met them on the 3rd", "2026-12-03"],
    ["over the weekend had dinner with Globex", "2026-12-12"],
  ])("a report keeps its day: %s", (text, expected) => {
    expect(day(read(text).occurredAt)).toBe(expected);
  });
});
