import { z } from "zod";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";

/** Long enough to read a card and answer, short enough that a stray "2" tomorrow stays plain text. */
export const CHOICES_TTL_MS = 30 * 60_000;

/** A card button as stored for a numbered answer: what pressing it sends. */
export interface NumberedChoice {
  label: string;
  actionId: string;
  value: string;
}

/** Who may answer a card by number: one person in a chat, or anyone in it (platformUserId ""). */
export interface ChoiceKey {
  platform: string;
  conversationId: string;
  platformUserId?: string;
}

const storedChoices = z.array(z.object({ label: z.string(), actionId: z.string(), value: z.string() }));

/**
 * Card buttons sent as numbered text on channels without buttons. The sender remembers them;
 * the adapter turns a reply of just "2" into the second button's card action. Stored in the
 * database so an answer after a restart (or on another instance) still works.
 */
export class NumberedChoices {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ttlMs = CHOICES_TTL_MS,
  ) {}

  /** The newest card replaces the choices of an earlier one in the same chat for the same person. */
  async remember(key: ChoiceKey, buttons: readonly NumberedChoice[]): Promise<void> {
    const now = this.clock.now();
    const where = { platform: key.platform, conversationId: key.conversationId, platformUserId: key.platformUserId ?? "" };
    const choices = JSON.stringify(buttons.map(({ label, actionId, value }) => ({ label, actionId, value })));
    await this.db.$transaction([
      // Expired sets of every chat go too, so the table stays as small as the live cards.
      this.db.numberedChoice.deleteMany({ where: { OR: [where, { expiresAt: { lte: now } }] } }),
      // A fresh row id on every card: claim() deletes by id, so it never consumes a newer card's set.
      this.db.numberedChoice.create({ data: { ...where, choices, expiresAt: new Date(now.getTime() + this.ttlMs), createdAt: now } }),
    ]);
  }

  /**
   * The button numbered `n` (1-based) of the live choices for this person, else of the chat's
   * shared ones. The set is used up: one card, one answer. Null when nothing matches.
   */
  async claim(key: ChoiceKey, n: number): Promise<NumberedChoice | null> {
    const now = this.clock.now();
    const users = key.platformUserId ? [key.platformUserId, ""] : [""];
    for (const platformUserId of users) {
      const row = await this.db.numberedChoice.findUnique({
        where: { platform_conversationId_platformUserId: { platform: key.platform, conversationId: key.conversationId, platformUserId } },
      });
      if (!row || row.expiresAt <= now) continue;
      const parsed = storedChoices.safeParse(JSON.parse(row.choices));
      const button = parsed.success ? parsed.data[n - 1] : undefined;
      if (!button) continue;
      const taken = await this.db.numberedChoice.deleteMany({ where: { id: row.id } });
      if (taken.count === 1) return button;
    }
    return null;
  }
}
