/**
 * The dedupe key of a local event. A local caller picks its eventIds itself (unlike a platform,
 * whose ids are unique per platform), so two users' "1" must not be one event: the key names the
 * user. JSON keeps it unambiguous whatever characters the user name or the id contain.
 */
export function localEventKey(platformUserId: string, eventId: string): string {
  return JSON.stringify([platformUserId, eventId]);
}
