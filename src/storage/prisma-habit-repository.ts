import type { Habit, HabitTick } from "../core/model";
import type { HabitRepository, Stored } from "../core/ports";
import type { Habit as HabitRow } from "./generated/sqlite/client";
import { isUniqueViolation, type Db } from "./prisma-db";

function toHabit(row: HabitRow): Habit {
  return { id: row.id, name: row.name, starterKey: row.starterKey, createdAt: row.createdAt, archivedAt: row.archivedAt };
}

export class PrismaHabitRepository implements HabitRepository {
  constructor(private readonly db: Db) {}

  async list(userId: number, options: { includeArchived?: boolean } = {}): Promise<Habit[]> {
    const rows = await this.db.habit.findMany({
      where: { userId, ...(options.includeArchived ? {} : { archivedAt: null }) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toHabit);
  }

  async add(userId: number, habit: { name: string; starterKey: string | null; at: Date }): Promise<Stored<Habit>> {
    try {
      const row = await this.db.habit.create({ data: { userId, name: habit.name, starterKey: habit.starterKey, createdAt: habit.at } });
      return { value: toHabit(row), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const row = await this.db.habit.findUniqueOrThrow({ where: { userId_name: { userId, name: habit.name } } });
      return { value: toHabit(row), created: false };
    }
  }

  async update(userId: number, habitId: number, patch: { name?: string; archivedAt?: Date | null }): Promise<Habit | null> {
    // Scoped by user: someone else's habit id changes nothing.
    const { count } = await this.db.habit.updateMany({ where: { id: habitId, userId }, data: patch });
    if (!count) return null;
    return toHabit(await this.db.habit.findUniqueOrThrow({ where: { id: habitId } }));
  }

  async tick(userId: number, habitId: number, localDate: string, at: Date): Promise<boolean> {
    try {
      await this.db.habitTick.create({ data: { userId, habitId, localDate, createdAt: at } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async untick(userId: number, habitId: number, localDate: string): Promise<boolean> {
    const { count } = await this.db.habitTick.deleteMany({ where: { userId, habitId, localDate } });
    return count > 0;
  }

  async ticks(userId: number, fromDate: string, toDate: string): Promise<HabitTick[]> {
    // YYYY-MM-DD strings sort like the dates they name.
    return this.db.habitTick.findMany({
      where: { userId, localDate: { gte: fromDate, lte: toDate } },
      orderBy: [{ localDate: "asc" }, { habitId: "asc" }],
      select: { habitId: true, localDate: true },
    });
  }
}
