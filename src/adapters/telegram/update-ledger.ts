/**
 * Which updates this process has taken on and which are finished, so the polling offset only
 * ever moves past updates whose effects are stored (and whose replies went out).
 *
 * Telegram confirms every update below the `offset` of a getUpdates call, and nothing else. So
 * the offset is the watermark: the lowest update still in flight, or one past the highest seen
 * when none is. Updates at or above it that were already taken on come back in later batches;
 * `admit` drops them, so each is handled once per process. After a crash, Telegram hands the
 * unconfirmed ones out again and the core's per-event-id storage keeps them from being stored twice.
 */
export class UpdateLedger {
  private readonly inFlight = new Set<number>();
  private highestSeen: number | undefined;
  private lowest: number | undefined;
  private progressWaiters: (() => void)[] = [];
  private drainWaiters: (() => void)[] = [];

  /** Takes on the updates not seen before, in order, at most `max` of them; returns them. */
  admit<T extends { update_id: number }>(updates: readonly T[], max = Infinity): T[] {
    const fresh = updates.filter((update) => this.highestSeen === undefined || update.update_id > this.highestSeen).slice(0, max);
    for (const update of fresh) {
      this.inFlight.add(update.update_id);
      this.highestSeen = update.update_id;
      if (this.lowest === undefined) this.lowest = update.update_id;
    }
    return fresh;
  }

  /** Marks an update finished (handled, or given up on after its deadline). */
  complete(updateId: number): void {
    if (!this.inFlight.delete(updateId)) return;
    if (updateId !== this.lowest) return;
    this.lowest = this.inFlight.size > 0 ? Math.min(...this.inFlight) : undefined;
    // The watermark moved: the poller can confirm more, and stop() may be waiting for the end.
    const waiters = this.progressWaiters;
    this.progressWaiters = [];
    for (const wake of waiters) wake();
    if (this.inFlight.size === 0) {
      const drained = this.drainWaiters;
      this.drainWaiters = [];
      for (const wake of drained) wake();
    }
  }

  /** The getUpdates offset that confirms exactly the finished prefix; undefined before the first update. */
  offset(): number | undefined {
    if (this.lowest !== undefined) return this.lowest;
    return this.highestSeen === undefined ? undefined : this.highestSeen + 1;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Resolves when the watermark moves, after `ms`, or when `signal` aborts, whichever is first. */
  waitForProgress(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.progressWaiters = this.progressWaiters.filter((waiter) => waiter !== done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done);
      this.progressWaiters.push(done);
    });
  }

  /** Resolves once nothing is in flight. */
  drained(): Promise<void> {
    if (this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }
}
