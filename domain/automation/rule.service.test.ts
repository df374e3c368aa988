import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "../../test/actors.js";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import type { Actor } from "../shared/actor.js";
import { InvalidInputError, PermissionDeniedError } from "../shared/errors.js";
import { RuleService } from "./rule.service.js";

let t: TestDb;
let rules: RuleService;
let admin: Actor;

beforeEach(async () => {
  t = await createTestDb();
  rules = new RuleService(t.db);
  admin = await createActor(t.db, "Boss", "admin");
});
afterEach(async () => {
  await t.close();
});

describe("RuleService", () => {
  it("seeds the defaults once and never overwrites an admin's edit", async () => {
    await rules.seedDefaults();
    await rules.setParam(admin, "churn", "days", "90");
    await rules.seedDefaults();
    expect(await t.db.rule.count()).toBe(12);
    expect((await rules.get("churn")).condition).toMatchObject({ days: 90, tierADays: 30 });
  });

  it("keeps zod in charge: list params, schedules and the admin check", async () => {
    await expect(rules.setParam(admin, "sla", "priorities", "urgent, high")).resolves.toMatchObject({ condition: { priorities: ["urgent", "high"] } });
    await expect(rules.setParam(admin, "sla", "priorities", "whenever")).rejects.toBeInstanceOf(InvalidInputError);
    await expect(rules.setParam(admin, "digest", "schedule", "61 8 * * *")).rejects.toBeInstanceOf(InvalidInputError);
    await expect(rules.setParam(admin, "renewal", "actions", "notify-owner")).resolves.toMatchObject({ actions: ["notify-owner"] });
    const manager = await createActor(t.db, "Zhou", "manager", "North");
    await expect(rules.setEnabled(manager, "digest", false)).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it("a row that no longer parses is left out instead of running with bad values", async () => {
    await rules.seedDefaults();
    await t.db.rule.update({ where: { key: "churn" }, data: { condition: '{"days":"soon"}' } });
    expect((await rules.list()).map((r) => r.key)).not.toContain("churn");
  });
});
