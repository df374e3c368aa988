import type { InboundEvent } from "../types.js";
import type { DeliveryTarget } from "./channel-sender.js";

/** What the inbox keeps of an event: the event itself and where its replies go. */
export interface StoredEvent {
  event: InboundEvent;
  target: DeliveryTarget;
}

/** An event on disk (ProcessedEvent "received") and waiting to be worked on. */
export interface RecordedEvent {
  platform: string;
  eventId: string;
  stored: StoredEvent;
  /** Just received (not resumed after a restart): it still has to pass the traffic limits. */
  fresh: boolean;
}

/**
 * Works on recorded events: the bot's answer, the replies into the outbox, the event marked
 * processed. Events of one chat are worked on one after another, in the order dispatched.
 */
export interface EventProcessor {
  /** Resolves when this event is finished (also when it failed; the failure is logged and recorded). */
  dispatch(job: RecordedEvent): Promise<void>;
  /** A platform event is being acknowledged: work waits for a pause in arrivals (see AckFirst). */
  noteArrival(): void;
  /** Resolves when every event dispatched so far is finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}
