/**
 * At most `limit` sends in any `windowMs` (DingTalk custom robots: 20 per minute, and going over
 * blocks the robot for 10 minutes, so we never try). A sliding log is stricter than a refilling
 * bucket: it never lets 20 + refills through within one minute.
 */
export class RateWindow {
  private readonly sent: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Takes a slot at `now` and returns 0, or returns how long to wait (nothing taken). */
  take(now: number): number {
    while (this.sent.length > 0 && (this.sent[0] as number) <= now - this.windowMs) this.sent.shift();
    if (this.sent.length < this.limit) {
      this.sent.push(now);
      return 0;
    }
    return (this.sent[0] as number) + this.windowMs - now;
  }

  /** Gives back the last slot (the send failed before reaching DingTalk's counter). */
  release(): void {
    this.sent.pop();
  }
}
