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

// A used card's buttons become null, so the numbers of the other cards of the answer stay put.
const storedChoices = z.array(z.object({ label: z.string(), actionId: z.string(), value: z.string(), card: z.number().int().default(0) }).nullable());
type StoredChoice = z.infer<typeof storedChoices>[number];

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

  /**
   * Remembers a card's buttons and returns the number of its first one. The newest answer replaces
   * the choices of an earlier one in the same chat for the same person; a further card of the same
   * `answer` (the inbound event's id) is numbered on from the cards before it, so "3" never means
   * two buttons at once.
   */
  async remember(key: ChoiceKey, buttons: readonly NumberedChoice[], answer = ""): Promise<number> {
    const now = this.clock.now();
    const where = { platform: key.platform, conversationId: key.conversationId, platformUserId: key.platformUserId ?? "" };
    const live = answer ? await this.db.numberedChoice.findUnique({ where: { platform_conversationId_platformUserId: where } }) : null;
    const earlier = live && live.answer === answer && live.expiresAt > now ? parseChoices(live.choices) : [];
    // A retried delivery of a card already remembered keeps its numbers.
    const again = sameCardAt(earlier, buttons);
    if (again !== null) return again + 1;
    const card = earlier.reduce((n, c) => Math.max(n, (c?.card ?? -1) + 1), 0);
    const choices = JSON.stringify([...earlier, ...buttons.map(({ label, actionId, value }) => ({ label, actionId, value, card }))]);
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    await this.db.$transaction([
      // Expired sets of every chat go too, so the table stays as small as the live cards.
      this.db.numberedChoice.deleteMany({ where: { OR: [where, { expiresAt: { lte: now } }] } }),
      // A fresh row id on every card: claim() changes a row by id, so it never touches a newer card's set.
      this.db.numberedChoice.create({ data: { ...where, choices, answer, expiresAt, createdAt: now } }),
    ]);
    return earlier.length + 1;
  }

  /**
   * The button numbered `n` (1-based) of the live choices for this person, else of the chat's
   * shared ones. A card is used up by its answer: one card, one answer; the other cards sent with
   * it keep their numbers. Null when nothing matches.
   */
  async claim(key: ChoiceKey, n: number): Promise<NumberedChoice | null> {
    const now = this.clock.now();
    const users = key.platformUserId ? [key.platformUserId, ""] : [""];
    for (const platformUserId of users) {
      const row = await this.db.numberedChoice.findUnique({
        where: { platform_conversationId_platformUserId: { platform: key.platform, conversationId: key.conversationId, platformUserId } },
      });
      if (!row || row.expiresAt <= now) continue;
      const choices = parseChoices(row.choices);
      const button = choices[n - 1];
      if (!button) continue;
      const rest = choices.map((c) => (c && c.card !== button.card ? c : null));
      // Conditional on the set read: of two answers racing for the same card, one wins.
      const taken = rest.some(Boolean)
        ? await this.db.numberedChoice.updateMany({ where: { id: row.id, choices: row.choices }, data: { choices: JSON.stringify(rest) } })
        : await this.db.numberedChoice.deleteMany({ where: { id: row.id, choices: row.choices } });
      if (taken.count === 1) return { label: button.label, actionId: button.actionId, value: button.value };
    }
    return null;
  }
}

function parseChoices(json: string): StoredChoice[] {
  const parsed = storedChoices.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

/** Where `buttons` already stand in `choices` as one card (index of the first), or null. */
function sameCardAt(choices: readonly StoredChoice[], buttons: readonly NumberedChoice[]): number | null {
  if (buttons.length === 0) return null;
  for (let i = 0; i + buttons.length <= choices.length; i++) {
    const run = choices.slice(i, i + buttons.length);
    const card = run[0]?.card;
    if (run.every((c, j) => c && c.card === card && c.actionId === buttons[j]?.actionId && c.value === buttons[j]?.value)) return i;
  }
  return null;
}
