import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../shared/actor.js";
import { canChange, canView, type Ownership } from "./permissions.js";

const actor = (userId: string, role: Role, teamId: string | null): Actor => ({ userId, role, teamId, channel: "test" });
const ownedBy = (ownerId: string, ownerTeamId: string | null): Ownership => ({ ownerId, ownerTeamId });

const repNorth = actor("rep-n", "rep", "north");
const managerNorth = actor("mgr-n", "manager", "north");
const managerSouth = actor("mgr-s", "manager", "south");
const managerNoTeam = actor("mgr-0", "manager", null);
const admin = actor("admin", "admin", null);

describe("canChange", () => {
  it("lets owners change their own records", () => {
    expect(canChange(repNorth, ownedBy("rep-n", "north"))).toBe(true);
    expect(canChange(managerNoTeam, ownedBy("mgr-0", null))).toBe(true);
  });

  it("denies reps other people's records, even in their own team", () => {
    expect(canChange(repNorth, ownedBy("other", "north"))).toBe(false);
    expect(canChange(repNorth, ownedBy("other", null))).toBe(false);
  });

  it("lets managers change their own team's records only", () => {
    expect(canChange(managerNorth, ownedBy("other", "north"))).toBe(true);
    expect(canChange(managerSouth, ownedBy("other", "north"))).toBe(false);
    expect(canChange(managerNorth, ownedBy("other", null))).toBe(false);
  });

  it("does not treat two team-less users as one team", () => {
    expect(canChange(managerNoTeam, ownedBy("other", null))).toBe(false);
  });

  it("lets admins change anything", () => {
    expect(canChange(admin, ownedBy("other", "north"))).toBe(true);
    expect(canChange(admin, ownedBy("other", null))).toBe(true);
  });
});

describe("canView", () => {
  it("shows reps their own and their team's records", () => {
    expect(canView(repNorth, ownedBy("rep-n", null))).toBe(true);
    expect(canView(repNorth, ownedBy("other", "north"))).toBe(true);
    expect(canView(repNorth, ownedBy("other", "south"))).toBe(false);
  });

  it("hides other teams from managers and team-less records from team-less users", () => {
    expect(canView(managerSouth, ownedBy("other", "north"))).toBe(false);
    expect(canView(managerNoTeam, ownedBy("other", null))).toBe(false);
  });

  it("shows admins everything", () => {
    expect(canView(admin, ownedBy("other", "south"))).toBe(true);
  });
});
