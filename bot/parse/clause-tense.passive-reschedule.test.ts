import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";

// "Initech meeting was moved up to tomorrow 9am" logged a meeting held today: a rescheduled appointment
// in the passive ("was moved to", "got pushed to", "has been rescheduled for") is still ahead.
const now = new Date("2026-12-02T02:00:00Z"); // Wednesday 10:00 in Shanghai
const read = (text: string) => parseSentence(text, { now, timezone: "Asia/Shanghai" });
const local = (d: Date | undefined) => d?.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 16);

describe("a rescheduled appointment is planned", () => {
  it.each([
    ["Initech meeting was moved up to tomorrow 9am", "meeting", "2026-12-03 09:00"],
    ["Initech meeting was moved to Friday", "meeting", "2026-12-04 09:00"],
    ["the Globex call got pushed to Monday", "call", "2026-12-07 09:00"],
    ["Globex call has been rescheduled for Monday 2pm", "call", "2026-12-07 14:00"],
    ["the Contoso demo was postponed to next Thursday", "meeting", "2026-12-10 09:00"],
    ["Acme visit moved back to the 15th", "visit", "2026-12-15 09:00"],
  ])("%s", (text, kind, at) => {
    const parsed = read(text);
    expect(parsed.activity).toBe(kind);
    expect(parsed.planned).toBe(true);
    expect(local(parsed.followUp?.at)).toBe(at);
  });

  it.each(["met Globex, the next call was booked for Monday", "the demo was great", "the Initech call was moved around a lot but went well"])(
    "a report stays a report: %s",
    (text) => {
      expect(read(text).planned).toBe(false);
    },
  );
});
