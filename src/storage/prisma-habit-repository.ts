import type { Habit, HabitTick } from "../core/model";
import type { HabitRepository, Stored } from "../core/ports";
import type { Habit as HabitRow } from "./generated/sqlite/client";
import type { FieldCipher } from "./encryption/field-cipher";
import { isUniqueViolation, type Db } from "./prisma-db";

function toHabit(row: HabitRow, cipher: FieldCipher): Habit {
  return { id: row.id, name: cipher.open(row.name), starterKey: row.starterKey, createdAt: row.createdAt, archivedAt: row.archivedAt };
}

export class PrismaHabitRepository implements HabitRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  /** The sealed name and its lookup hash: the database refuses a second habit of one name without reading it. */
  private nameColumns(name: string): { name: string; nameKey: string } {
    return { name: this.cipher.seal(name), nameKey: this.cipher.lookupHash(name) };
  }

  async list(userId: number, options: { includeArchived?: boolean } = {}): Promise<Habit[]> {
    const rows = await this.db.habit.findMany({
      where: { userId, ...(options.includeArchived ? {} : { archivedAt: null }) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return rows.map((row) => toHabit(row, this.cipher));
  }

  async add(userId: number, habit: { name: string; starterKey: string | null; at: Date }): Promise<Stored<Habit>> {
    // Names written under an older key have another lookup hash, so they are compared opened first.
    const same = (await this.list(userId, { includeArchived: true })).find((existing) => existing.name === habit.name);
    if (same) return { value: same, created: false };
    try {
      const row = await this.db.habit.create({ data: { userId, ...this.nameColumns(habit.name), starterKey: habit.starterKey, createdAt: habit.at } });
      return { value: toHabit(row, this.cipher), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const row = await this.db.habit.findUniqueOrThrow({ where: { userId_nameKey: { userId, nameKey: this.cipher.lookupHash(habit.name) } } });
      return { value: toHabit(row, this.cipher), created: false };
    }
  }

  async update(userId: number, habitId: number, patch: { name?: string; archivedAt?: Date | null }): Promise<Habit | null> {
    // Scoped by user: someone else's habit id changes nothing.
    const { name, ...rest } = patch;
    const data = { ...rest, ...(name !== undefined ? this.nameColumns(name) : {}) };
    const { count } = await this.db.habit.updateMany({ where: { id: habitId, userId }, data });
    if (!count) return null;
    return toHabit(await this.db.habit.findUniqueOrThrow({ where: { id: habitId } }), this.cipher);
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
