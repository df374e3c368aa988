import type { QuoteDocumentSettings } from "./documents/quote-pdf.js";
import type { Domain } from "../domain/index.js";
import type { Actor } from "../domain/shared/actor.js";
import type { Notifier } from "./delivery/notifier.js";
import type { FileStore } from "./documents/file-store.js";
import type { PendingStore } from "../domain/conversation/pending-store.js";
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
  /** Messages the bot starts itself (approval cards, the rep's notices), written in the caller's transaction. */
  notifier: Notifier;
  /** Where generated documents (quote PDFs) are stored. */
  files: FileStore;
  /** The seller's letterhead, tax and terms on the quote the customer receives. */
  quoteSettings: QuoteDocumentSettings;
}

export type Replies = Promise<Reply[]>;
