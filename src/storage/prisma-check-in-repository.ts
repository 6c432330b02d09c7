import type { CheckIn, CheckInPatch, NewCheckIn, User } from "../core/model";
import type { CheckInRepository, DueSlot, SlotClaim } from "../core/ports";
import type { CheckIn as CheckInRow } from "./generated/sqlite/client";
import { isUniqueViolation, type Db } from "./prisma-db";
import { toUser } from "./prisma-user-repository";

/** Bound parameters per statement stay well under SQLite's and PostgreSQL's limits. */
const MAX_IDS_PER_STATEMENT = 500;

function chunked<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += MAX_IDS_PER_STATEMENT) chunks.push(items.slice(i, i + MAX_IDS_PER_STATEMENT));
  return chunks;
}

export function toCheckIn(row: CheckInRow): CheckIn {
  return { ...row, status: row.status as CheckIn["status"] };
}

export class PrismaCheckInRepository implements CheckInRepository {
  constructor(private readonly db: Db) {}

  async findDueSlots(at: Date, limit: number): Promise<DueSlot[]> {
    const rows = await this.db.checkInSlot.findMany({
      where: { nextDueAt: { lte: at } },
      orderBy: { nextDueAt: "asc" },
      take: limit,
      include: { user: true },
    });
    return rows.map(({ user, ...slot }) => ({
      user: toUser(user),
      slot: { id: slot.id, userId: slot.userId, localTime: slot.localTime, weekdays: [...slot.weekdays].map(Number), nextDueAt: slot.nextDueAt },
    }));
  }

  async claimSlots(claims: readonly SlotClaim[]): Promise<Set<number>> {
    // Slots that share a seen and a next instant (same time, same zone) move in one conditional
    // update; the rows it returns are exactly the ones this process won.
    const groups = new Map<string, { seenDueAt: Date; nextDueAt: Date; ids: number[] }>();
    for (const { slotId, seenDueAt, nextDueAt } of claims) {
      const key = `${seenDueAt.getTime()}:${nextDueAt.getTime()}`;
      const group = groups.get(key) ?? { seenDueAt, nextDueAt, ids: [] };
      group.ids.push(slotId);
      groups.set(key, group);
    }
    const owned = new Set<number>();
    for (const { seenDueAt, nextDueAt, ids } of groups.values()) {
      for (const chunk of chunked(ids)) {
        const rows = await this.db.checkInSlot.updateManyAndReturn({
          where: { id: { in: chunk }, nextDueAt: seenDueAt },
          data: { nextDueAt },
          select: { id: true },
        });
        for (const row of rows) owned.add(row.id);
      }
    }
    return owned;
  }

  async createMany(checkIns: readonly NewCheckIn[]): Promise<number> {
    let created = 0;
    for (const chunk of chunked(checkIns)) {
      try {
        created += (await this.db.checkIn.createMany({ data: [...chunk] })).count;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Rare (a slot edited mid-tick): row by row, so only the duplicate is left out.
        for (const checkIn of chunk) created += (await this.createOne(checkIn)) ? 1 : 0;
      }
    }
    return created;
  }

  private async createOne(checkIn: NewCheckIn): Promise<boolean> {
    try {
      await this.db.checkIn.create({ data: checkIn });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async claimSendable(at: Date, notDueBefore: Date, limit: number) {
    const candidates = await this.db.checkIn.findMany({
      where: {
        status: "pending",
        dueAt: { gte: notDueBefore, lte: at },
        OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: at } }],
      },
      orderBy: { dueAt: "asc" },
      take: limit,
      include: { user: true },
    });
    const users = new Map(candidates.map(({ user }) => [user.id, toUser(user)] as const));
    const claimed: { checkIn: CheckIn; user: User }[] = [];
    for (const chunk of chunked(candidates.map((c) => c.id))) {
      // Still "pending" only for the one process that gets here first.
      const rows = await this.db.checkIn.updateManyAndReturn({
        where: { id: { in: chunk }, status: "pending" },
        data: { status: "sending", attempts: { increment: 1 } },
      });
      for (const row of rows) claimed.push({ checkIn: toCheckIn(row), user: users.get(row.userId)! });
    }
    return claimed.sort((a, b) => a.checkIn.dueAt.getTime() - b.checkIn.dueAt.getTime() || a.checkIn.id - b.checkIn.id);
  }

  async expireStale(before: Date): Promise<number> {
    const { count } = await this.db.checkIn.updateMany({ where: { status: "pending", dueAt: { lt: before } }, data: { status: "missed" } });
    return count;
  }

  async find(userId: number, checkInId: number): Promise<CheckIn | null> {
    const row = await this.db.checkIn.findFirst({ where: { id: checkInId, userId } });
    return row ? toCheckIn(row) : null;
  }

  async update(userId: number, checkInId: number, patch: CheckInPatch): Promise<CheckIn | null> {
    // Scoped by user: a check-in id from someone else's button changes nothing.
    const { count } = await this.db.checkIn.updateMany({ where: { id: checkInId, userId }, data: patch });
    return count ? this.find(userId, checkInId) : null;
  }

  async unansweredCounts(userIds: readonly number[], since: Date): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    for (const chunk of chunked(userIds)) {
      const groups = await this.db.checkIn.groupBy({
        by: ["userId"],
        where: { userId: { in: [...chunk] }, status: "sent", answeredAt: null, sentAt: { gte: since } },
        _count: { _all: true },
      });
      for (const group of groups) counts.set(group.userId, group._count._all);
    }
    return counts;
  }

  async recentSent(userId: number, limit: number): Promise<CheckIn[]> {
    const rows = await this.db.checkIn.findMany({ where: { userId, status: "sent" }, orderBy: [{ sentAt: "desc" }, { id: "desc" }], take: limit });
    return rows.map(toCheckIn);
  }

  async latestSent(userId: number, since: Date): Promise<CheckIn | null> {
    const row = await this.db.checkIn.findFirst({ where: { userId, status: "sent", sentAt: { gte: since } }, orderBy: [{ sentAt: "desc" }, { id: "desc" }] });
    return row ? toCheckIn(row) : null;
  }

  async recentPromptIds(userIds: readonly number[], since: Date): Promise<Map<number, string[]>> {
    const byUser = new Map<number, string[]>();
    for (const chunk of chunked(userIds)) {
      const rows = await this.db.checkIn.findMany({
        where: { userId: { in: [...chunk] }, promptId: { not: null }, dueAt: { gte: since } },
        select: { userId: true, promptId: true },
      });
      for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.promptId!]);
    }
    return byUser;
  }

  async sleepBetween(userId: number, fromDate: string, toDate: string): Promise<{ localDate: string; hours: number }[]> {
    const rows = await this.db.checkIn.findMany({
      where: { userId, localDate: { gte: fromDate, lte: toDate }, sleepHours: { not: null } },
      orderBy: [{ localDate: "asc" }, { id: "asc" }],
      select: { localDate: true, sleepHours: true },
    });
    return rows.map((row) => ({ localDate: row.localDate, hours: row.sleepHours! }));
  }
}
