import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { SharedSendWindow, type SendWindow } from "../shared/send-window.js";
import { CallbackSignatureLedger } from "./callback-signature-ledger.js";
import { NumberedChoices } from "./numbered-choices.js";
import { ReplyStreams } from "./reply-streams.js";

/**
 * What channel adapters keep in the database, shared by every instance: the numbered answers to
 * cards sent as text, the send windows of rate-capped robots, and single-use callback signatures.
 * Adapters get these instead of the database or the whole domain.
 */
export interface ChannelStores {
  readonly numberedChoices: NumberedChoices;
  /** A window of `limit` sends per `windowMs` (default 20 a minute, the WeCom and DingTalk robots' cap). */
  sendWindow(limit?: number, windowMs?: number): SendWindow;
  signatureLedger(logger?: { warn(message: string, detail?: unknown): void }): CallbackSignatureLedger;
  /** Answers a platform fetches by polling (the WeCom smart bot's streams). */
  readonly replyStreams: ReplyStreams;
}

export function createChannelStores(db: Db, clock: Clock): ChannelStores {
  return {
    numberedChoices: new NumberedChoices(db, clock),
    sendWindow: (limit, windowMs) => new SharedSendWindow(db, clock, limit, windowMs),
    signatureLedger: (logger) => new CallbackSignatureLedger(db, clock, logger),
    replyStreams: new ReplyStreams(db, clock),
  };
}
