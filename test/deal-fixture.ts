import { createDomain, type Domain } from "../domain/index.js";
import type { Actor } from "../domain/shared/actor.js";
import { fixedClock } from "../domain/shared/clock.js";
import { createActor } from "./actors.js";
import { createTestDb, type TestDb } from "./test-db.js";

// Wednesday 2026-11-25 10:00 in Shanghai.
export const NOW = new Date("2026-11-25T02:00:00Z");
const HOUR = 3_600_000;
/** NOW shifted by some hours. */
export const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

export interface DealFixture {
  t: TestDb;
  d: Domain;
  clock: ReturnType<typeof fixedClock>;
  rep: Actor;
  companyId: string;
  dealId: string;
}

/** A fresh database with one rep (team North), the company Acme Corp and one lead deal of that rep. */
export async function createDealFixture(): Promise<DealFixture> {
  const t = await createTestDb();
  const clock = fixedClock(NOW);
  const d = createDomain(t.db, clock);
  const rep = await createActor(t.db, "Li Lei", "rep", "North");
  const companyId = (await d.companies.create(rep, { name: "Acme Corp" })).id;
  const dealId = (await d.deals.create(rep, { companyId })).id;
  return { t, d, clock, rep, companyId, dealId };
}
