import { describe, expect, it } from "vitest";
import { zonedParts } from "./zoned-time.js";

/** What Intl says the wall time is, the reading zonedParts stands in for. */
function formatted(instant: Date, timeZone: string) {
  const values: Record<string, number> = {};
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  for (const part of format.formatToParts(instant)) if (part.type !== "literal") values[part.type] = Number(part.value);
  return { year: values.year, month: values.month, day: values.day, hour: values.hour, minute: values.minute, second: values.second };
}

function wallTime(instant: Date, timeZone: string) {
  const { year, month, day, hour, minute, second } = zonedParts(instant, timeZone);
  return { year, month, day, hour, minute, second };
}

describe("zonedParts", () => {
  // The offset is remembered per zone and UTC hour: an hour with a change in it, and the hours either side, read as Intl does.
  const changes: [string, string][] = [
    ["America/New_York", "2026-03-08T07:00:00Z"],
    ["America/New_York", "2026-11-01T06:00:00Z"],
    ["Europe/London", "2026-03-29T01:00:00Z"],
    ["Australia/Lord_Howe", "2026-04-04T15:00:00Z"],
    ["Asia/Kathmandu", "1985-12-31T18:30:00Z"],
    ["America/St_Johns", "2026-03-08T05:30:00Z"],
  ];
  for (const [zone, at] of changes) {
    it(`reads the wall time as Intl does around ${zone}'s change at ${at}`, () => {
      const change = Date.parse(at);
      for (const delta of [-3_600_001, -60_000, -1_001, -1_000, -1, 0, 1, 999, 1_000, 59_999, 1_800_000, 3_599_999]) {
        const instant = new Date(change + delta);
        expect(wallTime(instant, zone), `${zone} ${instant.toISOString()}`).toEqual(formatted(instant, zone));
      }
    });
  }

  it("reads instants outside 1971–2098 and fixed zones as Intl does", () => {
    for (const at of ["1900-06-01T12:34:56.789Z", "1970-12-31T23:59:59.999Z", "2099-01-01T00:00:00Z", "2026-12-07T06:30:00.123Z"]) {
      for (const zone of ["UTC", "Asia/Shanghai", "Etc/GMT+5", "America/Los_Angeles"])
        expect(wallTime(new Date(at), zone)).toEqual(formatted(new Date(at), zone));
    }
  });
});
