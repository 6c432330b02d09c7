import type { CheckInSlot } from "../core/model";
import type { CheckInSlotRepository } from "../core/ports";
import type { CheckInSlot as SlotRow } from "./generated/sqlite/client";
import type { Db } from "./prisma-db";

function toSlot(row: SlotRow): CheckInSlot {
  return {
    id: row.id,
    userId: row.userId,
    localTime: row.localTime,
    weekdays: [...row.weekdays].map(Number),
    nextDueAt: row.nextDueAt,
  };
}

export class PrismaCheckInSlotRepository implements CheckInSlotRepository {
  constructor(private readonly db: Db) {}

  async list(userId: number): Promise<CheckInSlot[]> {
    const rows = await this.db.checkInSlot.findMany({ where: { userId }, orderBy: { localTime: "asc" } });
    return rows.map(toSlot);
  }

  async upsert(userId: number, slot: Omit<CheckInSlot, "id" | "userId">): Promise<CheckInSlot> {
    const data = { localTime: slot.localTime, weekdays: slot.weekdays.join(""), nextDueAt: slot.nextDueAt };
    const row = await this.db.checkInSlot.upsert({
      where: { userId_localTime: { userId, localTime: slot.localTime } },
      create: { userId, ...data },
      update: data,
    });
    return toSlot(row);
  }

  async remove(userId: number, localTime: string): Promise<boolean> {
    const { count } = await this.db.checkInSlot.deleteMany({ where: { userId, localTime } });
    return count > 0;
  }

  async removeAll(userId: number): Promise<void> {
    await this.db.checkInSlot.deleteMany({ where: { userId } });
  }

  async setNextDue(slotId: number, nextDueAt: Date): Promise<void> {
    await this.db.checkInSlot.update({ where: { id: slotId }, data: { nextDueAt } });
  }
}
