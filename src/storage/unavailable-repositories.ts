import type { Repositories } from "../core/ports";

/** Thrown by every repository call while the database cannot be reached. */
export class StorageUnavailableError extends Error {
  override name = "StorageUnavailableError";
}

/**
 * Stands in for the database while it cannot be reached, so the companion still starts and the
 * safety response (which falls back to bundled data) keeps answering.
 */
export function unavailableRepositories(): Repositories {
  const fail = () => Promise.reject(new StorageUnavailableError("the database is unreachable"));
  const repository = new Proxy({}, { get: () => fail });
  return {
    users: repository as Repositories["users"],
    slots: repository as Repositories["slots"],
    wins: repository as Repositories["wins"],
    journal: repository as Repositories["journal"],
    plans: repository as Repositories["plans"],
    conversations: repository as Repositories["conversations"],
    checkIns: repository as Repositories["checkIns"],
    moods: repository as Repositories["moods"],
    habits: repository as Repositories["habits"],
    goals: repository as Repositories["goals"],
    notes: repository as Repositories["notes"],
    weekly: repository as Repositories["weekly"],
    erasure: repository as Repositories["erasure"],
    appointments: repository as Repositories["appointments"],
  };
}
