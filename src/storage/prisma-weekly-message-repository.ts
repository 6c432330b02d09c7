import type { WeeklyMessage, WeeklyMessageKind } from "../core/model";
import type { DueWeeklyMessage, WeeklyMessageRepository, WeeklySchedule } from "../core/ports";
import type { WeeklyMessage as MessageRow } from "./generated/sqlite/client";
import { isUniqueViolation, type Db } from "./prisma-db";
import { toUser } from "./prisma-user-repository";

function toMessage(row: MessageRow): WeeklyMessage {
  return { ...row, kind: row.kind as WeeklyMessageKind };
}

export class PrismaWeeklyMessageRepository implements WeeklyMessageRepository {
  constructor(private readonly db: Db) {}

  async get(userId: number, kind: WeeklyMessageKind): Promise<WeeklyMessage | null> {
    const row = await this.db.weeklyMessage.findUnique({ where: { userId_kind: { userId, kind } } });
    return row ? toMessage(row) : null;
  }

  async upsert(userId: number, kind: WeeklyMessageKind, schedule: WeeklySchedule): Promise<WeeklyMessage> {
    const row = await this.db.weeklyMessage.upsert({
      where: { userId_kind: { userId, kind } },
      create: { userId, kind, ...schedule },
      update: schedule,
    });
    return toMessage(row);
  }

  async createIfAbsent(userId: number, kind: WeeklyMessageKind, schedule: WeeklySchedule): Promise<WeeklyMessage> {
    const existing = await this.get(userId, kind);
    if (existing) return existing;
    try {
      return toMessage(await this.db.weeklyMessage.create({ data: { userId, kind, ...schedule } }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return (await this.get(userId, kind))!;
    }
  }

  async findDue(at: Date, limit: number): Promise<DueWeeklyMessage[]> {
    const rows = await this.db.weeklyMessage.findMany({
      where: { enabled: true, nextDueAt: { lte: at } },
      orderBy: { nextDueAt: "asc" },
      take: limit,
      include: { user: true },
    });
    return rows.map(({ user, ...message }) => ({ message: toMessage(message), user: toUser(user) }));
  }

  async claim(claims: readonly { id: number; seenDueAt: Date; nextDueAt: Date }[]): Promise<Set<number>> {
    const won = new Set<number>();
    // One conditional update each: weekly messages are few per tick, unlike check-in slots.
    for (const { id, seenDueAt, nextDueAt } of claims) {
      const { count } = await this.db.weeklyMessage.updateMany({ where: { id, nextDueAt: seenDueAt }, data: { nextDueAt } });
      if (count) won.add(id);
    }
    return won;
  }
}
