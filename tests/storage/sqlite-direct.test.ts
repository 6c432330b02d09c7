import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "../../src/storage/open-database";
import { toEntry } from "../../src/storage/prisma-journal-repository";
import { toUser } from "../../src/storage/prisma-user-repository";
import { SqliteDirect } from "../../src/storage/sqlite/direct-connection";
import { forgetCachedUser } from "../../src/storage/user-row-cache";
import { TEST_KEYS } from "./test-keys";

// On a SQLite file the message path bypasses Prisma (src/storage/sqlite/README.md). What it writes
// must read back through Prisma exactly, and what Prisma writes must read back through it.

let dir: string | undefined;
let database: OpenDatabase | undefined;
const others: { close(): void }[] = [];

afterEach(async () => {
  for (const other of others.splice(0)) other.close();
  await database?.close();
  database = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function open(): Promise<{ database: OpenDatabase; path: string }> {
  dir = mkdtempSync(join(tmpdir(), "between-direct-"));
  const path = join(dir, "test.db");
  database = await openDatabase(`file:${path}`, { keys: TEST_KEYS });
  return { database, path };
}

describe("the SQLite message path beside Prisma", () => {
  it("writes rows Prisma reads back the same, and reads every user field Prisma writes", async () => {
    const { database } = await open();
    const { users, journal, wins, conversations } = database.repos;
    const robin = await users.findOrCreate({ platform: "telegram", platformUserId: "5550101" });
    expect(toUser((await database.db.user.findUnique({ where: { id: robin.id } }))!)).toEqual(robin);

    // Every profile field set through Prisma, then read on the direct path (cache dropped).
    const changed = await users.update(robin.id, {
      onboardedAt: new Date("2027-01-02T03:04:05.678Z"),
      timeZone: "Europe/Berlin",
      country: "DE",
      language: "de",
      paused: true,
      pausedUntil: new Date("2027-02-01T00:00:00Z"),
      inactive: true,
      moodScale: "faces",
      checkInSteps: ["prompt", "sleep"],
      skipDate: "2027-01-03",
      quietStart: "22:00",
      quietEnd: "07:00",
      lastSummaryAt: new Date("2027-01-05T10:00:00Z"),
      retentionDays: 90,
      vacationUntil: new Date("2027-03-01T00:00:00Z"),
      lastSafetyNudgeAt: new Date("2027-01-06T10:00:00Z"),
      pauseAskedAt: new Date("2027-01-07T10:00:00Z"),
      unansweredSince: new Date("2027-01-08T10:00:00Z"),
      sessionPrepTime: "19:00",
    });
    for (const [field, value] of Object.entries(changed)) expect(value, field).not.toBeNull();
    forgetCachedUser(database.db, robin.id);
    expect(await users.find({ platform: "telegram", platformUserId: "5550101" })).toEqual(changed);

    const at = new Date("2027-01-09T21:30:15.250Z");
    const entry = await journal.add(robin.id, { text: "Grübeln, dann ein Spaziergang", at, tags: ["walk", "evening"], sourceEventId: "m1" });
    expect(entry.created).toBe(true);
    const row = await database.db.journalEntry.findUnique({ where: { id: entry.value.id } });
    expect(toEntry(row!, database.cipher)).toEqual(entry.value);
    expect(await journal.find(robin.id, entry.value.number)).toEqual(entry.value);

    const win = await wins.add(robin.id, "called my sister", at, "m2");
    expect((await database.db.win.findUnique({ where: { id: win.value.id } }))?.createdAt).toEqual(at);
    expect(await wins.list(robin.id, { since: at, limit: 5 })).toEqual([win.value]);
    expect(await wins.list(robin.id, { since: new Date(at.getTime() + 1), limit: 5 })).toEqual([]);

    await conversations.set(robin.id, { flow: "plan", step: "warning", data: { answers: ["ä", 2] } });
    const state = await conversations.get(robin.id);
    const prismaRow = await database.db.conversation.findUnique({ where: { userId: robin.id } });
    expect(state).toEqual({ flow: "plan", step: "warning", data: { answers: ["ä", 2] }, updatedAt: prismaRow!.updatedAt });
  });

  it("numbers a burst of journal lines from one person 1 to 50, and stores a redelivered one once", async () => {
    const { database } = await open();
    const { users, journal } = database.repos;
    const kim = await users.findOrCreate({ platform: "discord", platformUserId: "5550102" });
    const added = await Promise.all(Array.from({ length: 50 }, (_, i) => journal.add(kim.id, { text: `line ${i}`, at: new Date(), tags: [], sourceEventId: `e${i}` })));
    expect(added.map(({ value }) => value.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const again = await Promise.all([7, 7, 8].map((i) => journal.add(kim.id, { text: `line ${i}`, at: new Date(), tags: [], sourceEventId: `e${i}` })));
    expect(again.map(({ created }) => created)).toEqual([false, false, false]);
    expect(again[0]!.value).toEqual(added[7]!.value);
    expect(await database.db.journalEntry.count({ where: { userId: kim.id } })).toBe(50);
  });

  it("lets one failed write in a group fail alone: the others in the same commit are stored", async () => {
    const { database } = await open();
    const { users, journal, wins } = database.repos;
    const kim = await users.findOrCreate({ platform: "telegram", platformUserId: "5550103" });
    const results = await Promise.allSettled([
      journal.add(kim.id, { text: "first", at: new Date(), tags: [] }),
      wins.add(999_999, "nobody's win", new Date()), // no such person: the foreign key refuses it
      journal.add(kim.id, { text: "second", at: new Date(), tags: [] }),
    ]);
    expect(results.map(({ status }) => status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((await journal.list(kim.id, { limit: 10 })).map(({ text }) => text).sort()).toEqual(["first", "second"]);
    expect(await database.db.win.count()).toBe(0);

    // A write of several statements that fails half way is undone entirely, and only it.
    const direct = new SqliteDirect(join(dir!, "test.db"));
    others.push(direct);
    const insertUser = (id: string) => direct.statement(`INSERT INTO "User" ("platform", "platformUserId", "createdAt") VALUES ('telegram', ?, '2027-01-01T00:00:00.000+00:00')`).run(id);
    const grouped = await Promise.allSettled([
      direct.write(() => insertUser("a")),
      direct.write(() => {
        insertUser("b");
        insertUser("a"); // already there: refused, and "b" must go with it
      }),
      direct.write(() => insertUser("c")),
    ]);
    expect(grouped.map(({ status }) => status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const ids = await database.db.user.findMany({ where: { platformUserId: { in: ["a", "b", "c"] } }, select: { platformUserId: true } });
    expect(ids.map(({ platformUserId }) => platformUserId).sort()).toEqual(["a", "c"]);
  });

  it("waits without blocking while another connection holds the write lock, then writes", async () => {
    const { database, path } = await open();
    const { users, journal } = database.repos;
    const kim = await users.findOrCreate({ platform: "telegram", platformUserId: "5550104" });
    const holder = new BetterSqlite3(path);
    others.push(holder);
    holder.prepare("BEGIN IMMEDIATE").run();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const writing = journal.add(kim.id, { text: "written after the lock", at: new Date(), tags: [] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    holder.prepare("COMMIT").run();
    const { created } = await writing;
    clearInterval(timer);
    expect(created).toBe(true);
    // The event loop kept turning while the write waited.
    expect(ticks).toBeGreaterThan(10);
    expect((await journal.list(kim.id, { limit: 1 }))[0]?.text).toBe("written after the lock");
  });

  it("gives up with SQLITE_BUSY once the deadline passes, and the write is not half done", async () => {
    const { path } = await open();
    const direct = new SqliteDirect(path, { busyDeadlineMs: 200 });
    const holder = new BetterSqlite3(path);
    others.push(direct, holder);
    holder.prepare("BEGIN IMMEDIATE").run();
    const attempt = direct.write(() => direct.statement(`INSERT INTO "User" ("platform", "platformUserId", "createdAt") VALUES ('telegram', '1', '2027-01-01T00:00:00.000+00:00')`).run());
    await expect(attempt).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
    holder.prepare("COMMIT").run();
    expect(holder.prepare(`SELECT COUNT(*) AS n FROM "User"`).get()).toEqual({ n: 0 });
  });
});
