import type { ConversationState } from "../core/model";
import type { ConversationRepository } from "../core/ports";
import type { FieldCipher } from "./encryption/field-cipher";
import type { Db } from "./prisma-db";

export class PrismaConversationRepository implements ConversationRepository {
  constructor(
    private readonly db: Db,
    protected readonly cipher: FieldCipher,
  ) {}

  async get(userId: number): Promise<ConversationState | null> {
    const row = await this.db.conversation.findUnique({ where: { userId } });
    if (!row) return null;
    return { flow: row.flow, step: row.step, data: JSON.parse(this.cipher.open(row.data)) as Record<string, unknown>, updatedAt: row.updatedAt };
  }

  async set(userId: number, state: Omit<ConversationState, "updatedAt">): Promise<void> {
    const data = { flow: state.flow, step: state.step, data: this.cipher.seal(JSON.stringify(state.data)) };
    await this.db.conversation.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  }

  async clear(userId: number): Promise<void> {
    await this.db.conversation.deleteMany({ where: { userId } });
  }
}
