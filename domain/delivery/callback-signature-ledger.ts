import { createHash } from "node:crypto";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { isUniqueViolation } from "../shared/unique-violation.js";

/** "first": never seen; "same-event": the platform delivering the same event again; "reused": a replay with another body. */
export type SignatureUse = "first" | "same-event" | "reused";

/** Expired rows are deleted at most this often per instance. */
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Single use of signed-callback credentials, shared by every instance through the database.
 * Made for DingTalk's HTTP callbacks, whose `sign` covers only the `timestamp`: whoever sees one
 * request could otherwise send any body with its headers until the timestamp goes stale. The
 * unique key makes the first use win also when two instances receive the pair at the same moment.
 */
export class CallbackSignatureLedger {
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly logger: { warn(message: string, detail?: unknown): void } = { warn: () => undefined },
  ) {}

  /**
   * Records that `signed` (the signed values, e.g. timestamp and sign) was used by `eventId`,
   * remembered until `validUntil` (when the signature is refused as stale anyway).
   */
  async use(platform: string, signed: readonly string[], eventId: string, validUntil: Date): Promise<SignatureUse> {
    const key = ledgerKey(platform, signed);
    await this.pruneNowAndThen();
    try {
      await this.db.usedCallbackSignature.create({ data: { key, eventId, expiresAt: validUntil } });
      return "first";
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const row = await this.db.usedCallbackSignature.findUnique({ where: { key } });
    if (!row) return "reused";
    if (row.eventId === eventId) return "same-event";
    // A row left over from an earlier validity period (not pruned yet) does not count.
    if (row.expiresAt.getTime() <= this.clock.now().getTime()) {
      const taken = await this.db.usedCallbackSignature.updateMany({ where: { key, expiresAt: row.expiresAt }, data: { eventId, expiresAt: validUntil } });
      if (taken.count === 1) return "first";
    }
    return "reused";
  }

  /** Takes a use back (it did not reach the platform, so the credential is still good). */
  async forget(platform: string, signed: readonly string[]): Promise<void> {
    await this.db.usedCallbackSignature.deleteMany({ where: { key: ledgerKey(platform, signed) } });
  }

  private async pruneNowAndThen(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    try {
      await this.db.usedCallbackSignature.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
    } catch (error) {
      // Pruning is housekeeping: a failure must not refuse the callback.
      this.logger.warn("callback signatures: prune failed", String(error));
    }
  }
}

function ledgerKey(platform: string, signed: readonly string[]): string {
  return `${platform}:${createHash("sha256").update(signed.join("\n")).digest("hex")}`;
}
