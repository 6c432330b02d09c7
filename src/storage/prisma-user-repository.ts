import type { UserRef } from "../core/events";
import type { ProfilePatch, User } from "../core/model";
import type { UserRepository } from "../core/ports";
import type { User as UserRow } from "./generated/sqlite/client";
import { isUniqueViolation, type Db } from "./prisma-db";
import { userRowCacheOf, type UserRowCache } from "./user-row-cache";

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    platform: row.platform as User["platform"],
    platformUserId: row.platformUserId,
    createdAt: row.createdAt,
    onboardedAt: row.onboardedAt,
    timeZone: row.timeZone,
    country: row.country,
    language: row.language,
    paused: row.paused,
    pausedUntil: row.pausedUntil,
    inactive: row.inactive,
    moodScale: row.moodScale === "faces" ? "faces" : "ten",
    checkInSteps: row.checkInSteps ? row.checkInSteps.split(",") : [],
    skipDate: row.skipDate,
    quietStart: row.quietStart,
    quietEnd: row.quietEnd,
    lastSummaryAt: row.lastSummaryAt,
    retentionDays: row.retentionDays,
    vacationUntil: row.vacationUntil,
    lastSafetyNudgeAt: row.lastSafetyNudgeAt,
    pauseAskedAt: row.pauseAskedAt,
    unansweredSince: row.unansweredSince,
    sessionPrepTime: row.sessionPrepTime,
  };
}

function toRow(patch: ProfilePatch): Partial<UserRow> {
  const { checkInSteps, ...rest } = patch;
  return checkInSteps ? { ...rest, checkInSteps: checkInSteps.join(",") } : rest;
}

export class PrismaUserRepository implements UserRepository {
  // Shared with the other repositories on this client, so they can invalidate what they change.
  constructor(
    private readonly db: Db,
    private readonly cache: UserRowCache = userRowCacheOf(db),
  ) {}

  async find(ref: UserRef): Promise<User | null> {
    const cached = this.cache.get(ref.platform, ref.platformUserId);
    if (cached) return cached;
    const ticket = this.cache.ticket();
    const user = await this.read(ref);
    if (user) this.cache.remember(user, ticket);
    return user;
  }

  async findOrCreate(ref: UserRef): Promise<User> {
    const found = await this.find(ref);
    if (found) return found;
    const created = await this.create(ref);
    this.cache.written(created);
    return created;
  }

  /** The person's row from the database (no cache). */
  protected async read(ref: UserRef): Promise<User | null> {
    // Only the two key fields: callers may pass a whole User, and Prisma rejects extra keys.
    const key = { platform: ref.platform, platformUserId: ref.platformUserId };
    const row = await this.db.user.findUnique({ where: { platform_platformUserId: key } });
    return row ? toUser(row) : null;
  }

  /** A new person's row, or theirs if a message of theirs created it meanwhile. */
  protected async create(ref: UserRef): Promise<User> {
    try {
      return toUser(await this.db.user.create({ data: { platform: ref.platform, platformUserId: ref.platformUserId } }));
    } catch (error) {
      // Two first messages at once: the other one created the row.
      if (!isUniqueViolation(error)) throw error;
      return (await this.read(ref))!;
    }
  }

  async update(userId: number, patch: ProfilePatch): Promise<User> {
    try {
      const user = toUser(await this.db.user.update({ where: { id: userId }, data: toRow(patch) }));
      this.cache.written(user);
      return user;
    } catch (error) {
      // Whatever the database did, the next read asks it again.
      this.cache.forget(userId);
      throw error;
    }
  }
}
