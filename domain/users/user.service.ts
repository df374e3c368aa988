import { type HandOverResult, handOverUser } from "./hand-over.js";
import { writeAudit } from "../audit/audit.service.js";
import { type Actor, type Role, isRole } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { directSqlOf } from "../shared/direct-sql.js";
import { identityUser } from "../shared/hot-reads.js";
import { AmbiguousError, InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { withAdvisoryLock } from "../shared/lock.js";
import { z } from "zod";
import { EMPTY_NAME, cleanName, labelSchema } from "../shared/clean-name.js";
import { validate } from "../shared/validate.js";
import { normalizeText } from "../shared/search-key.js";
import { describeUser, type LookupScope, resolveUserRef, USER_REF_PREFIX } from "./user-lookup.js";

/** A territory: up to 30 region or industry names, each once. */
const territorySchema = z
  .array(labelSchema(100).pipe(z.string().min(1)))
  .max(30)
  .transform((list) => [...new Map(list.map((v) => [v.toLowerCase(), v])).values()]);

export interface IdentityInput {
  platform: string;
  platformUserId: string;
  tenantId?: string;
  displayName?: string;
  timezone?: string;
  locale?: "zh" | "en";
}

export type CrmUser = Awaited<ReturnType<UserService["get"]>>;

export class UserService {
  constructor(private readonly db: Db) {}

  /** A leaver's customers, deals, follow-ups and tickets handed to a successor (users/hand-over.ts). */
  handOver(actor: Actor, leaverId: string, successorId: string): Promise<HandOverResult> {
    return handOverUser(this.db, actor, leaverId, successorId);
  }

  async get(userId: string) {
    const user = await this.db.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError("user", userId);
    return user;
  }

  /**
   * Finds the CRM user behind a chat identity, creating one on first contact.
   * The very first user of an empty CRM becomes admin so someone can manage roles.
   */
  /** Whether this platform account was provisioned already (checked before admitting a newcomer). */
  async hasIdentity(input: Pick<IdentityInput, "platform" | "platformUserId" | "tenantId">): Promise<boolean> {
    const key = { platform: input.platform, tenantId: input.tenantId ?? "", platformUserId: input.platformUserId };
    return (await this.db.channelIdentity.findUnique({ where: { platform_tenantId_platformUserId: key }, select: { id: true } })) !== null;
  }

  async resolveIdentity(input: IdentityInput) {
    const tenantId = input.tenantId ?? "";
    const key = { platform: input.platform, tenantId, platformUserId: input.platformUserId };
    const direct = directSqlOf(this.db);
    // Every message starts here: one prepared statement on SQLite (hot-reads.ts).
    const known = direct
      ? await direct.read((sql) => identityUser(sql, key))
      : ((await this.db.channelIdentity.findUnique({ where: { platform_tenantId_platformUserId: key }, include: { user: true } }))?.user ?? null);
    if (known) return known;
    // One provisioning at a time across instances: two first messages of one person (or the
    // first two people of an empty CRM) arriving at two instances must not both create a user.
    return withAdvisoryLock(this.db, "user.provision", async (tx) => {
      const again = await tx.channelIdentity.findUnique({
        where: { platform_tenantId_platformUserId: key },
        include: { user: true },
      });
      if (again) return again.user;
      const isFirst = (await tx.user.count()) === 0;
      // A display name is chosen by the person; an invisible or direction-flipping one is cleaned.
      const displayName = cleanName(input.displayName ?? "");
      const user = await tx.user.create({
        data: {
          name: displayName || cleanName(input.platformUserId) || input.platformUserId,
          role: isFirst ? "admin" : "rep",
          timezone: input.timezone ?? "Asia/Shanghai",
          locale: input.locale ?? "zh",
        },
      });
      await tx.channelIdentity.create({ data: { ...key, displayName: displayName || null, userId: user.id } });
      await writeAudit(
        tx,
        { userId: user.id, role: "rep", teamId: null, channel: input.platform },
        {
          action: "user.provision",
          entityType: "user",
          entityId: user.id,
          after: { ...user, platform: input.platform, platformUserId: input.platformUserId },
        },
      );
      return user;
    });
  }

  /**
   * A user by exact CRM name or exact platform id (for read-only lookups such as the audit trail).
   * Display names never match, and two people of one name are ambiguous, never "the first".
   */
  async findByName(name: string) {
    if (name.startsWith(USER_REF_PREFIX)) {
      const user = await this.db.user.findFirst({ where: { id: name.slice(USER_REF_PREFIX.length), active: true }, include: { identities: true } });
      if (!user) throw new NotFoundError("user", name);
      return user;
    }
    const wanted = normalizeText(name.replace(/^@/, ""));
    const users = await this.db.user.findMany({ where: { active: true }, include: { identities: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const matches = users.filter((u) => normalizeText(u.name) === wanted || u.identities.some((i) => normalizeText(i.platformUserId) === wanted));
    if (matches.length === 0) throw new NotFoundError("user", name);
    if (matches.length > 1) {
      throw new AmbiguousError(
        "user",
        name,
        matches.slice(0, 5).map((u) => ({ id: u.id, label: describeUser(u, u.identities[0] ?? null), ref: `${USER_REF_PREFIX}${u.id}` })),
      );
    }
    return matches[0]!;
  }

  /** The one person a role, team or rota change is about (see resolveUserRef). */
  async resolveRef(scope: LookupScope, query: string) {
    return resolveUserRef(this.db, scope, query);
  }

  async setRole(actor: Actor, userId: string, role: string) {
    if (actor.role !== "admin") throw new PermissionDeniedError("change the role of", "user", userId);
    if (!isRole(role)) throw new InvalidInputError("role", role);
    return this.update(actor, userId, { role: role satisfies Role });
  }

  async setTeam(actor: Actor, userId: string, teamName: string) {
    if (actor.role !== "admin") throw new PermissionDeniedError("change the team of", "user", userId);
    const name = cleanName(teamName);
    if (!name) throw new InvalidInputError("team", EMPTY_NAME);
    const team = await this.db.team.upsert({ where: { name }, create: { name }, update: {} });
    return this.update(actor, userId, { teamId: team.id });
  }

  /**
   * The regions or industries a rep covers (pool leads are assigned by them, rule lead-assign):
   * admins for anyone, managers for their own team. An empty list clears it.
   */
  async setTerritory(actor: Actor, userId: string, kind: "regions" | "industries", values: string[]) {
    const target = await this.db.user.findUnique({ where: { id: userId }, select: { teamId: true } });
    if (!target) throw new NotFoundError("user", userId);
    const mayChange = actor.role === "admin" || (actor.role === "manager" && actor.teamId !== null && actor.teamId === target.teamId);
    if (!mayChange) throw new PermissionDeniedError("change the territory of", "user", userId);
    const list = validate(territorySchema, values);
    return this.update(actor, userId, { [kind]: JSON.stringify(list) });
  }

  /** Users may change their own language and timezone. */
  async setPreferences(actor: Actor, prefs: { locale?: "zh" | "en"; timezone?: string }) {
    if (prefs.timezone !== undefined && !isValidTimeZone(prefs.timezone)) {
      throw new InvalidInputError("timezone", prefs.timezone);
    }
    return this.update(actor, actor.userId, prefs);
  }

  private async update(
    actor: Actor,
    userId: string,
    data: { role?: string; teamId?: string; locale?: string; timezone?: string; regions?: string; industries?: string },
  ) {
    return this.db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId } });
      if (!before) throw new NotFoundError("user", userId);
      const after = await tx.user.update({ where: { id: userId }, data });
      await writeAudit(tx, actor, { action: "user.update", entityType: "user", entityId: userId, before, after });
      return after;
    });
  }
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
