import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import { labelSchema } from "../shared/clean-name.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, NotFoundError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";

const TOKEN_PREFIX = "lsk_";
const nameSchema = labelSchema(60);

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The doors leads come in by from outside (a website form, an ad platform's webhook): each has a
 * secret token, shown once when it is made and stored only as its SHA-256. Admins make, list and
 * disable them; a disabled source's token is refused.
 */
export class LeadSourceService {
  constructor(private readonly db: Db) {}

  async create(
    actor: Actor,
    input: { name: string; teamId?: string | null; campaignId?: string | null },
  ): Promise<{ id: string; name: string; token: string }> {
    if (actor.role !== "admin") throw new PermissionDeniedError("create", "lead-source");
    const name = validate(nameSchema, input.name);
    if (await this.db.leadSource.findUnique({ where: { name } })) throw new InvalidInputError("source-exists", name);
    const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
    return this.db.$transaction(async (tx) => {
      const source = await tx.leadSource.create({
        data: { name, tokenHash: hashToken(token), teamId: input.teamId ?? null, campaignId: input.campaignId ?? null, createdById: actor.userId },
      });
      // The audit keeps the row, which holds the token's hash only.
      await writeAudit(tx, actor, { action: "lead-source.create", entityType: "lead-source", entityId: source.id, after: source });
      return { id: source.id, name: source.name, token };
    });
  }

  async list() {
    return this.db.leadSource.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, teamId: true, campaignId: true, enabled: true, createdAt: true },
    });
  }

  async setEnabled(actor: Actor, name: string, enabled: boolean) {
    if (actor.role !== "admin") throw new PermissionDeniedError("change", "lead-source");
    return this.db.$transaction(async (tx) => {
      const before = await tx.leadSource.findUnique({ where: { name: name.trim() } });
      if (!before) throw new NotFoundError("lead-source", name);
      const after = await tx.leadSource.update({ where: { id: before.id }, data: { enabled } });
      await writeAudit(tx, actor, {
        action: enabled ? "lead-source.enable" : "lead-source.disable",
        entityType: "lead-source",
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * The enabled source a presented token belongs to, or null. Only the token's SHA-256 is looked up:
   * a wrong token's closeness to a real one says nothing about its hash, so nothing leaks.
   */
  /**
   * The enabled source a token belongs to; `{ disabled: true }` for a real token of a disabled source
   * (a form an admin switched off is no guesser); null for anything else.
   */
  async authenticate(
    token: string | undefined,
  ): Promise<{ id: string; name: string; teamId: string | null; campaignId: string | null; disabled?: undefined } | { disabled: true } | null> {
    if (
      !token ||
      !token.startsWith(TOKEN_PREFIX) ||
      token.length > 200 ||
      !z
        .string()
        .regex(/^[\w-]+$/)
        .safeParse(token).success
    )
      return null;
    const hash = hashToken(token);
    const source = await this.db.leadSource.findUnique({ where: { tokenHash: hash } });
    if (!source) return null;
    if (!source.enabled) return { disabled: true };
    return { id: source.id, name: source.name, teamId: source.teamId, campaignId: source.campaignId };
  }
}
