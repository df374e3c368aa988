import { Notifier as OutboxNotifier } from "../../domain/outbox/notifier.js";
import type { Reply } from "../types.js";

export type { NotifyOptions } from "../../domain/outbox/notifier.js";

/** The outbox notifier (domain/outbox/notifier.ts) with the bot's reply type. */
export class Notifier extends OutboxNotifier<Reply> {}
