// biome-ignore-all format: case tables keep one case per line, as written
import { describe, expect, it } from "vitest";
import { parseSentence } from "./parse-sentence.js";
import { localStamp, NEW_YORK, SHANGHAI } from "./test-support.js";

/**
 * "明天拜访华为，演示新产品" logged a demo held today: the clause after the plan had no marker of its
 * own and was read as a report. A clause with neither past nor future markers goes on with the
 * plan before it; one that tells what came of something, or names its own day, does not.
 */
const FRI_SHANGHAI = new Date("2026-12-04T03:30:00Z"); // Fri 4 Dec 11:30 in Shanghai
const SUN_NEW_YORK = new Date("2026-12-06T15:00:00Z"); // Sun 6 Dec 10:00 in New York

const read = (text: string, now: Date, timezone: string) => {
  const p = parseSentence(text, { now, timezone });
  return { planned: p.planned, followUp: p.followUp ? localStamp(p.followUp.at, timezone) : null };
};

describe("the plan goes on into an unmarked clause after it", () => {
  it.each([
    ["明天拜访华为，演示新产品", FRI_SHANGHAI, SHANGHAI, "2026-12-05 09:00"],
    ["明天下午去比亚迪，演示新版本", FRI_SHANGHAI, SHANGHAI, "2026-12-05 14:00"],
    ["下周二华为，演示", FRI_SHANGHAI, SHANGHAI, "2026-12-08 09:00"],
    ["下周一去小米，顺便演示一下新版本", FRI_SHANGHAI, SHANGHAI, "2026-12-07 09:00"],
    ["明天约了腾讯，演示新功能", FRI_SHANGHAI, SHANGHAI, "2026-12-05 09:00"],
    ["下周三上门拜访京东，现场演示，再开个会", FRI_SHANGHAI, SHANGHAI, "2026-12-09 09:00"],
    ["meeting Globex tomorrow, demo the new module", FRI_SHANGHAI, SHANGHAI, "2026-12-05 09:00"],
    ["lunch with Initech on friday, walk them through pricing", FRI_SHANGHAI, SHANGHAI, "2026-12-11 12:00"],
    ["booked Globex for tuesday, demo the new module", FRI_SHANGHAI, SHANGHAI, "2026-12-08 09:00"],
    ["call with Contoso tomorrow 3pm, demo for their CFO", SUN_NEW_YORK, NEW_YORK, "2026-12-07 15:00"],
    ["visiting Fabrikam next wed, demo + pricing review", SUN_NEW_YORK, NEW_YORK, "2026-12-09 09:00"],
  ])("%s", (text, now, timezone, due) => {
    expect(read(text, now, timezone)).toEqual({ planned: true, followUp: due });
  });
});

describe("near misses: a clause telling what came of something, or with its own day, is reported", () => {
  it.each([
    ["明天拜访华为，上次演示效果不错", FRI_SHANGHAI, SHANGHAI],
    ["下周再跟进，今天演示很成功", FRI_SHANGHAI, SHANGHAI],
    ["明天再约，演示客户很满意", FRI_SHANGHAI, SHANGHAI],
    ["下周一发合同，刚开完会", FRI_SHANGHAI, SHANGHAI],
    ["follow up tomorrow, demo went great", FRI_SHANGHAI, SHANGHAI],
    ["send the quote monday, today's demo was good", SUN_NEW_YORK, NEW_YORK],
    ["next step pricing on friday, great demo with Globex", SUN_NEW_YORK, NEW_YORK],
  ])("%s", (text, now, timezone) => {
    expect(read(text, now, timezone).planned).toBe(false);
  });
});
