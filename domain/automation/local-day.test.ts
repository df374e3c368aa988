import { describe, expect, it } from "vitest";
import { localDateKey, startOfLocalDay, startOfLocalWeek, wallClock } from "./local-day.js";

describe("local days", () => {
  it("names the day as seen in the zone, not in UTC", () => {
    const instant = new Date("2026-11-24T17:30:00Z"); // 01:30 on the 25th in Shanghai
    expect(localDateKey(instant, "Asia/Shanghai")).toBe("2026-11-25");
    expect(localDateKey(instant, "America/New_York")).toBe("2026-11-24");
    expect(wallClock(instant, "Asia/Shanghai")).toMatchObject({ hour: 1, minute: 30, weekday: 3 });
  });

  it("finds local midnight and Monday, across a DST change", () => {
    expect(startOfLocalDay(new Date("2026-11-25T02:00:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-11-24T16:00:00.000Z");
    expect(startOfLocalDay(new Date("2026-11-25T02:00:00Z"), "Asia/Shanghai", 2).toISOString()).toBe("2026-11-26T16:00:00.000Z");
    expect(startOfLocalWeek(new Date("2026-11-25T02:00:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-11-22T16:00:00.000Z");
    // New York leaves DST on 2026-11-01: midnight of the 2nd is 05:00 UTC, of October 31st 04:00 UTC.
    expect(startOfLocalDay(new Date("2026-11-02T12:00:00Z"), "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(startOfLocalDay(new Date("2026-11-02T12:00:00Z"), "America/New_York", -2).toISOString()).toBe("2026-10-31T04:00:00.000Z");
  });
});
