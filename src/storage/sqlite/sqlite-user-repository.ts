import type { UserRef } from "../../core/events";
import type { User } from "../../core/model";
import type { User as UserRow } from "../generated/sqlite/client";
import type { Db } from "../prisma-db";
import { PrismaUserRepository, toUser } from "../prisma-user-repository";
import { fromSqliteTime, toSqliteTime, type SqliteDirect } from "./direct-connection";

type StoredUserRow = Omit<UserRow, "paused" | "inactive" | `${string}At` | "pausedUntil" | "vacationUntil" | "unansweredSince"> & {
  paused: number;
  inactive: number;
  createdAt: string;
  onboardedAt: string | null;
  pausedUntil: string | null;
  lastSummaryAt: string | null;
  vacationUntil: string | null;
  lastSafetyNudgeAt: string | null;
  pauseAskedAt: string | null;
  unansweredSince: string | null;
};

function fromRow(row: StoredUserRow): User {
  return toUser({
    ...row,
    paused: row.paused !== 0,
    inactive: row.inactive !== 0,
    createdAt: fromSqliteTime(row.createdAt),
    onboardedAt: fromSqliteTime(row.onboardedAt),
    pausedUntil: fromSqliteTime(row.pausedUntil),
    lastSummaryAt: fromSqliteTime(row.lastSummaryAt),
    vacationUntil: fromSqliteTime(row.vacationUntil),
    lastSafetyNudgeAt: fromSqliteTime(row.lastSafetyNudgeAt),
    pauseAskedAt: fromSqliteTime(row.pauseAskedAt),
    unansweredSince: fromSqliteTime(row.unansweredSince),
  });
}

const SELECT_BY_REF = `SELECT * FROM "User" WHERE "platform" = ? AND "platformUserId" = ?`;

/**
 * Prisma's user repository (and its row cache), with the lookup a person's first message in a
 * while needs, and the row a new person gets, as prepared SQL. Profile changes stay with Prisma.
 */
export class SqliteUserRepository extends PrismaUserRepository {
  constructor(
    db: Db,
    private readonly direct: SqliteDirect,
  ) {
    super(db);
  }

  protected override read(ref: UserRef): Promise<User | null> {
    return this.direct.read(() => {
      const row = this.direct.statement(SELECT_BY_REF).get(ref.platform, ref.platformUserId) as StoredUserRow | undefined;
      return row ? fromRow(row) : null;
    });
  }

  protected override create(ref: UserRef): Promise<User> {
    // The other columns take the schema's defaults; createdAt is written as Prisma writes times.
    return this.direct.write(() => {
      this.direct
        .statement(`INSERT INTO "User" ("platform", "platformUserId", "createdAt") VALUES (?, ?, ?) ON CONFLICT ("platform", "platformUserId") DO NOTHING`)
        .run(ref.platform, ref.platformUserId, toSqliteTime(new Date()));
      return fromRow(this.direct.statement(SELECT_BY_REF).get(ref.platform, ref.platformUserId) as StoredUserRow);
    });
  }
}
