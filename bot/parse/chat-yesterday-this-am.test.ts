// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

/**
 * "lunch with Globex yday, …" was dated today and "this am met Initech, …" now: chrono knows neither chat spelling.
 * "ytd" (year to date) and "this PM" (a project manager as often as the afternoon) stay no date.
 */
const WED = new Date("2026-12-09T07:00:00Z"); // Wed 9 Dec 15:00 Shanghai, 02:00 New York
const THU_NY = new Date("2026-12-10T19:00:00Z"); // Thu 10 Dec 14:00 New York

const read = (text: string, now: Date, timezone: string) => {
  const p = parseSentence(text, { now, timezone });
  return { followUp: p.followUp && localStamp(p.followUp.at, timezone), occurred: p.occurredAt && localStamp(p.occurredAt.at, timezone) };
};

describe("chat spellings of yesterday and of this morning date the report", () => {
  it.each([
    ["lunch with Globex yday, they liked the demo", WED, SHANGHAI, "2026-12-08 12:00"],
    ["called Globex yday", WED, SHANGHAI, "2026-12-08 09:00"],
    ["yda spoke w/ Initech, going well", WED, SHANGHAI, "2026-12-08 09:00"],
    ["met Acme yday afternoon", WED, SHANGHAI, "2026-12-08 14:00"],
    ["visited Contoso ystrdy", THU_NY, NEW_YORK, "2026-12-09 09:00"],
    ["demo for Globex yday pm went ok", THU_NY, NEW_YORK, "2026-12-09 14:00"],
    ["this am met Initech, good progress", WED, SHANGHAI, "2026-12-09 09:00"],
    ["this AM spoke with Contoso", THU_NY, NEW_YORK, "2026-12-10 09:00"],
    ["met Initech this a.m.", THU_NY, NEW_YORK, "2026-12-10 09:00"],
    // the full words, unchanged
    ["lunch with Globex yesterday, they liked the demo", WED, SHANGHAI, "2026-12-08 12:00"],
    ["met Initech this morning, good progress", WED, SHANGHAI, "2026-12-09 09:00"],
  ])("%s", (text, now, timezone, at) => {
    expect(read(text, now, timezone)).toEqual({ followUp: null, occurred: at });
  });
});

describe("plans said the same way are ahead", () => {
  it.each([
    ["call Globex tmrw am", WED, SHANGHAI, "2026-12-10 09:00"],
    ["call Globex tomorrow pm", WED, SHANGHAI, "2026-12-10 14:00"],
  ])("%s", (text, now, timezone, due) => {
    expect(read(text, now, timezone).followUp).toBe(due);
  });
});

describe("near misses: no date", () => {
  it.each(["ytd revenue is up 20% at Globex", "Globex ytd spend is 40k", "this PM from Globex wants pricing"])("%s", (text) => {
    expect(read(text, WED, SHANGHAI)).toEqual({ followUp: null, occurred: null });
  });
});
