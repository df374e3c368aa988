import type { Db } from "../domain/shared/db.js";

/**
 * Records a platform delivery before acting on it. Platforms deliver at least once, so the
 * unique (platform, eventId) row is what turns a retry into a no-op — also when two
 * deliveries race.
 */
export async function claimEvent(db: Db, platform: string, eventId: string): Promise<boolean> {
  try {
    await db.processedEvent.create({ data: { platform, eventId } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function finishEvent(db: Db, platform: string, eventId: string, status: "processed" | "failed"): Promise<void> {
  await db.processedEvent.update({
    where: { platform_eventId: { platform, eventId } },
    data: { status, processedAt: new Date() },
  });
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
