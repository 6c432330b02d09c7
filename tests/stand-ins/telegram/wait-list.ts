/** Promises waiting for a value (a call, a sent message) that matches; each with its own deadline. */
export interface WaitList<T> {
  /** Resolves with the first of `earlier`, or else of the values offered later, that matches. */
  waitFor(earlier: readonly T[], matches: (value: T) => boolean, timeoutMs: number, what: string): Promise<T>;
  /** Hands a new (or newly changed) value to the waiters it matches. */
  offer(value: T): void;
  /** Rejects every waiter and clears its timer, so a closed fake leaves no timer running. */
  rejectAll(reason: string): void;
}

interface Waiter<T> {
  matches: (value: T) => boolean;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export function createWaitList<T>(): WaitList<T> {
  let waiters: Waiter<T>[] = [];

  return {
    waitFor(earlier, matches, timeoutMs, what) {
      const found = earlier.find(matches);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise<T>((resolve, reject) => {
        const waiter: Waiter<T> = {
          matches,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters = waiters.filter((other) => other !== waiter);
            reject(new Error(`fake Telegram: no ${what} within ${timeoutMs} ms`));
          }, timeoutMs),
        };
        waiters.push(waiter);
      });
    },

    offer(value) {
      const matched = waiters.filter((waiter) => waiter.matches(value));
      waiters = waiters.filter((waiter) => !matched.includes(waiter));
      for (const waiter of matched) {
        clearTimeout(waiter.timer);
        waiter.resolve(value);
      }
    },

    rejectAll(reason) {
      const all = waiters;
      waiters = [];
      for (const waiter of all) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(reason));
      }
    },
  };
}
