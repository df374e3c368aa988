import type { Actor, Role } from "../domain/shared/actor.js";
import type { Db } from "../domain/shared/db.js";

/** Creates a real user row and returns it as an acting user. */
export async function createActor(db: Db, name: string, role: Role = "rep", teamName?: string): Promise<Actor> {
  const team = teamName ? await db.team.upsert({ where: { name: teamName }, create: { name: teamName }, update: {} }) : null;
  const user = await db.user.create({ data: { name, role, teamId: team?.id ?? null } });
  return { userId: user.id, role, teamId: team?.id ?? null, channel: "test" };
}
