import type { ConversationState } from "../../core/model";
import type { FieldCipher } from "../encryption/field-cipher";
import type { Db } from "../prisma-db";
import { PrismaConversationRepository } from "../prisma-conversation-repository";
import { fromSqliteTime, toSqliteTime, type SqliteDirect } from "./direct-connection";

interface ConversationRow {
  flow: string;
  step: string;
  data: string;
  updatedAt: string;
}

/** Every message asks whether a conversation is in progress, and /safety ends one: as prepared SQL. */
export class SqliteConversationRepository extends PrismaConversationRepository {
  constructor(
    db: Db,
    cipher: FieldCipher,
    private readonly direct: SqliteDirect,
  ) {
    super(db, cipher);
  }

  override get(userId: number): Promise<ConversationState | null> {
    return this.direct.read(() => {
      const row = this.direct.statement(`SELECT "flow", "step", "data", "updatedAt" FROM "Conversation" WHERE "userId" = ?`).get(userId) as ConversationRow | undefined;
      if (!row) return null;
      return { flow: row.flow, step: row.step, data: JSON.parse(this.cipher.open(row.data)) as Record<string, unknown>, updatedAt: fromSqliteTime(row.updatedAt) };
    });
  }

  override set(userId: number, state: Omit<ConversationState, "updatedAt">): Promise<void> {
    const data = this.cipher.seal(JSON.stringify(state.data));
    return this.direct.write(() => {
      this.direct
        .statement(
          `INSERT INTO "Conversation" ("userId", "flow", "step", "data", "updatedAt") VALUES (?, ?, ?, ?, ?)
           ON CONFLICT ("userId") DO UPDATE SET "flow" = excluded."flow", "step" = excluded."step", "data" = excluded."data", "updatedAt" = excluded."updatedAt"`,
        )
        .run(userId, state.flow, state.step, data, toSqliteTime(new Date()));
    });
  }

  override clear(userId: number): Promise<void> {
    return this.direct.write(() => {
      this.direct.statement(`DELETE FROM "Conversation" WHERE "userId" = ?`).run(userId);
    });
  }
}
