import type { JournalEntry } from "../../core/model";
import type { Stored } from "../../core/ports";
import type { FieldCipher } from "../encryption/field-cipher";
import type { Db } from "../prisma-db";
import { PrismaJournalRepository, toEntry } from "../prisma-journal-repository";
import { fromSqliteTime, toSqliteTime, type SqliteDirect } from "./direct-connection";

interface EntryRow {
  id: number;
  userId: number;
  number: number;
  text: string;
  createdAt: string;
  editedAt: string | null;
  checkInId: number | null;
  starred: number;
  starredAt: string | null;
  tags: string;
  sourceEventId: string | null;
}

const COLUMNS = `"id", "userId", "number", "text", "createdAt", "editedAt", "checkInId", "starred", "starredAt", "tags", "sourceEventId"`;

function fromRow(row: EntryRow, cipher: FieldCipher): JournalEntry {
  return toEntry(
    { ...row, createdAt: fromSqliteTime(row.createdAt), editedAt: fromSqliteTime(row.editedAt), starredAt: fromSqliteTime(row.starredAt), starred: row.starred !== 0 },
    cipher,
  );
}

/** Prisma's journal repository, with the line written on every journal message as prepared SQL. */
export class SqliteJournalRepository extends PrismaJournalRepository {
  constructor(
    db: Db,
    cipher: FieldCipher,
    private readonly direct: SqliteDirect,
  ) {
    super(db, cipher);
  }

  override add(
    userId: number,
    entry: { text: string; at: Date; checkInId?: number | null; tags: string[]; sourceEventId?: string },
  ): Promise<Stored<JournalEntry>> {
    const sourceEventId = entry.sourceEventId ?? null;
    const text = this.cipher.seal(entry.text);
    const tags = this.cipher.seal(entry.tags.join(" "));
    // One transaction holding the write lock: the next number cannot be taken by anyone between
    // the read and the insert, and a redelivered message is found instead of stored again.
    return this.direct.write(() => {
      if (sourceEventId !== null) {
        const existing = this.direct.statement(`SELECT ${COLUMNS} FROM "JournalEntry" WHERE "userId" = ? AND "sourceEventId" = ?`).get(userId, sourceEventId) as EntryRow | undefined;
        if (existing) return { value: fromRow(existing, this.cipher), created: false };
      }
      const { highest } = this.direct.statement(`SELECT MAX("number") AS highest FROM "JournalEntry" WHERE "userId" = ?`).get(userId) as { highest: number | null };
      const number = (highest ?? 0) + 1;
      const checkInId = entry.checkInId ?? null;
      const { id } = this.direct
        .statement(`INSERT INTO "JournalEntry" ("userId", "number", "text", "createdAt", "checkInId", "starred", "tags", "sourceEventId") VALUES (?, ?, ?, ?, ?, 0, ?, ?) RETURNING "id"`)
        .get(userId, number, text, toSqliteTime(entry.at), checkInId, tags, sourceEventId) as { id: number };
      // What was just written, without opening what was just sealed.
      const value: JournalEntry = { id, number, text: entry.text, createdAt: new Date(entry.at), editedAt: null, checkInId, starred: false, starredAt: null, tags: [...entry.tags] };
      return { value, created: true };
    });
  }
}
