/**
 * Card clicks the smart bot may still answer with a card update. WeCom takes an update only as the
 * reply to the click's own frame, once, within 5 seconds, on the connection that received it: so
 * this lives in the process holding that connection, not in the database.
 */
const ANSWER_WITHIN_MS = 4_500;
const FORGET_AFTER_MS = 60_000;

type Click = { reqId: string; at: number; used: boolean };
export type ClickClaim = { reqId: string } | "already-updated" | "none";

export class WecomBotClicks {
  private readonly byTask = new Map<string, Click>();

  constructor(private readonly now: () => number = Date.now) {}

  remember(taskId: string, reqId: string): void {
    const at = this.now();
    for (const [task, click] of this.byTask) if (at - click.at > FORGET_AFTER_MS) this.byTask.delete(task);
    this.byTask.set(taskId, { reqId, at, used: false });
  }

  /** The click to answer for this card, at most once; "already-updated" when an earlier reply did. */
  claim(taskId: string): ClickClaim {
    const click = this.byTask.get(taskId);
    if (!click || this.now() - click.at > FORGET_AFTER_MS) return "none";
    if (click.used) return "already-updated";
    if (this.now() - click.at > ANSWER_WITHIN_MS) return "none";
    click.used = true;
    return { reqId: click.reqId };
  }

  /** The update was not delivered: the click may be answered by the next try. */
  release(taskId: string): void {
    const click = this.byTask.get(taskId);
    if (click) click.used = false;
  }
}
