/**
 * The inbound frames a long connection is still recording (DingTalk Stream, the WeCom smart bot):
 * a stop waits for them, and tests wait for them before they look.
 */
export class InFlight {
  private readonly work = new Set<Promise<void>>();

  track(work: Promise<void>): void {
    this.work.add(work);
    void work.finally(() => this.work.delete(work));
  }

  /** Resolves when every frame received so far is recorded (and acknowledged where the platform wants it). */
  async settled(): Promise<void> {
    while (this.work.size > 0) await Promise.allSettled([...this.work]);
  }
}
