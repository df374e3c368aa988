import type { WecomTemplateCard } from "./render-wecom-template-card.js";

/** WeCom waits 5 seconds for the answer to a click; the callback is answered with an update until then. */
export const CLICK_ANSWER_WITHIN_MS = 4_000;

/**
 * Clicks on template cards waiting for their updated card (webhook mode): WeCom takes an update only
 * as the passive reply to the click's own callback, so the request waits here, in the process that
 * received it, while the event is processed; a later reply goes out as a new message instead.
 */
export class WecomBotWebhookClicks {
  private readonly waiting = new Map<string, (card: WecomTemplateCard | null) => void>();

  /** Resolves with the updated card, or null when none came in time. */
  wait(clickId: string, withinMs = CLICK_ANSWER_WITHIN_MS): Promise<WecomTemplateCard | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(clickId, null), withinMs);
      this.waiting.set(clickId, (card) => {
        clearTimeout(timer);
        resolve(card);
      });
    });
  }

  isWaiting(clickId: string): boolean {
    return this.waiting.has(clickId);
  }

  /** Hands the click its updated card (null: answered otherwise, stop waiting); false when the request is no longer waiting. */
  answer(clickId: string, card: WecomTemplateCard | null): boolean {
    return this.settle(clickId, card);
  }

  private settle(clickId: string, card: WecomTemplateCard | null): boolean {
    const resolve = this.waiting.get(clickId);
    if (!resolve) return false;
    this.waiting.delete(clickId);
    resolve(card);
    return true;
  }
}
