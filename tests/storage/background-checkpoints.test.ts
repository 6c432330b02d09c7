import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "../../src/storage/open-database";
import { BackgroundCheckpoints } from "../../src/storage/sqlite/background-checkpoints";
import { TEST_KEYS } from "./test-keys";

let dir: string | undefined;
let database: OpenDatabase | undefined;

afterEach(async () => {
  await database?.close();
  database = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describe("checkpoints of the SQLite log on their own thread", () => {
  it("copy what was written into the database file while the bot runs, and close() leaves no log behind", async () => {
    dir = mkdtempSync(join(tmpdir(), "between-checkpoint-"));
    const path = join(dir, "test.db");
    database = await openDatabase(`file:${path}`, { keys: TEST_KEYS });
    const { users, journal } = database.repos;
    const kim = await users.findOrCreate({ platform: "telegram", platformUserId: "5550201" });
    const before = statSync(path).size;
    // No commit on the main thread checkpoints (wal_autocheckpoint = 0), so only the worker can grow the file.
    await Promise.all(Array.from({ length: 300 }, (_, i) => journal.add(kim.id, { text: `entry ${i} `.repeat(40), at: new Date(), tags: [] })));
    expect(await until(() => statSync(path).size > before + 100_000)).toBe(true);
    await database.close();
    database = undefined;
    expect(() => statSync(`${path}-wal`)).toThrow();
  });

  it("report a thread that cannot work, so SQLite's own checkpoints can be turned back on", async () => {
    let failed = false;
    const checkpoints = new BackgroundCheckpoints(join(tmpdir(), "no-such-folder-between", "x", "test.db"), () => (failed = true), 50);
    expect(await until(() => failed, 5_000)).toBe(true);
    await checkpoints.stop();
  });
});
