import type { CallbackSignatureLedger } from "../../domain/delivery/callback-signature-ledger.js";
import type { Clock } from "../../domain/shared/clock.js";

/** A template card's ResponseCode works once, for 72 hours (update_template_card). */
const CODE_VALID_MS = 72 * 3_600_000;
/** Codes remembered by a sender without a database; bounded so a long-running process does not grow. */
const MAX_REMEMBERED_CODES = 10_000;

/** Which response codes are spent: spend() claims one (false when already spent), unspend() gives it back. */
export interface ResponseCodes {
  spend(code: string): Promise<boolean>;
  unspend(code: string): Promise<void>;
}

/** In the database, so a code spent by one instance is not tried again by another. */
export class SharedResponseCodes implements ResponseCodes {
  constructor(
    private readonly ledger: CallbackSignatureLedger,
    private readonly clock: Clock,
  ) {}

  async spend(code: string): Promise<boolean> {
    return (await this.ledger.use("wecom-response-code", [code], "spent", new Date(this.clock.now().getTime() + CODE_VALID_MS))) === "first";
  }

  async unspend(code: string): Promise<void> {
    await this.ledger.forget("wecom-response-code", [code]);
  }
}

/** In this process only (a sender built without the channel stores, as in unit tests). */
export class LocalResponseCodes implements ResponseCodes {
  private readonly spent = new Set<string>();

  async spend(code: string): Promise<boolean> {
    if (this.spent.has(code)) return false;
    this.spent.add(code);
    if (this.spent.size > MAX_REMEMBERED_CODES) {
      const oldest = this.spent.values().next().value;
      if (oldest !== undefined) this.spent.delete(oldest);
    }
    return true;
  }

  async unspend(code: string): Promise<void> {
    this.spent.delete(code);
  }
}
