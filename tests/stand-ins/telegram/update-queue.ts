import type { Update } from "@grammyjs/types";
import { TelegramApiError } from "./http-io";

/** What a getUpdates request asks for, already validated. */
export interface PollRequest {
  offset: number | undefined;
  limit: number;
  timeoutSeconds: number;
}

/** Telegram's update store for one bot: rising update_ids, confirmed by the `offset` of later polls. */
export interface UpdateQueue {
  /** Adds an update; gives it the next update_id unless it brings its own (which must be higher). */
  push(update: Omit<Update, "update_id"> & { update_id?: number }): Update;
  /**
   * Answers a getUpdates call. The offset confirms earlier updates the moment the request arrives,
   * as on Telegram, so even a poll that is later aborted has acknowledged them.
   * Resolves with an empty batch when the timeout ends or the queue closes; rejects with 409 when
   * a newer poll takes over. `abandon` drops the wait when the client goes away.
   */
  poll(request: PollRequest): { updates: Promise<Update[]>; abandon: () => void };
  /** Updates at or after the last confirmed offset. */
  pendingCount(): number;
  /** Polls held open right now: 0 or 1, since a newer poll ends an older one. Each holds a timer. */
  heldCount(): number;
  /** Forgets every waiting update (deleteWebhook with drop_pending_updates). */
  dropAll(): void;
  /** Ends every pending poll and clears its timer. */
  close(): void;
  /** `performance.now()` when an update was first handed to the bot, by update_id (for benchmarks). */
  firstHandedOut(updateId: number): number | undefined;
}

const FIRST_UPDATE_ID = 100_001;

interface PendingPoll {
  limit: number;
  resolve: (updates: Update[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export function createUpdateQueue(): UpdateQueue {
  let updates: Update[] = [];
  let nextUpdateId = FIRST_UPDATE_ID;
  let pending: PendingPoll | undefined;
  const handedOut = new Map<number, number>();

  function handOut(batch: Update[]): Update[] {
    const now = performance.now();
    for (const update of batch) if (!handedOut.has(update.update_id)) handedOut.set(update.update_id, now);
    return batch;
  }

  function settle(poll: PendingPoll): void {
    clearTimeout(poll.timer);
    if (pending === poll) pending = undefined;
  }

  function confirmBelow(offset: number): void {
    updates = updates.filter((update) => update.update_id >= offset);
  }

  return {
    push(update) {
      const updateId = update.update_id ?? nextUpdateId;
      if (updateId < nextUpdateId) throw new Error(`fake Telegram: update_id ${updateId} is not above the last one (${nextUpdateId - 1})`);
      nextUpdateId = updateId + 1;
      const full = { ...update, update_id: updateId } as Update;
      updates.push(full);
      if (pending) {
        const poll = pending;
        settle(poll);
        poll.resolve(handOut(updates.slice(0, poll.limit)));
      }
      return full;
    },

    poll({ offset, limit, timeoutSeconds }) {
      // Like Telegram, a second poller takes over and the first learns it has been replaced.
      if (pending) {
        const older = pending;
        settle(older);
        older.reject(new TelegramApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
      }
      if (offset !== undefined && offset > 0) confirmBelow(offset);
      if (updates.length > 0 || timeoutSeconds <= 0) {
        return { updates: Promise.resolve(handOut(updates.slice(0, limit))), abandon: () => undefined };
      }
      let poll: PendingPoll | undefined;
      const promise = new Promise<Update[]>((resolve, reject) => {
        poll = { limit, resolve, reject, timer: setTimeout(() => finish([]), timeoutSeconds * 1000) };
        pending = poll;
      });
      function finish(batch: Update[]): void {
        if (!poll) return;
        settle(poll);
        poll.resolve(batch);
      }
      return {
        updates: promise,
        abandon: () => {
          if (poll) settle(poll);
        },
      };
    },

    pendingCount: () => updates.length,
    firstHandedOut: (updateId) => handedOut.get(updateId),
    heldCount: () => (pending ? 1 : 0),
    dropAll: () => void (updates = []),

    close() {
      if (!pending) return;
      const poll = pending;
      settle(poll);
      poll.resolve([]);
    },
  };
}
