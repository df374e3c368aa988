import { DomainError } from "./errors.js";

/**
 * The platform delivery a turn is handling ("slack:Ev123"). Every change made while handling it
 * gets the key "<event>#<n>" on its audit row, which is unique: if the process died after the
 * change committed but before the event was marked processed, the replay's first change collides
 * with the stored one and the whole replay is refused, so nothing is applied twice.
 * Handling is deterministic for a given event, so the n-th change of a replay is the n-th of the original.
 */
export class SourceEvent {
  private count = 0;

  constructor(readonly key: string) {}

  static of(platform: string, eventId: string): SourceEvent {
    return new SourceEvent(`${platform}:${eventId}`);
  }

  /** The key of the next change made for this event. */
  nextChangeKey(): string {
    this.count += 1;
    return `${this.key}#${this.count}`;
  }
}

/** A replayed event whose change is already stored; the bot answers "already recorded". */
export class AlreadyRecordedError extends DomainError {
  readonly code = "conflict" as const;
  constructor(readonly sourceEventKey: string) {
    super(`event ${sourceEventKey} was already recorded`);
  }
}
