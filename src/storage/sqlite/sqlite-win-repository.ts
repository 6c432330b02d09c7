import type { Win } from "../../core/model";
import type { Stored } from "../../core/ports";
import type { FieldCipher } from "../encryption/field-cipher";
import type { Db } from "../prisma-db";
import { PrismaWinRepository } from "../prisma-win-repository";
import { fromSqliteTime, toSqliteTime, type SqliteDirect } from "./direct-connection";

interface WinRow {
  id: number;
  text: string;
  createdAt: string;
}

/** Prisma's win repository, with what a `win:` message and /wins do as prepared SQL. */
export class SqliteWinRepository extends PrismaWinRepository {
  constructor(
    db: Db,
    cipher: FieldCipher,
    private readonly direct: SqliteDirect,
  ) {
    super(db, cipher);
  }

  private fromRow(row: WinRow): Win {
    return { id: row.id, text: this.cipher.open(row.text), createdAt: fromSqliteTime(row.createdAt) };
  }

  override add(userId: number, text: string, at: Date, sourceEventId?: string): Promise<Stored<Win>> {
    const sealed = this.cipher.seal(text);
    return this.direct.write(() => {
      if (sourceEventId !== undefined) {
        const existing = this.direct.statement(`SELECT "id", "text", "createdAt" FROM "Win" WHERE "userId" = ? AND "sourceEventId" = ?`).get(userId, sourceEventId) as WinRow | undefined;
        if (existing) return { value: this.fromRow(existing), created: false };
      }
      const row = this.direct
        .statement(`INSERT INTO "Win" ("userId", "text", "createdAt", "sourceEventId") VALUES (?, ?, ?, ?) RETURNING "id", "text", "createdAt"`)
        .get(userId, sealed, toSqliteTime(at), sourceEventId ?? null) as WinRow;
      return { value: this.fromRow(row), created: true };
    });
  }

  override list(userId: number, options: { since?: Date; limit: number }): Promise<Win[]> {
    return this.direct.read(() => {
      const rows = (
        options.since
          ? this.direct
              .statement(`SELECT "id", "text", "createdAt" FROM "Win" WHERE "userId" = ? AND "createdAt" >= ? ORDER BY "createdAt" DESC, "id" DESC LIMIT ?`)
              .all(userId, toSqliteTime(options.since), options.limit)
          : this.direct.statement(`SELECT "id", "text", "createdAt" FROM "Win" WHERE "userId" = ? ORDER BY "createdAt" DESC, "id" DESC LIMIT ?`).all(userId, options.limit)
      ) as WinRow[];
      return rows.map((row) => this.fromRow(row));
    });
  }

  override count(userId: number): Promise<number> {
    return this.direct.read(() => (this.direct.statement(`SELECT COUNT(*) AS count FROM "Win" WHERE "userId" = ?`).get(userId) as { count: number }).count);
  }
}
