import { setTimeout as sleep } from "node:timers/promises";
import BetterSqlite3 from "better-sqlite3";

/** How long a statement waits, in all, for another connection's write lock before it fails. */
const BUSY_DEADLINE_MS = 5_000;
const MAX_BACKOFF_MS = 50;

/** How the Prisma adapter writes a DateTime on SQLite: the direct statements must read and write the same text. */
export function toSqliteTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function fromSqliteTime(text: string): Date;
export function fromSqliteTime(text: string | null): Date | null;
export function fromSqliteTime(text: string | null): Date | null {
  return text === null ? null : new Date(text);
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

interface PendingWrite {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * A second connection to the SQLite file, for the few statements on the message path (see
 * src/storage/sqlite/README.md): prepared once, run synchronously.
 *
 * Writes are committed in groups: the writes asked for in one turn of the event loop run in one
 * IMMEDIATE transaction, each inside its own savepoint (one that fails is undone alone), and each
 * caller's promise settles only after the commit. A commit costs far more than the inserts it
 * holds (write-ahead log pages, index pages), so under load this is most of the saving.
 *
 * It never waits for a lock synchronously (busy timeout 0): a Prisma transaction on the other
 * connection holds its lock across awaits, so a blocking wait here would stall the event loop
 * that transaction needs to finish. Instead a busy statement yields and is tried again.
 */
export class SqliteDirect {
  private readonly connection: BetterSqlite3.Database;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private readonly group: BetterSqlite3.Transaction<(writes: readonly PendingWrite[]) => Outcome[]>;
  private pending: PendingWrite[] = [];
  private flushing = false;

  constructor(
    path: string,
    private readonly options: { busyDeadlineMs?: number } = {},
  ) {
    this.connection = new BetterSqlite3(path, { timeout: 0 });
    // Per-connection settings, as open-database.ts gives Prisma's connection.
    this.connection.pragma("synchronous = NORMAL");
    this.connection.pragma("foreign_keys = ON");
    this.connection.pragma("secure_delete = ON");
    // A transaction function called inside another one runs as a savepoint.
    const one = this.connection.transaction((work: () => unknown) => work());
    this.group = this.connection.transaction((writes: readonly PendingWrite[]) =>
      writes.map((write): Outcome => {
        try {
          return { ok: true, value: one(write.work) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
  }

  /** The statement for `sql`, prepared on first use. */
  statement(sql: string): BetterSqlite3.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.connection.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  read<T>(work: () => T): Promise<T> {
    return this.whenFree(work);
  }

  /** Runs `work` atomically, holding the write lock from its first statement; settles once it is committed. */
  write<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.length === 1 && !this.flushing) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.pending.length > 0) {
      const writes = this.pending;
      this.pending = [];
      try {
        const outcomes = await this.whenFree(() => this.group.immediate(writes));
        outcomes.forEach((outcome, i) => (outcome.ok ? writes[i]!.resolve(outcome.value) : writes[i]!.reject(outcome.error)));
      } catch (error) {
        // Nothing of the group was committed (the lock never came, or the commit failed).
        for (const write of writes) write.reject(error);
      }
    }
    this.flushing = false;
  }

  /** Pages of write-ahead log after which a commit on this connection checkpoints (0: never). */
  autoCheckpoint(pages: number): void {
    this.connection.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(pages))}`);
  }

  close(): void {
    this.connection.close();
  }

  private async whenFree<T>(work: () => T): Promise<T> {
    const deadline = Date.now() + (this.options.busyDeadlineMs ?? BUSY_DEADLINE_MS);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return work();
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
        await sleep(Math.min(2 ** attempt, MAX_BACKOFF_MS));
      }
    }
  }
}
