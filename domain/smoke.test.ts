import { afterEach, beforeEach, expect, it } from "vitest";
import { createActor } from "../test/actors.js";
import { createTestDb, type TestDb } from "../test/test-db.js";
import { createDomain } from "./index.js";
import { fixedClock } from "./shared/clock.js";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => t.close());

it("creates a company and a deal in the first stage", async () => {
  const d = createDomain(t.db, fixedClock(new Date("2026-11-25T02:00:00Z")));
  const rep = await createActor(t.db, "Li Lei");
  const company = await d.companies.create(rep, { name: "华为技术有限公司" });
  const deal = await d.deals.create(rep, { companyId: company.id, amountMinor: 20_000_000 });
  expect(deal.stage.key).toBe("lead");
  expect(deal.number).toBe(1);
  expect((await d.companies.findByName("huawei")).id).toBe(company.id);
});
