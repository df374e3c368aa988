import type { Domain } from "../domain/index.js";
import type { Actor } from "../domain/shared/actor.js";
import type { PendingStore } from "./pending-store.js";
import type { InboundEvent, Locale, Reply } from "./types.js";

/** Everything a command, action or flow needs for one turn of the conversation. */
export interface TurnContext {
  domain: Domain;
  pending: PendingStore;
  actor: Actor;
  user: { id: string; name: string; locale: Locale; timezone: string };
  /** The language of this reply: the message's language for sentences, else the user's setting. */
  locale: Locale;
  timezone: string;
  now: Date;
  event: InboundEvent;
}

export type Replies = Promise<Reply[]>;
