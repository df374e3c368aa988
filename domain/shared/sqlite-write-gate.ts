/**
 * The single SQLite connection runs every statement of the process. A statement issued while an
 * interactive transaction is open would run *inside* it: an inbox insert could be rolled back
 * with an unrelated failing transaction, or lost if the process died before that transaction
 * committed (issue 16). The gate makes a transaction own the connection from BEGIN to
 * COMMIT/ROLLBACK; anything else waits for its turn, in arrival order.
 */
export class SqliteWriteGate {
  #held = false;
  #waiting: Array<() => void> = [];

  /** Resolves when the caller owns the connection; call the returned function to hand it on. */
  acquire(): Promise<() => void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve) => this.#waiting.push(() => resolve(this.#releaser())));
  }

  /** Runs one statement outside any transaction; free gate: no wait at all. */
  async run<T>(statement: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await statement();
    } finally {
      release();
    }
  }

  #releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#held = false;
    };
  }
}
