import type { SourceEvent } from "./source-event.js";

export type Role = "rep" | "manager" | "admin";
export const ROLES: readonly Role[] = ["rep", "manager", "admin"];

/** Who is acting, resolved from a channel identity by the bot before any domain call. */
export interface Actor {
  userId: string;
  role: Role;
  teamId: string | null;
  /** The platform the request came from, recorded in the audit trail. */
  channel: string;
  /** The platform delivery being handled, if it has an id: makes its changes idempotent across crashes. */
  sourceEvent?: SourceEvent;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
