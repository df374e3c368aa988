import type { OutboundMessage as StoredOutbound } from "../../domain/outbox/outbox.js";
import type { Reply } from "../types.js";

/** An outbox message as the bot writes and the senders read it: the reply is the bot's Reply. */
export type OutboundMessage = StoredOutbound<Reply>;

// The outbox rows are the domain's (domain/outbox/outbox.ts); the bot only names the reply type.
export { conversationKey, enqueueCardUpdates, enqueueOutbound } from "../../domain/outbox/outbox.js";
