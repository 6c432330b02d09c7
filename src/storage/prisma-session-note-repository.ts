import type { SessionNote } from "../core/model";
import type { SessionNoteRepository, Stored } from "../core/ports";
import { createNumbered } from "./next-number";
import type { FieldCipher } from "./encryption/field-cipher";
import type { Db } from "./prisma-db";

const FIELDS = { id: true, number: true, text: true, createdAt: true } as const;

export class PrismaSessionNoteRepository implements SessionNoteRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  private toNote(row: SessionNote): SessionNote {
    return { ...row, text: this.cipher.open(row.text) };
  }

  async add(userId: number, text: string, at: Date, sourceEventId?: string): Promise<Stored<SessionNote>> {
    const stored = await createNumbered({
      existing: () =>
        sourceEventId
          ? this.db.sessionNote.findUnique({ where: { userId_sourceEventId: { userId, sourceEventId } }, select: FIELDS })
          : Promise.resolve(null),
      highest: async () => (await this.db.sessionNote.aggregate({ where: { userId }, _max: { number: true } }))._max.number,
      create: (number) =>
        this.db.sessionNote.create({ data: { userId, number, text: this.cipher.seal(text), createdAt: at, sourceEventId: sourceEventId ?? null }, select: FIELDS }),
    });
    return { value: this.toNote(stored.value), created: stored.created };
  }

  async list(userId: number, options: { since?: Date }): Promise<SessionNote[]> {
    const rows = await this.db.sessionNote.findMany({
      where: { userId, ...(options.since ? { createdAt: { gte: options.since } } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: FIELDS,
    });
    return rows.map((row) => this.toNote(row));
  }

  async remove(userId: number, number: number): Promise<boolean> {
    const { count } = await this.db.sessionNote.deleteMany({ where: { userId, number } });
    return count > 0;
  }
}
