import { startOfLocalDay, startOfLocalWeek } from "../../domain/automation/local-day.js";
import type { CountPeriod } from "../parse/detect-count-question.js";
import { addMonths, zonedParts, zonedTimeToInstant } from "../parse/zoned-time.js";

/** The instants [from, to) of a counting period in the asker's zone; `to` is now for the current one. */
export function countPeriodRange(period: CountPeriod, now: Date, timeZone: string, namedMonth?: number): { from: Date; to: Date } {
  // [from, to): what happened at this very instant (a deal won by the message before) counts too.
  const upToNow = new Date(now.getTime() + 1);
  const monthStart = (delta: number) => {
    const today = zonedParts(now, timeZone);
    const { year, month } = addMonths(today.year, today.month, delta);
    return zonedTimeToInstant({ year, month, day: 1 }, { hour: 0, minute: 0 }, timeZone);
  };
  switch (period) {
    case "today":
      return { from: startOfLocalDay(now, timeZone), to: upToNow };
    case "yesterday":
      return { from: startOfLocalDay(now, timeZone, -1), to: startOfLocalDay(now, timeZone) };
    case "week":
      return { from: startOfLocalWeek(now, timeZone), to: upToNow };
    case "last-week": {
      const thisWeek = startOfLocalWeek(now, timeZone);
      return { from: startOfLocalWeek(new Date(thisWeek.getTime() - 3_600_000), timeZone), to: thisWeek };
    }
    case "month":
      return { from: monthStart(0), to: upToNow };
    case "last-month":
      return { from: monthStart(-1), to: monthStart(0) };
    case "quarter": {
      const month = zonedParts(now, timeZone).month;
      return { from: monthStart(-((month - 1) % 3)), to: upToNow };
    }
    case "year": {
      const month = zonedParts(now, timeZone).month;
      return { from: monthStart(-(month - 1)), to: upToNow };
    }
    case "named-month": {
      // "11月" in December is this November; "12月" in March is last December.
      const month = zonedParts(now, timeZone).month;
      const back = (month - (namedMonth ?? month) + 12) % 12;
      const to = monthStart(-back + 1);
      return { from: monthStart(-back), to: to.getTime() > now.getTime() ? upToNow : to };
    }
  }
}
