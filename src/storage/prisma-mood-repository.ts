import type { Mood } from "../core/model";
import type { MoodRepository, Stored } from "../core/ports";
import type { Mood as MoodRow } from "./generated/sqlite/client";
import { isUniqueViolation, type Db } from "./prisma-db";

function toMood(row: MoodRow): Mood {
  return { id: row.id, value: row.value, at: row.recordedAt, checkInId: row.checkInId };
}

export class PrismaMoodRepository implements MoodRepository {
  constructor(private readonly db: Db) {}

  async add(userId: number, mood: { value: number; at: Date; checkInId?: number | null; sourceEventId?: string }): Promise<Stored<Mood>> {
    const checkInId = mood.checkInId ?? null;
    const sourceEventId = mood.sourceEventId ?? null;
    try {
      const row = await this.db.mood.create({ data: { userId, value: mood.value, recordedAt: mood.at, checkInId, sourceEventId } });
      return { value: toMood(row), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same check-in or the same platform event: the mood is there already.
      const row = await this.db.mood.findFirstOrThrow({
        where: { userId, OR: [...(checkInId !== null ? [{ checkInId }] : []), ...(sourceEventId ? [{ sourceEventId }] : [])] },
      });
      return { value: toMood(row), created: false };
    }
  }

  async list(userId: number, since: Date, until: Date): Promise<Mood[]> {
    const rows = await this.db.mood.findMany({
      where: { userId, recordedAt: { gte: since, lt: until } },
      orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toMood);
  }

  async removeLatestLogged(userId: number): Promise<Mood | null> {
    const row = await this.db.mood.findFirst({ where: { userId, checkInId: null }, orderBy: [{ recordedAt: "desc" }, { id: "desc" }] });
    if (!row) return null;
    await this.db.mood.deleteMany({ where: { id: row.id, userId } });
    return toMood(row);
  }
}
