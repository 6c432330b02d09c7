import type { Db } from "../prisma-db";
import type { FieldCipher } from "./field-cipher";

type Row = Record<string, string | number | null>;

/** A table with columns that hold what a person wrote. */
interface SealedTable {
  model: "journalEntry" | "win" | "goal" | "goalStep" | "sessionNote" | "safetyPlanItem" | "conversation" | "habit";
  key: "id" | "userId";
  columns: readonly string[];
  /** Columns that may be null (nothing to seal). */
  nullable?: readonly string[];
  /** Columns computed from the opened values with the current key (a habit's lookup hash). */
  derive?: (opened: Record<string, string | null>, cipher: FieldCipher) => Record<string, string>;
}

/** Every column of every table that holds a person's words: the one list rotation and start-up read. */
export const SEALED_TABLES: readonly SealedTable[] = [
  { model: "journalEntry", key: "id", columns: ["text", "tags"] },
  { model: "win", key: "id", columns: ["text"] },
  { model: "goal", key: "id", columns: ["text"] },
  { model: "goalStep", key: "id", columns: ["text"] },
  { model: "sessionNote", key: "id", columns: ["text"] },
  { model: "safetyPlanItem", key: "id", columns: ["text", "contact"], nullable: ["contact"] },
  { model: "conversation", key: "userId", columns: ["data"] },
  { model: "habit", key: "id", columns: ["name"], derive: (opened, cipher) => ({ nameKey: cipher.lookupHash(opened.name ?? "") }) },
];

interface Delegate {
  findMany(args: object): Promise<Row[]>;
  count(args: object): Promise<number>;
  updateMany(args: object): unknown;
}

function delegate(db: Db, table: SealedTable): Delegate {
  return (db as unknown as Record<string, Delegate>)[table.model]!;
}

/** Rows with any column not yet sealed with the current key (plaintext from before, or an old key). */
function staleWhere(table: SealedTable, cipher: FieldCipher): object {
  const prefix = `b1.${cipher.currentKeyId}.`;
  const notCurrent = (column: string) => ({ NOT: { [column]: { startsWith: prefix } } });
  // A null (no contact) is nothing to seal: "not null" keeps it out however NOT treats nulls.
  return {
    OR: table.columns.map((column) => (table.nullable?.includes(column) ? { AND: [{ [column]: { not: null } }, notCurrent(column)] } : notCurrent(column))),
  };
}

export interface ResealProgress {
  table: string;
  resealed: number;
}

/**
 * Seals again, with the current key, every value that is plaintext or sealed with an older key, in
 * batches. Each row is written only if it still holds what was read, so the bot can run meanwhile;
 * a crash loses nothing and a second run goes on where the first stopped.
 */
export async function resealRows(
  db: Db,
  cipher: FieldCipher,
  options: { batchSize?: number; onBatch?: (progress: ResealProgress) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let total = 0;
  for (const table of SEALED_TABLES) {
    const rows = delegate(db, table);
    let cursor: number | null = null;
    for (;;) {
      const batch: Row[] = await rows.findMany({
        where: { AND: [staleWhere(table, cipher), cursor === null ? {} : { [table.key]: { gt: cursor } }] },
        orderBy: { [table.key]: "asc" },
        take: batchSize,
        select: Object.fromEntries([table.key, ...table.columns].map((column) => [column, true])),
      });
      if (batch.length === 0) break;
      cursor = batch[batch.length - 1]![table.key] as number;
      const writes = batch
        .filter((row) => table.columns.some((column) => !cipher.isCurrent(row[column] as string | null)))
        .map((row) => {
          const opened = Object.fromEntries(table.columns.map((column) => [column, cipher.openOrNull(row[column] as string | null)]));
          const sealed = Object.fromEntries(table.columns.map((column) => [column, cipher.sealOrNull(opened[column] ?? null)]));
          const unchanged = Object.fromEntries(table.columns.map((column) => [column, row[column]]));
          return rows.updateMany({
            where: { [table.key]: row[table.key], ...unchanged },
            data: { ...sealed, ...(table.derive?.(opened, cipher) ?? {}) },
          });
        });
      if (writes.length > 0) await db.$transaction(writes as never);
      total += writes.length;
      options.onBatch?.({ table: table.model, resealed: writes.length });
      if (batch.length < batchSize) break;
    }
  }
  return total;
}

/** How many rows still hold plaintext or a retired key's values. */
export async function countStaleRows(db: Db, cipher: FieldCipher): Promise<number> {
  let stale = 0;
  for (const table of SEALED_TABLES) stale += await delegate(db, table).count({ where: staleWhere(table, cipher) });
  return stale;
}

/**
 * Seals whatever is stale, then, if nothing is left under an older key, forgets the retired keys
 * (their ids leave the database, so start-up stops asking for them). Run on every start and by rotate-key.
 */
export async function resealAndRetire(
  db: Db,
  cipher: FieldCipher,
  options: { batchSize?: number; onBatch?: (progress: ResealProgress) => void } = {},
): Promise<{ resealed: number; stale: number; retiredKeys: number }> {
  const resealed = await resealRows(db, cipher, options);
  const stale = await countStaleRows(db, cipher);
  const retiredKeys = stale === 0 ? (await db.dataKey.deleteMany({ where: { id: { not: cipher.currentKeyId } } })).count : 0;
  return { resealed, stale, retiredKeys };
}
