import type { CheckIn, CheckInPatch, NewCheckIn } from "../core/model";
import type { CheckInRepository, DueSlot } from "../core/ports";
import type { CheckIn as CheckInRow } from "./generated/sqlite/client";
import { isUniqueViolation, type Db } from "./prisma-db";
import { toUser } from "./prisma-user-repository";

function toCheckIn(row: CheckInRow): CheckIn {
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

  async claimSlot(slotId: number, seenDueAt: Date, nextDueAt: Date): Promise<boolean> {
    // A conditional update is the claim: of several processes only one sees count === 1.
    const { count } = await this.db.checkInSlot.updateMany({ where: { id: slotId, nextDueAt: seenDueAt }, data: { nextDueAt } });
    return count === 1;
  }

  async create(checkIn: NewCheckIn): Promise<CheckIn | null> {
    try {
      return toCheckIn(await this.db.checkIn.create({ data: checkIn }));
    } catch (error) {
      if (isUniqueViolation(error)) return null;
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
    const claimed: { checkIn: CheckIn; user: ReturnType<typeof toUser> }[] = [];
    for (const { user, ...row } of candidates) {
      const { count } = await this.db.checkIn.updateMany({
        where: { id: row.id, status: "pending" },
        data: { status: "sending", attempts: { increment: 1 } },
      });
      if (count === 1) claimed.push({ checkIn: toCheckIn({ ...row, status: "sending", attempts: row.attempts + 1 }), user: toUser(user) });
    }
    return claimed;
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

  async latestSent(userId: number, since: Date): Promise<CheckIn | null> {
    const row = await this.db.checkIn.findFirst({
      where: { userId, status: "sent", sentAt: { gte: since } },
      orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    });
    return row ? toCheckIn(row) : null;
  }

  async recentPromptIds(userId: number, since: Date): Promise<string[]> {
    const rows = await this.db.checkIn.findMany({
      where: { userId, promptId: { not: null }, dueAt: { gte: since } },
      select: { promptId: true },
    });
    return rows.map((row) => row.promptId!);
  }
}
