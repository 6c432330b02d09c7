import type { User } from "../core/model";

/** How many people's rows one process keeps; the least recently used go first. */
export const USER_CACHE_MAX_ENTRIES = 10_000;
/** The longest a cached row is trusted: the bound on staleness for writes this process cannot see. */
export const USER_CACHE_TTL_MS = 30_000;

interface Entry {
  user: User;
  expiresAt: number;
}

/**
 * User rows by platform id, so the lookup every message starts with costs no query (profiled: it
 * was one of five Prisma calls per journal line, about 1 ms each under load).
 *
 * What keeps it correct: every write through PrismaUserRepository replaces the entry with the row
 * the database returned, and every other writer of user rows in this process calls
 * `forgetCachedUser` (the erasure repository does on /delete). A read that raced a write is not
 * cached (the write counter moved meanwhile), so an older row never overwrites a newer one.
 *
 * Several processes on one PostgreSQL: a write made by another process is seen here after at most
 * USER_CACHE_TTL_MS. That is safe for what the row is used for on the message path: one Telegram
 * bot polls from one process only (Telegram answers a second poller with 409), and the profile
 * fields a person changes are changed by their own messages, which that process handles. Run with
 * `ttlMs: 0` (no caching) if several processes take messages for the same people (webhooks behind
 * a load balancer) and a setting must apply across them at once.
 */
export class UserRowCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keyOfId = new Map<number, string>();
  private writes = 0;

  constructor(
    private readonly ttlMs = USER_CACHE_TTL_MS,
    private readonly maxEntries = USER_CACHE_MAX_ENTRIES,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A copy of the cached row, or undefined (absent, expired, or caching off). */
  get(platform: string, platformUserId: string): User | undefined {
    const key = keyOf(platform, platformUserId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.drop(key, entry.user.id);
      return undefined;
    }
    // Most recently used moves to the back.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return copyOf(entry.user);
  }

  /** Call before a read whose result may be cached; pass the ticket to `remember`. */
  ticket(): number {
    return this.writes;
  }

  /** Caches a row read from the database, unless a write happened since the read began. */
  remember(user: User, ticket: number): void {
    if (ticket !== this.writes) return;
    this.store(user);
  }

  /** A row the database returned from a write: always the newest. */
  written(user: User): void {
    this.writes += 1;
    this.store(user);
  }

  /** Someone else changed or deleted this person's row: read it again next time. */
  forget(userId: number): void {
    this.writes += 1;
    const key = this.keyOfId.get(userId);
    if (key !== undefined) this.drop(key, userId);
  }

  get size(): number {
    return this.entries.size;
  }

  private store(user: User): void {
    if (this.ttlMs <= 0) return;
    const key = keyOf(user.platform, user.platformUserId);
    this.entries.delete(key);
    this.entries.set(key, { user: copyOf(user), expiresAt: this.now() + this.ttlMs });
    this.keyOfId.set(user.id, key);
    while (this.entries.size > this.maxEntries) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, Entry];
      this.drop(oldestKey, oldest.user.id);
    }
  }

  private drop(key: string, userId: number): void {
    this.entries.delete(key);
    if (this.keyOfId.get(userId) === key) this.keyOfId.delete(userId);
  }
}

function keyOf(platform: string, platformUserId: string): string {
  return `${platform}:${platformUserId}`;
}

// Handlers get their own copy: one changing its `user` must not change the cache.
function copyOf(user: User): User {
  return { ...user, checkInSteps: [...user.checkInSteps] };
}

const cachesByDb = new WeakMap<object, UserRowCache>();

/** The one cache of a database client, shared by the repositories built on it. */
export function userRowCacheOf(db: object): UserRowCache {
  let cache = cachesByDb.get(db);
  if (!cache) {
    cache = new UserRowCache();
    cachesByDb.set(db, cache);
  }
  return cache;
}

/** For repositories that write user rows directly (erasure, vacations): the next read goes to the database. */
export function forgetCachedUser(db: object, userId: number): void {
  cachesByDb.get(db)?.forget(userId);
}
