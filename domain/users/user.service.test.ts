import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/test-db.js";
import { createDomain, type Domain } from "../index.js";
import type { Actor, Role } from "../shared/actor.js";
import { fixedClock } from "../shared/clock.js";
import { AmbiguousError, InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { isValidTimeZone } from "./user.service.js";
import { caught } from "../../test/caught.js";

let t: TestDb;
let d: Domain;

beforeEach(async () => {
  t = await createTestDb();
  d = createDomain(t.db, fixedClock(new Date("2026-11-25T02:00:00Z")));
});
afterEach(async () => t.close());

const asActor = (user: { id: string; role: string; teamId: string | null }): Actor => ({
  userId: user.id,
  role: user.role as Role,
  teamId: user.teamId,
  channel: "slack",
});

describe("resolveIdentity", () => {
  it("provisions the first user as admin, once, with one audit row", async () => {
    const input = { platform: "slack", tenantId: "T1", platformUserId: "U1", displayName: " Li Lei ", locale: "en" as const };
    const first = await d.users.resolveIdentity(input);
    expect(first).toMatchObject({ name: "Li Lei", role: "admin", timezone: "Asia/Shanghai", locale: "en", active: true });
    const again = await d.users.resolveIdentity(input);
    expect(again.id).toBe(first.id);
    expect(await t.db.user.count()).toBe(1);
    const identities = await t.db.channelIdentity.findMany();
    expect(identities.map((i) => [i.platform, i.tenantId, i.platformUserId, i.displayName, i.userId])).toEqual([["slack", "T1", "U1", "Li Lei", first.id]]);
    const audit = await t.db.auditLog.findMany({ where: { entityType: "user" } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorId, a.channel])).toEqual([["user.provision", first.id, first.id, "slack"]]);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ role: "admin", platform: "slack", platformUserId: "U1" });
  });

  it("makes later users reps and keeps tenants apart", async () => {
    const admin = await d.users.resolveIdentity({ platform: "wecom", tenantId: "corpA", platformUserId: "zhangsan" });
    const rep = await d.users.resolveIdentity({ platform: "wecom", tenantId: "corpB", platformUserId: "zhangsan", timezone: "Europe/Berlin" });
    const local = await d.users.resolveIdentity({ platform: "local", platformUserId: "zhangsan", displayName: "  " });
    expect([admin.role, rep.role, local.role]).toEqual(["admin", "rep", "rep"]);
    expect(new Set([admin.id, rep.id, local.id]).size).toBe(3);
    expect(rep.timezone).toBe("Europe/Berlin");
    expect(local.name).toBe("zhangsan");
    expect(local.locale).toBe("zh");
    expect((await t.db.channelIdentity.findFirstOrThrow({ where: { platform: "local" } })).tenantId).toBe("");
    expect(await t.db.auditLog.count({ where: { action: "user.provision" } })).toBe(3);
  });
});

describe("setRole", () => {
  it("is only allowed to admins, and writes nothing otherwise", async () => {
    const admin = await d.users.resolveIdentity({ platform: "slack", platformUserId: "U1", displayName: "Root" });
    const rep = await d.users.resolveIdentity({ platform: "slack", platformUserId: "U2", displayName: "Li Lei" });
    const other = await d.users.resolveIdentity({ platform: "slack", platformUserId: "U3", displayName: "Han" });
    const error = await caught(d.users.setRole(asActor(rep), other.id, "manager"));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(await caught(d.users.setRole(asActor(rep), rep.id, "admin"))).toBeInstanceOf(PermissionDeniedError);
    expect((await d.users.get(other.id)).role).toBe("rep");
    expect((await d.users.get(rep.id)).role).toBe("rep");
    expect(await t.db.auditLog.count({ where: { action: "user.update" } })).toBe(0);

    const promoted = await d.users.setRole(asActor(admin), other.id, "manager");
    expect(promoted.role).toBe("manager");
    const audit = await t.db.auditLog.findMany({ where: { action: "user.update" } });
    expect(audit.map((a) => [a.entityId, a.actorId])).toEqual([[other.id, admin.id]]);
    expect(JSON.parse(audit[0]!.before!).role).toBe("rep");
    expect(JSON.parse(audit[0]!.after!).role).toBe("manager");
  });

  it("rejects an unknown role and an unknown user", async () => {
    const admin = asActor(await d.users.resolveIdentity({ platform: "slack", platformUserId: "U1" }));
    const error = await caught(d.users.setRole(admin, admin.userId, "overlord"));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe("role");
    expect(await caught(d.users.setRole(admin, "ghost", "rep"))).toBeInstanceOf(NotFoundError);
    expect((await d.users.get(admin.userId)).role).toBe("admin");
  });
});

describe("setTeam and preferences", () => {
  it("lets an admin put a user in a team, creating it once", async () => {
    const admin = asActor(await d.users.resolveIdentity({ platform: "slack", platformUserId: "U1" }));
    const rep = await d.users.resolveIdentity({ platform: "slack", platformUserId: "U2" });
    const a = await d.users.setTeam(admin, rep.id, "North");
    const b = await d.users.setTeam(admin, admin.userId, "North");
    expect(a.teamId).not.toBeNull();
    expect(b.teamId).toBe(a.teamId);
    expect(await t.db.team.count()).toBe(1);
    expect(await caught(d.users.setTeam(asActor(rep), rep.id, "South"))).toBeInstanceOf(PermissionDeniedError);
    expect(await t.db.team.count()).toBe(1);
  });

  it("lets users change their own locale and timezone, rejecting unknown zones", async () => {
    const user = asActor(await d.users.resolveIdentity({ platform: "slack", platformUserId: "U1" }));
    const error = await caught(d.users.setPreferences(user, { timezone: "Mars/Olympus" }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe("timezone");
    const updated = await d.users.setPreferences(user, { locale: "en", timezone: "America/New_York" });
    expect(updated).toMatchObject({ locale: "en", timezone: "America/New_York" });
    const audit = await t.db.auditLog.findMany({ where: { action: "user.update" } });
    expect(audit.map((a) => [a.entityId, a.actorId])).toEqual([[user.userId, user.userId]]);
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
  });
});

describe("findByName", () => {
  it("finds by name, @handle or display name and ignores inactive users", async () => {
    const li = await d.users.resolveIdentity({ platform: "slack", platformUserId: "lilei", displayName: "Li Lei" });
    const han = await d.users.resolveIdentity({ platform: "slack", platformUserId: "U2", displayName: "Han Meimei" });
    expect((await d.users.findByName("@lilei")).id).toBe(li.id);
    expect((await d.users.findByName("han meimei")).id).toBe(han.id);
    await t.db.user.update({ where: { id: han.id }, data: { active: false } });
    expect(await caught(d.users.findByName("Han Meimei"))).toBeInstanceOf(NotFoundError);
  });
});

describe("findByName never picks one of two people silently", () => {
  it("two users of one name are ambiguous; the candidates' refs name each exactly", async () => {
    const a = await d.users.resolveIdentity({ platform: "slack", platformUserId: "UA", displayName: "Carol" });
    const b = await d.users.resolveIdentity({ platform: "slack", platformUserId: "UB", displayName: "Carol" });
    const error = await caught(d.users.findByName("carol"));
    expect(error).toBeInstanceOf(AmbiguousError);
    const refs = (error as AmbiguousError).candidates.map((c) => c.ref);
    expect(await Promise.all(refs.map(async (ref) => (await d.users.findByName(ref)).id))).toEqual([a.id, b.id]);
  });
});
