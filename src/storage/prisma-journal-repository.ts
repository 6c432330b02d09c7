import type { JournalEntry } from "../core/model";
import type { JournalEntryPatch, JournalRepository, Stored } from "../core/ports";
import type { JournalEntry as EntryRow } from "./generated/sqlite/client";
import { createNumbered } from "./next-number";
import type { FieldCipher } from "./encryption/field-cipher";
import type { Db } from "./prisma-db";

/** Search reads a person's entries in pages this big, newest first, until it has enough. */
const SEARCH_PAGE = 500;

function splitTags(opened: string): string[] {
  return opened ? opened.split(" ") : [];
}

export function toEntry(row: EntryRow, cipher: FieldCipher): JournalEntry {
  return {
    id: row.id,
    number: row.number,
    text: cipher.open(row.text),
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    checkInId: row.checkInId,
    starred: row.starred,
    starredAt: row.starredAt,
    tags: splitTags(cipher.open(row.tags)),
  };
}

/** Every word, ignoring case in every script (SQLite's LIKE only folds ASCII, so this is done here). */
export function containsAll(text: string, words: readonly string[]): boolean {
  const haystack = text.toLocaleLowerCase();
  return words.every((word) => haystack.includes(word.toLocaleLowerCase()));
}

export class PrismaJournalRepository implements JournalRepository {
  constructor(
    private readonly db: Db,
    protected readonly cipher: FieldCipher,
  ) {}

  async add(
    userId: number,
    entry: { text: string; at: Date; checkInId?: number | null; tags: string[]; sourceEventId?: string },
  ): Promise<Stored<JournalEntry>> {
    const sourceEventId = entry.sourceEventId ?? null;
    const stored = await createNumbered({
      existing: () => (sourceEventId ? this.db.journalEntry.findUnique({ where: { userId_sourceEventId: { userId, sourceEventId } } }) : Promise.resolve(null)),
      highest: async () => (await this.db.journalEntry.aggregate({ where: { userId }, _max: { number: true } }))._max.number,
      create: (number) =>
        this.db.journalEntry.create({
          data: {
            userId,
            number,
            text: this.cipher.seal(entry.text),
            createdAt: entry.at,
            checkInId: entry.checkInId ?? null,
            tags: this.cipher.seal(entry.tags.join(" ")),
            sourceEventId,
          },
        }),
    });
    return { value: toEntry(stored.value, this.cipher), created: stored.created };
  }

  async list(userId: number, options: { since?: Date; until?: Date; limit: number }): Promise<JournalEntry[]> {
    const createdAt = { ...(options.since ? { gte: options.since } : {}), ...(options.until ? { lt: options.until } : {}) };
    const rows = await this.db.journalEntry.findMany({
      where: { userId, ...(options.since || options.until ? { createdAt } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.limit,
    });
    return rows.map((row) => toEntry(row, this.cipher));
  }

  async find(userId: number, number: number): Promise<JournalEntry | null> {
    const row = await this.db.journalEntry.findUnique({ where: { userId_number: { userId, number } } });
    return row ? toEntry(row, this.cipher) : null;
  }

  /** The text is sealed, so the database cannot search it: entries are opened and read here, a page at a time. */
  async search(userId: number, words: readonly string[], limit: number): Promise<JournalEntry[]> {
    const found: JournalEntry[] = [];
    for (let skip = 0; found.length < limit; skip += SEARCH_PAGE) {
      const rows = await this.db.journalEntry.findMany({
        where: { userId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip,
        take: SEARCH_PAGE,
      });
      for (const row of rows) {
        const entry = toEntry(row, this.cipher);
        if (found.length < limit && containsAll(entry.text, words)) found.push(entry);
      }
      if (rows.length < SEARCH_PAGE) break;
    }
    return found;
  }

  async update(userId: number, number: number, patch: JournalEntryPatch): Promise<JournalEntry | null> {
    const { tags, text, ...rest } = patch;
    const { count } = await this.db.journalEntry.updateMany({
      where: { userId, number },
      data: { ...rest, ...(text !== undefined ? { text: this.cipher.seal(text) } : {}), ...(tags ? { tags: this.cipher.seal(tags.join(" ")) } : {}) },
    });
    return count ? this.find(userId, number) : null;
  }

  async remove(userId: number, number: number): Promise<boolean> {
    const { count } = await this.db.journalEntry.deleteMany({ where: { userId, number } });
    return count > 0;
  }

  async starredSince(userId: number, since: Date): Promise<JournalEntry[]> {
    const rows = await this.db.journalEntry.findMany({
      where: { userId, starred: true, starredAt: { gte: since } },
      orderBy: [{ starredAt: "asc" }, { id: "asc" }],
    });
    return rows.map((row) => toEntry(row, this.cipher));
  }

  async tagsBetween(userId: number, since: Date, until: Date): Promise<{ at: Date; tags: string[] }[]> {
    const rows = await this.db.journalEntry.findMany({
      where: { userId, createdAt: { gte: since, lt: until } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { createdAt: true, tags: true },
    });
    // Sealed tags all look alike to the database: entries without tags are left out here.
    return rows.map((row) => ({ at: row.createdAt, tags: splitTags(this.cipher.open(row.tags)) })).filter((entry) => entry.tags.length > 0);
  }
}
