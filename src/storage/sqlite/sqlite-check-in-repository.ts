import type { CheckIn } from "../../core/model";
import { PrismaCheckInRepository, toCheckIn } from "../prisma-check-in-repository";
import type { Db } from "../prisma-db";
import { fromSqliteTime, toSqliteTime, type SqliteDirect } from "./direct-connection";

interface CheckInRow {
  id: number;
  userId: number;
  idempotencyKey: string;
  localDate: string;
  localTime: string;
  dueAt: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  sentAt: string | null;
  answeredAt: string | null;
  mood: number | null;
  sleepHours: number | null;
  promptId: string | null;
}

/** Prisma's check-in repository; the question every journal line asks (is it a check-in answer?) as prepared SQL. */
export class SqliteCheckInRepository extends PrismaCheckInRepository {
  constructor(
    db: Db,
    private readonly direct: SqliteDirect,
  ) {
    super(db);
  }

  override latestSent(userId: number, since: Date): Promise<CheckIn | null> {
    // Answered from the index CheckIn(userId, status, sentAt) (EXPLAIN QUERY PLAN: SEARCH ... USING INDEX).
    // The columns are listed: a column added to CheckIn must be added here too.
    return this.direct.read(() => {
      const row = this.direct
        .statement(
          `SELECT "id", "userId", "idempotencyKey", "localDate", "localTime", "dueAt", "status", "attempts", "nextAttemptAt",
                  "sentAt", "answeredAt", "mood", "sleepHours", "promptId"
           FROM "CheckIn"
           WHERE "userId" = ? AND "status" = 'sent' AND "sentAt" >= ?
           ORDER BY "sentAt" DESC, "id" DESC
           LIMIT 1`,
        )
        .get(userId, toSqliteTime(since)) as CheckInRow | undefined;
      if (!row) return null;
      return toCheckIn({
        ...row,
        dueAt: fromSqliteTime(row.dueAt),
        nextAttemptAt: fromSqliteTime(row.nextAttemptAt),
        sentAt: fromSqliteTime(row.sentAt),
        answeredAt: fromSqliteTime(row.answeredAt),
      });
    });
  }
}
