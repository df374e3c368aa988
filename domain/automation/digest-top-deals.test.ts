import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain } from "../index.js";
import { fixedClock } from "../shared/clock.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { teamTopDeals, type TopDealsQuery } from "./digest-top-deals.js";

/** The digest's top-N lists by prepared statements return what the Prisma queries return (one database each). */
const NOW = new Date("2026-11-25T00:30:00Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

interface Side {
  t: TestDb;
  query: TopDealsQuery;
  repId: string;
}
let hot: Side;
let prisma: Side;

async function side(hotStatements: boolean): Promise<Side> {
  const t = await createTestDb({ hotStatements });
  const d = createDomain(t.db, fixedClock(NOW));
  const rep = await createActor(t.db, "Li Lei", "rep", "East");
  const other = await createActor(t.db, "Bob", "rep", "West");
  const company = await d.companies.create(rep, { name: "Acme Corp" });
  // amount (yuan), days to the expected close, days since the last activity, stage
  const rows: [number, number | null, number, string][] = [
    [500, 1, 30, "lead"], // closing and stale
    [500, 3, 2, "proposal"], // the same amount: the lower number first
    [900, 7, 40, "negotiation"], // closes exactly at the week's end: not this week
    [800, -1, 50, "qualified"], // expected yesterday: not closing, stale
    [700, 2, 60, "won"], // closed: in neither list
    [300, null, 15, "lead"],
    [100, 0, 14, "lead"], // closes now; 14 days is not before the cutoff
  ];
  for (const [amount, closeIn, idle, stage] of rows) {
    const deal = await d.deals.create(rep, { companyId: company.id, amountMinor: amount * 100, currency: "CNY" });
    if (stage !== "lead") await d.deals.move(rep, deal.id, stage);
    await t.db.deal.update({ where: { id: deal.id }, data: { expectedCloseAt: closeIn === null ? null : at(closeIn), lastActivityAt: at(-idle) } });
  }
  const elsewhere = await d.companies.create(other, { name: "Globex" });
  const theirs = await d.deals.create(other, { companyId: elsewhere.id, amountMinor: 999_900, currency: "CNY" });
  await t.db.deal.update({ where: { id: theirs.id }, data: { expectedCloseAt: at(1), lastActivityAt: at(-90) } });
  const stages = await d.stages.list();
  const query = {
    teamId: rep.teamId!,
    openStageIds: stages.filter((s) => s.kind === "open").map((s) => s.id),
    now: NOW,
    weekEnd: at(7),
    staleCutoff: at(-14),
    top: 3,
  };
  return { t, query, repId: rep.userId };
}

beforeEach(async () => {
  hot = await side(true);
  prisma = await side(false);
});
afterEach(async () => {
  await hot.t.close();
  await prisma.t.close();
});

const shown = (rows: { number: number; amountMinor: bigint; currency: string; expectedCloseAt: Date | null; lastActivityAt: Date; title: string }[]) =>
  rows.map((r) => [r.number, r.amountMinor, r.currency, r.expectedCloseAt, r.lastActivityAt, r.title]);

describe("a team's closing-this-week and stale top lists", () => {
  it("prepared statements and Prisma list the same deals in the same order, with the same values", async () => {
    expect(directSqlOf(hot.t.db)).not.toBeNull();
    expect(directSqlOf(prisma.t.db)).toBeNull();
    const fast = await teamTopDeals(hot.t.db, hot.query);
    const slow = await teamTopDeals(prisma.t.db, prisma.query);
    // Deal numbers: closing this week 1 (500), 2 (500), 7 (100); stale, biggest first: 3 (900), 4 (800), 1 (500).
    expect(fast.closing.map((r) => r.number)).toEqual([1, 2, 7]);
    expect(fast.stale.map((r) => r.number)).toEqual([3, 4, 1]);
    expect(shown(fast.closing)).toEqual(shown(slow.closing));
    expect(shown(fast.stale)).toEqual(shown(slow.stale));
    expect([...fast.closing, ...fast.stale].every((r) => r.ownerId === hot.repId)).toBe(true);
    expect([...slow.closing, ...slow.stale].every((r) => r.ownerId === prisma.repId)).toBe(true);
  });

  it("no open stage, nothing listed", async () => {
    expect(await teamTopDeals(hot.t.db, { ...hot.query, openStageIds: [] })).toEqual({ closing: [], stale: [] });
  });
});
