import type { Win } from "../core/model";
import type { Stored, WinRepository } from "../core/ports";
import type { FieldCipher } from "./encryption/field-cipher";
import { isUniqueViolation, type Db } from "./prisma-db";

const FIELDS = { id: true, text: true, createdAt: true } as const;

export class PrismaWinRepository implements WinRepository {
  constructor(
    private readonly db: Db,
    protected readonly cipher: FieldCipher,
  ) {}

  private toWin(row: Win): Win {
    return { ...row, text: this.cipher.open(row.text) };
  }

  async add(userId: number, text: string, at: Date, sourceEventId?: string): Promise<Stored<Win>> {
    try {
      const row = await this.db.win.create({
        data: { userId, text: this.cipher.seal(text), createdAt: at, sourceEventId: sourceEventId ?? null },
        select: FIELDS,
      });
      return { value: this.toWin(row), created: true };
    } catch (error) {
      if (!sourceEventId || !isUniqueViolation(error)) throw error;
      const row = await this.db.win.findUniqueOrThrow({ where: { userId_sourceEventId: { userId, sourceEventId } }, select: FIELDS });
      return { value: this.toWin(row), created: false };
    }
  }

  async list(userId: number, options: { since?: Date; limit: number }): Promise<Win[]> {
    const rows = await this.db.win.findMany({
      where: { userId, ...(options.since ? { createdAt: { gte: options.since } } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.limit,
      select: FIELDS,
    });
    return rows.map((row) => this.toWin(row));
  }

  async count(userId: number): Promise<number> {
    return this.db.win.count({ where: { userId } });
  }
}
