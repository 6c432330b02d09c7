import type { Win } from "../core/model";
import type { Stored, WinRepository } from "../core/ports";
import { isUniqueViolation, type Db } from "./prisma-db";

export class PrismaWinRepository implements WinRepository {
  constructor(private readonly db: Db) {}

  async add(userId: number, text: string, at: Date, sourceEventId?: string): Promise<Stored<Win>> {
    try {
      const row = await this.db.win.create({ data: { userId, text, createdAt: at, sourceEventId: sourceEventId ?? null } });
      return { value: row, created: true };
    } catch (error) {
      if (!sourceEventId || !isUniqueViolation(error)) throw error;
      const row = await this.db.win.findUniqueOrThrow({ where: { userId_sourceEventId: { userId, sourceEventId } } });
      return { value: row, created: false };
    }
  }

  async list(userId: number, options: { since?: Date; limit: number }): Promise<Win[]> {
    return this.db.win.findMany({
      where: { userId, ...(options.since ? { createdAt: { gte: options.since } } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.limit,
      select: { id: true, text: true, createdAt: true },
    });
  }

  async count(userId: number): Promise<number> {
    return this.db.win.count({ where: { userId } });
  }
}
