import type { UserRef } from "../core/events";
import type { ProfilePatch, User } from "../core/model";
import type { UserRepository } from "../core/ports";
import type { User as UserRow } from "./generated/sqlite/client";
import { isUniqueViolation, type Db } from "./prisma-db";

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
  };
}

function toRow(patch: ProfilePatch): Partial<UserRow> {
  const { checkInSteps, ...rest } = patch;
  return checkInSteps ? { ...rest, checkInSteps: checkInSteps.join(",") } : rest;
}

export class PrismaUserRepository implements UserRepository {
  constructor(private readonly db: Db) {}

  async find(ref: UserRef): Promise<User | null> {
    // Only the two key fields: callers may pass a whole User, and Prisma rejects extra keys.
    const key = { platform: ref.platform, platformUserId: ref.platformUserId };
    const row = await this.db.user.findUnique({ where: { platform_platformUserId: key } });
    return row ? toUser(row) : null;
  }

  async findOrCreate(ref: UserRef): Promise<User> {
    const found = await this.find(ref);
    if (found) return found;
    try {
      return toUser(await this.db.user.create({ data: { platform: ref.platform, platformUserId: ref.platformUserId } }));
    } catch (error) {
      // Two first messages at once: the other one created the row.
      if (!isUniqueViolation(error)) throw error;
      return (await this.find(ref))!;
    }
  }

  async update(userId: number, patch: ProfilePatch): Promise<User> {
    return toUser(await this.db.user.update({ where: { id: userId }, data: toRow(patch) }));
  }
}
