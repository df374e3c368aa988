import { z } from "zod";

/** A target's period key: "2026-11" (month), "2026-Q4" (quarter), "2026" (year). */
export const targetPeriodSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/u, "period");

/** The months a period key covers: first month and how many. */
export function periodMonths(key: string): { year: number; month: number; months: number } {
  const year = Number(key.slice(0, 4));
  const q = /-Q([1-4])$/u.exec(key);
  if (q) return { year, month: (Number(q[1]) - 1) * 3 + 1, months: 3 };
  const m = /-(\d\d)$/u.exec(key);
  return m ? { year, month: Number(m[1]), months: 1 } : { year, month: 1, months: 12 };
}
