import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the write-ahead log is copied back into the database file. */
export const CHECKPOINT_INTERVAL_MS = 1_000;

// Plain JavaScript, run as a worker from this string: no loader (tsx, vite) needs to be in the worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: 0 });
let timer;
function checkpoint() {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    // Another connection is checkpointing (SQLITE_BUSY): the next turn catches up.
  }
  timer = setTimeout(checkpoint, workerData.intervalMs);
}
timer = setTimeout(checkpoint, workerData.intervalMs);
parentPort.on("message", () => {
  clearTimeout(timer);
  checkpoint();
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints of the SQLite write-ahead log, on a thread of their own.
 *
 * SQLite checkpoints inside whichever commit pushes the log past 1,000 pages, and a checkpoint
 * syncs the database file to disk: measured at 8 to 31 ms on this machine, with the event loop
 * stopped, so every message in flight waited (the steady-load p99 of bench:telegram). Here the
 * connections in the main thread run with `wal_autocheckpoint = 0` and a worker copies the log back
 * every second (PASSIVE: it never waits for readers or writers, nor they for it).
 */
export class BackgroundCheckpoints {
  private readonly worker: Worker;
  private stopped: Promise<void> | null = null;
  private exited = false;

  /** `onFailure`: the thread could not start or died; the caller turns SQLite's own checkpoints back on. */
  constructor(path: string, onFailure: () => void, intervalMs = CHECKPOINT_INTERVAL_MS) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, intervalMs } });
    // A checkpoint thread must never keep the process alive on its own.
    this.worker.unref();
    this.worker.on("error", onFailure);
    this.worker.on("exit", () => {
      this.exited = true;
      if (!this.stopped) onFailure();
    });
  }

  /** A last checkpoint, then the thread ends. */
  stop(): Promise<void> {
    if (this.exited) return Promise.resolve();
    this.stopped ??= new Promise<void>((resolve) => {
      // Held open until the last checkpoint is done, or close() would never return in a process with nothing else to do.
      this.worker.ref();
      this.worker.once("exit", () => resolve());
      this.worker.postMessage("stop");
    });
    return this.stopped;
  }
}
