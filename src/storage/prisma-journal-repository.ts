import type { JournalEntry } from "../core/model";
import type { JournalRepository, Stored } from "../core/ports";
import type { JournalEntry as EntryRow } from "./generated/sqlite/client";
import { isUniqueViolation, type Db } from "./prisma-db";

function toEntry(row: EntryRow): JournalEntry {
  return {
    id: row.id,
    text: row.text,
    createdAt: row.createdAt,
    checkInId: row.checkInId,
    starred: row.starred,
    tags: row.tags ? row.tags.split(" ") : [],
  };
}

export class PrismaJournalRepository implements JournalRepository {
  constructor(private readonly db: Db) {}

  async add(
    userId: number,
    entry: { text: string; at: Date; checkInId?: number | null; tags: string[]; sourceEventId?: string },
  ): Promise<Stored<JournalEntry>> {
    const sourceEventId = entry.sourceEventId ?? null;
    try {
      const row = await this.db.journalEntry.create({
        data: {
          userId,
          text: entry.text,
          createdAt: entry.at,
          checkInId: entry.checkInId ?? null,
          tags: entry.tags.join(" "),
          sourceEventId,
        },
      });
      return { value: toEntry(row), created: true };
    } catch (error) {
      if (!sourceEventId || !isUniqueViolation(error)) throw error;
      const row = await this.db.journalEntry.findUniqueOrThrow({ where: { userId_sourceEventId: { userId, sourceEventId } } });
      return { value: toEntry(row), created: false };
    }
  }

  async list(userId: number, options: { since?: Date; limit: number }): Promise<JournalEntry[]> {
    const rows = await this.db.journalEntry.findMany({
      where: { userId, ...(options.since ? { createdAt: { gte: options.since } } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.limit,
    });
    return rows.map(toEntry);
  }
}
