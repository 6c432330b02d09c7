import type { SessionNote } from "../core/model";
import type { SessionNoteRepository, Stored } from "../core/ports";
import { createNumbered } from "./next-number";
import type { Db } from "./prisma-db";

const FIELDS = { id: true, number: true, text: true, createdAt: true } as const;

export class PrismaSessionNoteRepository implements SessionNoteRepository {
  constructor(private readonly db: Db) {}

  async add(userId: number, text: string, at: Date, sourceEventId?: string): Promise<Stored<SessionNote>> {
    return createNumbered({
      existing: () =>
        sourceEventId
          ? this.db.sessionNote.findUnique({ where: { userId_sourceEventId: { userId, sourceEventId } }, select: FIELDS })
          : Promise.resolve(null),
      highest: async () => (await this.db.sessionNote.aggregate({ where: { userId }, _max: { number: true } }))._max.number,
      create: (number) => this.db.sessionNote.create({ data: { userId, number, text, createdAt: at, sourceEventId: sourceEventId ?? null }, select: FIELDS }),
    });
  }

  async list(userId: number, options: { since?: Date }): Promise<SessionNote[]> {
    return this.db.sessionNote.findMany({
      where: { userId, ...(options.since ? { createdAt: { gte: options.since } } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: FIELDS,
    });
  }

  async remove(userId: number, number: number): Promise<boolean> {
    const { count } = await this.db.sessionNote.deleteMany({ where: { userId, number } });
    return count > 0;
  }
}
