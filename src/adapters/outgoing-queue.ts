/**
 * Spreads outgoing messages over time within a platform's limits, fairly between recipients:
 * each recipient has its own FIFO, recipients take turns, and no recipient is sent to more often
 * than `perRecipientIntervalMs`, nor the platform more than `perSecond`. A 9:00 rush of thousands
 * of check-ins is delivered in order, spread out, never dropped.
 */
export interface QueueLimits {
  /** Overall messages per second (Telegram: about 30). */
  perSecond: number;
  /** Minimum gap between two messages to one recipient (Telegram: about 1,000 ms in a private chat). */
  perRecipientIntervalMs: number;
  /** Sends in flight at once. */
  concurrency: number;
}

interface Pending<T> {
  item: T;
  resolve(): void;
  reject(error: unknown): void;
}

export class OutgoingQueue<T> {
  private readonly queues = new Map<string, Pending<T>[]>();
  private readonly lastSentAt = new Map<string, number>();
  private readonly sentTimes: number[] = [];
  private inFlight = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly limits: QueueLimits,
    private readonly send: (item: T) => Promise<void>,
    private readonly recipientOf: (item: T) => string,
  ) {}

  /** Resolves once the item was sent; rejects with the send's error. */
  push(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      const key = this.recipientOf(item);
      const queue = this.queues.get(key);
      if (queue) queue.push({ item, resolve, reject });
      else this.queues.set(key, [{ item, resolve, reject }]);
      this.pump();
    });
  }

  get size(): number {
    let total = 0;
    for (const queue of this.queues.values()) total += queue.length;
    return total;
  }

  /** Stops waiting timers; queued items stay queued (used on shutdown and in tests). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Keeps the per-recipient memory small: a recipient idle longer than the interval needs none. */
  private forgetIdleRecipients(now: number): void {
    if (this.lastSentAt.size < 10_000) return;
    for (const [key, at] of this.lastSentAt) {
      if (at + this.limits.perRecipientIntervalMs <= now && !this.queues.has(key)) this.lastSentAt.delete(key);
    }
  }

  private pump(): void {
    if (this.timer) return;
    // Monotonic: a wall-clock adjustment must not let a burst through or stall the queue.
    const now = performance.now();
    while (this.sentTimes.length && this.sentTimes[0]! <= now - 1000) this.sentTimes.shift();
    let wait = Infinity;
    // Map order is insertion order; a recipient that sent moves to the back: round robin.
    for (const key of [...this.queues.keys()]) {
      const queue = this.queues.get(key)!;
      if (this.inFlight >= this.limits.concurrency) return;
      if (this.sentTimes.length >= this.limits.perSecond) {
        wait = Math.min(wait, this.sentTimes[0]! + 1000 - now);
        break;
      }
      const readyAt = (this.lastSentAt.get(key) ?? -Infinity) + this.limits.perRecipientIntervalMs;
      if (readyAt > now) {
        wait = Math.min(wait, readyAt - now);
        continue;
      }
      const next = queue.shift()!;
      this.queues.delete(key);
      if (queue.length) this.queues.set(key, queue);
      this.forgetIdleRecipients(now);
      this.lastSentAt.set(key, now);
      this.sentTimes.push(now);
      this.inFlight += 1;
      this.send(next.item)
        .then(next.resolve, next.reject)
        .finally(() => {
          this.inFlight -= 1;
          this.pump();
        });
    }
    if (wait !== Infinity && this.size > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.pump();
      }, Math.max(1, wait));
    }
  }
}
