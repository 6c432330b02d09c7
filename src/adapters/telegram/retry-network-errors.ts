import { HttpError, type Transformer } from "grammy";

/** Waits before the 2nd, 3rd and 4th try of a call that never reached Telegram. */
export const NETWORK_RETRY_DELAYS_MS: readonly number[] = [500, 2_000, 5_000];

/**
 * Retries a call that failed on the network (DNS, reset, timeout) a few times, then gives up.
 * auto-retry would retry those forever, and an update whose reply hangs forever would hold the
 * polling offset back for everyone. getUpdates is left to the poller, which has its own loop.
 */
export function retryNetworkErrors(delaysMs: readonly number[] = NETWORK_RETRY_DELAYS_MS): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        const delay = delaysMs[attempt];
        if (!(error instanceof HttpError) || delay === undefined || signal?.aborted || method === "getUpdates") throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
