import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain } from "../index.js";
import { fixedClock } from "../shared/clock.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { stageChangesBetween } from "./digest-stage-changes.js";

/** The digests' stage changes with their deal's team: one join by prepared statements, or Prisma's relation read. */
const NOW = new Date("2026-11-25T00:30:00Z");
const DAY = 86_400_000;

let hot: TestDb;
let prisma: TestDb;

/** Two teams' deals moved today, one change of yesterday's day before; returns the changes as [from key, to key, team name]. */
async function changesOf(t: TestDb): Promise<(string | null)[][]> {
  const d = createDomain(t.db, fixedClock(NOW));
  const east = await createActor(t.db, "Li Lei", "rep", "East");
  const west = await createActor(t.db, "Bob", "rep", "West");
  for (const [actor, name] of [
    [east, "华为"],
    [west, "Globex"],
  ] as const) {
    const company = await d.companies.create(actor, { name });
    const deal = await d.deals.create(actor, { companyId: company.id, amountMinor: 100_000 });
    await d.deals.move(actor, deal.id, "proposal");
    if (actor === west) await d.deals.move(actor, deal.id, "won");
  }
  // The first change of the East deal (its creation) happened two days ago: outside the window.
  const first = await t.db.dealStageChange.findFirstOrThrow({ where: { deal: { company: { name: "华为" } }, fromStageId: null } });
  await t.db.dealStageChange.update({ where: { id: first.id }, data: { changedAt: new Date(NOW.getTime() - 2 * DAY) } });
  const stages = new Map((await d.stages.list()).map((s) => [s.id, s.key]));
  const teams = new Map((await t.db.team.findMany()).map((team) => [team.id, team.name]));
  const changes = await stageChangesBetween(t.db, new Date(NOW.getTime() - DAY), NOW);
  return changes
    .map((c) => [c.fromStageId ? stages.get(c.fromStageId)! : null, stages.get(c.toStageId)!, c.teamId ? teams.get(c.teamId)! : null])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

beforeEach(async () => {
  hot = await createTestDb({ hotStatements: true });
  prisma = await createTestDb({ hotStatements: false });
});
afterEach(async () => {
  await hot.close();
  await prisma.close();
});

describe("stage changes of a period with their deal's team", () => {
  it("prepared statements and Prisma find the same changes, each with its deal's team", async () => {
    expect(directSqlOf(hot.db)).not.toBeNull();
    const fast = await changesOf(hot);
    expect(fast).toEqual([
      ["lead", "proposal", "East"],
      ["lead", "proposal", "West"],
      ["proposal", "won", "West"],
      [null, "lead", "West"],
    ]);
    expect(await changesOf(prisma)).toEqual(fast);
  });
});
