import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";
import { testCompanion, textOf } from "../fakes/test-companion";
import { TEST_DATABASES } from "./databases";

const sqlite = TEST_DATABASES.find((d) => d.name === "sqlite")!;
const CRISIS = "honestly i dont want to be here anymore";

/**
 * Another process holding the SQLite file's write lock (a second bot on the same file, a backup
 * tool) until told to let go: writes wait in the driver's busy timeout, reads go on (WAL).
 */
async function holdWriteLock(file: string): Promise<{ release(): Promise<void> }> {
  const script = `
    const db = new (require("better-sqlite3"))(${JSON.stringify(file)});
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    process.stdin.once("data", () => { db.exec("COMMIT"); db.close(); process.exit(0); });`;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ["-e", script], { cwd: process.cwd() });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  return {
    release: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin.write("release\n");
      }),
  };
}

describe("the safety response while another process holds SQLite's write lock", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** ana with a country and a plan on a fresh file, then the file write-locked by another process. */
  async function anaWithTheFileLocked() {
    const database = await sqlite.open();
    cleanup.push(() => database.close());
    const bot = testCompanion({ repos: database.repos });
    await bot.send("ana", "/country GB");
    await bot.send("ana", "/plan add people: my sister 07700 900123");
    const lock = await holdWriteLock(database.location);
    cleanup.push(() => lock.release());
    return { database, bot, lock };
  }

  it("answers /safety with the person's own plan and lines, though nothing can be written", async () => {
    const { bot } = await anaWithTheFileLocked();

    // This process has not shown ana the safety response before: nothing of hers is in memory.
    const replies = await bot.send("ana", "/safety");
    expect(replies[0]!.kind).toBe("safety");
    expect(textOf(replies)).toContain("my sister");
    expect(textOf(replies)).toContain("116 123");
  });

  it("answers crisis language with the person's plan by the deadline, and keeps the message once when the lock goes", async () => {
    const { database, bot, lock } = await anaWithTheFileLocked();

    const replies = await bot.send("ana", CRISIS);
    expect(replies[0]!.kind).toBe("safety");
    expect(replies[0]!.text).toMatch(/are you safe right now/i);
    expect(textOf(replies)).toContain("my sister");
    expect(textOf(replies)).toContain("116 123");
    expect(replies[1]!.text).toMatch(/taking longer than usual/);

    // Within the driver's 5 s busy timeout: the waiting write goes through.
    await lock.release();
    const user = (await database.repos.users.find(bot.userRef("ana")))!;
    await vi.waitFor(async () => expect((await database.repos.journal.list(user.id, { limit: 10 })).map((e) => e.text)).toEqual([CRISIS]), { timeout: 8000 });
    await vi.waitFor(() => expect(bot.logger.lines.some((l) => l.fields.outcome === "stored-late")).toBe(true));
    expect(JSON.stringify(bot.logger.lines)).not.toContain("want to be here");
  });
});
