import type { ErasureRepository } from "../core/ports";
import type { Db } from "./prisma-db";
import { forgetCachedUser } from "./user-row-cache";

export class PrismaErasureRepository implements ErasureRepository {
  constructor(
    private readonly db: Db,
    private readonly provider: "sqlite" | "postgresql",
  ) {}

  async eraseUser(userId: number): Promise<void> {
    // Every other row hangs off the user with ON DELETE CASCADE.
    await this.db.user.deleteMany({ where: { id: userId } });
    // The user repository caches rows by platform id: a message after /delete must start afresh.
    forgetCachedUser(this.db, userId);
    if (this.provider === "sqlite") {
      // secure_delete has zeroed the freed cells; the write-ahead log still holds older copies of
      // those pages until it is checkpointed and cut back to nothing.
      await this.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    }
  }

  async eraseOlderThan(userId: number, before: Date): Promise<number> {
    const older = { userId, createdAt: { lt: before } };
    const counts = await this.db.$transaction([
      this.db.journalEntry.deleteMany({ where: older }),
      this.db.win.deleteMany({ where: older }),
      this.db.mood.deleteMany({ where: { userId, recordedAt: { lt: before } } }),
      // A check-in still being sent is left to finish; an answered or missed one goes.
      this.db.checkIn.deleteMany({ where: { userId, dueAt: { lt: before }, status: { notIn: ["pending", "sending"] } } }),
      this.db.sessionNote.deleteMany({ where: older }),
      this.db.habitTick.deleteMany({ where: older }),
      this.db.goal.deleteMany({ where: { userId, doneAt: { lt: before } } }),
    ]);
    return counts.reduce((sum, { count }) => sum + count, 0);
  }

  async withRetention(): Promise<{ userId: number; days: number }[]> {
    const rows = await this.db.user.findMany({ where: { retentionDays: { not: null } }, select: { id: true, retentionDays: true } });
    return rows.map((row) => ({ userId: row.id, days: row.retentionDays! }));
  }
}
