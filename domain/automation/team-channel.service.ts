import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Db } from "../shared/db.js";
import { InvalidInputError, PermissionDeniedError } from "../shared/errors.js";
import { validate } from "../shared/validate.js";

export const CHANNEL_PURPOSES = ["digest", "alerts", "approvals"] as const;
export type ChannelPurpose = (typeof CHANNEL_PURPOSES)[number];

const registrationSchema = z.object({
  platform: z.string().min(1).max(50),
  conversationId: z.string().min(1).max(500),
  purpose: z.enum(CHANNEL_PURPOSES),
});

/** Group chats a team receives digests, alerts or approval cards in (one per platform and purpose). */
export class TeamChannelService {
  constructor(private readonly db: Db) {}

  async register(actor: Actor, input: { platform: string; conversationId: string; purpose: string }) {
    const data = validate(registrationSchema, input);
    const teamId = managedTeamId(actor);
    return this.db.$transaction(async (tx) => {
      const key = { teamId_platform_purpose: { teamId, platform: data.platform, purpose: data.purpose } };
      const before = await tx.teamChannel.findUnique({ where: key });
      const after = await tx.teamChannel.upsert({
        where: key,
        create: { teamId, platform: data.platform, conversationId: data.conversationId, purpose: data.purpose },
        update: { conversationId: data.conversationId },
      });
      await writeAudit(tx, actor, { action: "team.channel", entityType: "team", entityId: teamId, before, after });
      const team = await tx.team.findUniqueOrThrow({ where: { id: teamId } });
      return { channel: after, team };
    });
  }

  /** The registrations the actor may see: their team's; an admin's, every team's. */
  async list(actor: Actor) {
    if (actor.role !== "admin" && !actor.teamId) return [];
    return this.db.teamChannel.findMany({
      where: actor.role === "admin" ? {} : { teamId: actor.teamId! },
      include: { team: { select: { name: true } } },
      orderBy: [{ team: { name: "asc" } }, { purpose: "asc" }, { platform: "asc" }],
    });
  }

  /** Stops sending one purpose to the actor's team chat on one platform; null when none was registered. */
  async unregister(actor: Actor, input: { platform: string; purpose: string }) {
    const data = validate(registrationSchema.pick({ platform: true, purpose: true }), input);
    const teamId = managedTeamId(actor);
    return this.db.$transaction(async (tx) => {
      const key = { teamId_platform_purpose: { teamId, platform: data.platform, purpose: data.purpose } };
      const before = await tx.teamChannel.findUnique({ where: key });
      if (!before) return null;
      await tx.teamChannel.delete({ where: key });
      await writeAudit(tx, actor, { action: "team.channel.remove", entityType: "team", entityId: teamId, before, after: null });
      const team = await tx.team.findUniqueOrThrow({ where: { id: teamId } });
      return { channel: before, team };
    });
  }
}

/** The team whose chats the actor may register or remove: a manager's or admin's own team. */
function managedTeamId(actor: Actor): string {
  if (actor.role !== "manager" && actor.role !== "admin") throw new PermissionDeniedError("register a channel for", "team");
  if (!actor.teamId) throw new InvalidInputError("team", "you are not in a team yet");
  return actor.teamId;
}
