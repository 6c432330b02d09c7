import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Telegram keeps an unconfirmed update for 24 hours; a record older than that can never matter. */
export const ANSWERED_RECORD_MAX_AGE_MS = 24 * 60 * 60_000;
/** The file is rewritten with only the live records once this many lines were appended. */
const COMPACT_AFTER_LINES = 2_000;
/** Without offsets to go by (webhook mode), the newest this many records are kept. */
const MAX_RECORDS = 10_000;

/**
 * Which updates were answered (handled, replies sent) but may not be confirmed to Telegram yet.
 * A crash between the reply and the next getUpdates makes Telegram send the update again; the
 * core stores nothing twice (per-event ids), and this record keeps the person from getting the
 * reply twice.
 */
export interface AnsweredUpdates {
  has(updateId: number): boolean;
  /** Called once the update's replies went out. Durable against a crash of the process when it returns. */
  record(updateId: number): void;
  /** Telegram confirmed every update below `offset`: they never come again. */
  confirmedBelow(offset: number): void;
  close(): void;
}

/** Keeps nothing across restarts (tests, or no data folder): in one process the update ledger already drops repeats. */
export const NO_ANSWERED_RECORD: AnsweredUpdates = { has: () => false, record() {}, confirmedBelow() {}, close() {} };

/**
 * An append-only file of `updateId answeredAtMs` lines beside the database. Each record is one
 * small write(2) after the replies went out, so a killed process keeps it (the page cache
 * survives the process; a power cut may lose the last few, which then get a second reply).
 * Confirmed updates are dropped and the file is compacted now and then, so it stays small.
 */
export class AnsweredUpdatesFile implements AnsweredUpdates {
  private readonly answered = new Map<number, number>();
  private fd: number;
  private appended = 0;
  private closed = false;

  constructor(
    private readonly path: string,
    private readonly now: () => number = Date.now,
  ) {
    if (existsSync(path)) {
      const oldest = this.now() - ANSWERED_RECORD_MAX_AGE_MS;
      for (const line of readFileSync(path, "utf8").split("\n")) {
        const [id, at] = line.split(" ").map(Number);
        // A line cut short by a crash mid-write is skipped.
        if (Number.isSafeInteger(id) && Number.isSafeInteger(at) && at! >= oldest) this.answered.set(id!, at!);
      }
    }
    this.fd = this.rewrite();
  }

  /** `<dir>/telegram-answered-<bot id>`: update ids are per bot, so a new token starts a new file. */
  static inFolder(dir: string, token: string): AnsweredUpdatesFile {
    mkdirSync(dir, { recursive: true });
    const botId = /^(\d+):/.exec(token)?.[1] ?? "bot";
    return new AnsweredUpdatesFile(join(dir, `telegram-answered-${botId}`));
  }

  has(updateId: number): boolean {
    return this.answered.has(updateId);
  }

  record(updateId: number): void {
    // An update that outlived stop(): the file is closed (and its descriptor may be reused).
    if (this.closed) return;
    const at = this.now();
    this.answered.set(updateId, at);
    writeSync(this.fd, `${updateId} ${at}\n`);
    this.appended += 1;
    if (this.appended >= COMPACT_AFTER_LINES) this.compact();
  }

  confirmedBelow(offset: number): void {
    for (const id of this.answered.keys()) if (id < offset) this.answered.delete(id);
  }

  get size(): number {
    return this.answered.size;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private compact(): void {
    if (this.answered.size > MAX_RECORDS) {
      const newest = [...this.answered.keys()].sort((a, b) => b - a).slice(0, MAX_RECORDS);
      const keep = new Set(newest);
      for (const id of this.answered.keys()) if (!keep.has(id)) this.answered.delete(id);
    }
    closeSync(this.fd);
    this.fd = this.rewrite();
  }

  /** Writes the live records to a new file, swaps it in, and opens it for appending. */
  private rewrite(): number {
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, [...this.answered].map(([id, at]) => `${id} ${at}\n`).join(""));
    renameSync(temporary, this.path);
    this.appended = 0;
    return openSync(this.path, "a");
  }
}
