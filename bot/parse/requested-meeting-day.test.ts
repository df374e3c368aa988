// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

/**
 * "Acme Corp's procurement asked to meet on Monday" typed on a Wednesday logged a meeting held last Monday: "asked"
 * made the clause a report, so the bare weekday was the latest Monday. A meeting asked for is arranged
 * (docs/commands.md): planned, and its weekday is the coming one.
 */
const WED = new Date("2026-12-09T07:00:00Z"); // Wed 9 Dec 15:00 Shanghai, 02:00 New York
const MON = new Date("2026-12-07T02:00:00Z"); // Mon 7 Dec 10:00 Shanghai

const read = (text: string, now: Date, timezone: string) => {
  const p = parseSentence(text, { now, timezone, names: ["Acme Corp", "Globex", "Initech", "Contoso"] });
  return { planned: p.planned, followUp: p.followUp && localStamp(p.followUp.at, timezone), occurred: p.occurredAt && localStamp(p.occurredAt.at, timezone) };
};

describe("a meeting the customer asked for is set for the coming day", () => {
  it.each([
    ["Acme Corp's procurement asked to meet on Monday", WED, SHANGHAI, "2026-12-14 09:00"],
    ["Acme Corp's procurement asked to meet on Monday", WED, NEW_YORK, "2026-12-14 09:00"],
    ["they asked to meet monday", WED, SHANGHAI, "2026-12-14 09:00"],
    ["Globex asked for a call on Tuesday", WED, SHANGHAI, "2026-12-15 09:00"],
    ["Initech requested a demo on Thursday", WED, SHANGHAI, "2026-12-10 09:00"],
    ["Contoso invited us to visit on Friday", WED, NEW_YORK, "2026-12-11 09:00"],
    ["their CFO asked for a quick call Monday 3pm", WED, SHANGHAI, "2026-12-14 15:00"],
    ["Acme Corp's procurement asked to meet on Monday", MON, SHANGHAI, "2026-12-14 09:00"],
  ])("%s", (text, now, timezone, due) => {
    expect(read(text, now, timezone)).toMatchObject({ planned: true, followUp: due, occurred: null });
  });
});

describe("near misses: a meeting held, or something else asked for, keeps its past day", () => {
  it.each([
    ["met Acme Corp on Monday, they asked for pricing", WED, SHANGHAI, "2026-12-07 09:00"],
    ["Globex asked for pricing on Monday", WED, SHANGHAI, "2026-12-07 09:00"],
    ["Initech said the meeting on Monday went well", WED, SHANGHAI, "2026-12-07 09:00"],
  ])("%s", (text, now, timezone, at) => {
    expect(read(text, now, timezone)).toMatchObject({ followUp: null, occurred: at });
  });
});
