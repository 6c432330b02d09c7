import type { UpdateSupplier } from "@grammyjs/runner";
import { GrammyError, type Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../core/ports";
import { errorFields } from "./send-telegram-message";
import { TELEGRAM_GET_UPDATES_MAX_LIMIT } from "./telegram-limits";
import type { AnsweredUpdates } from "./answered-updates";
import type { UpdateLedger } from "./update-ledger";

/** The update types the companion handles; everything else is never fetched. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/**
 * While an update is still in flight, a poll returns it again at once; wait this long for progress
 * before asking again. New messages wait for the next ask: at 50 ms that wait was most of the
 * steady-load p99 (bench:telegram: 61.5 ms from push, 22.7 ms from hand-over); at 10 ms the p99 was
 * 28.5 to 31.8 ms, with fewer polls than the bare bots make (1,563 to 1,764 for 3,000 updates).
 */
export const STALE_POLL_WAIT_MS = 10;
const MAX_RETRY_WAIT_MS = 30_000;

export interface PollOptions {
  api: Api;
  ledger: UpdateLedger;
  /** Told which updates each successful poll confirmed, so it can forget them. */
  answered?: AnsweredUpdates;
  logger: Logger;
  /** Long-poll timeout when nothing is in flight (seconds). */
  timeoutSeconds: number;
}

/**
 * The runner's source of updates, with the offset taken from the ledger instead of from the last
 * batch fetched: Telegram only learns an update is done once its effects are stored. (The
 * runner's own fetcher confirms every update the moment it is fetched, before it is handled.)
 */
export function pollUpdates({ api, ledger, answered, logger, timeoutSeconds }: PollOptions): UpdateSupplier<Update> {
  let failures = 0;
  return {
    async supply(batchSize, runnerSignal) {
      // The runner types its signal with an old shim; at run time it is Node's own AbortSignal.
      const signal = runnerSignal as unknown as AbortSignal;
      const apiSignal = runnerSignal;
      for (;;) {
        const busy = ledger.inFlightCount > 0;
        const offset = ledger.offset();
        let updates: Update[];
        try {
          updates = await api.getUpdates(
            {
              ...(offset === undefined ? {} : { offset }),
              // The batch starts at the oldest update still in flight, so those come first, again: ask
              // for room beyond them. (Asking for only `batchSize` returned nothing new whenever more
              // were in flight than there was room for: 206 polls for a burst of 4,000 instead of 127.)
              limit: Math.max(1, Math.min(ledger.inFlightCount + batchSize, TELEGRAM_GET_UPDATES_MAX_LIMIT)),
              // Updates in flight are still unconfirmed, so Telegram would answer at once anyway.
              timeout: busy ? 0 : timeoutSeconds,
              allowed_updates: ALLOWED_UPDATES,
            },
            apiSignal,
          );
          failures = 0;
          if (offset !== undefined) answered?.confirmedBelow(offset);
        } catch (error) {
          if (signal.aborted) throw error;
          // A refused token will not get better by asking again.
          if (error instanceof GrammyError && error.error_code === 401) throw error;
          failures += 1;
          const wait = retryWaitMs(error, failures);
          logger.warn({ event: "telegram-poll", attempt: failures, waitMs: wait, ...errorFields(error) }, "getUpdates failed; trying again");
          await sleep(wait, signal);
          continue;
        }
        const fresh = ledger.admit(updates, batchSize);
        if (fresh.length > 0) return fresh;
        if (busy || updates.length > 0) await ledger.waitForProgress(STALE_POLL_WAIT_MS, signal);
        if (signal.aborted) return [];
      }
    },
  };
}

function retryWaitMs(error: unknown, failures: number): number {
  const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
  if (retryAfter !== undefined) return retryAfter * 1000;
  // 409: another instance is polling (a deploy overlapping); back off and let it finish.
  return Math.min(MAX_RETRY_WAIT_MS, 100 * 2 ** Math.min(failures, 12));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}
