import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "../../src/storage/open-database";
import { TEST_DATABASES } from "./databases";
import { TEST_KEYS } from "./test-keys";

const SECRET = "Marisol said the thing about the basement";

async function writeFor(database: OpenDatabase, platformUserId: string, at: Date) {
  const user = await database.repos.users.findOrCreate({ platform: "telegram", platformUserId });
  await database.repos.journal.add(user.id, { text: `${SECRET} (${platformUserId})`, at, tags: [] });
  await database.repos.wins.add(user.id, "went outside", at);
  await database.repos.moods.add(user.id, { value: 4, at });
  await database.repos.plans.add(user.id, "people", "Marisol", "+1 555 0100");
  return user;
}

describe.each(TEST_DATABASES)("erasing on $name", (testDatabase) => {
  let opened: OpenDatabase | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  it("erases every row of one person and nobody else's", async () => {
    opened = await testDatabase.open();
    const ana = await writeFor(opened, "ana", new Date("2027-03-01T10:00:00Z"));
    const ben = await writeFor(opened, "ben", new Date("2027-03-01T10:00:00Z"));
    await opened.repos.erasure.eraseUser(ana.id);
    expect(await opened.repos.users.find({ platform: "telegram", platformUserId: "ana" })).toBeNull();
    expect(await opened.db.journalEntry.count({ where: { userId: ana.id } })).toBe(0);
    expect(await opened.db.safetyPlanItem.count({ where: { userId: ana.id } })).toBe(0);
    expect(await opened.db.mood.count({ where: { userId: ana.id } })).toBe(0);
    expect((await opened.repos.journal.list(ben.id, { limit: 5 })).map((e) => e.text)).toEqual([`${SECRET} (ben)`]);
  });

  it("erases only entries older than the cut, keeping the plan", async () => {
    opened = await testDatabase.open();
    const ana = await writeFor(opened, "ana", new Date("2027-01-01T10:00:00Z"));
    await opened.repos.journal.add(ana.id, { text: "recent", at: new Date("2027-03-01T10:00:00Z"), tags: [] });
    await opened.repos.users.update(ana.id, { retentionDays: 30 });
    expect(await opened.repos.erasure.withRetention()).toEqual([{ userId: ana.id, days: 30 }]);
    expect(await opened.repos.erasure.eraseOlderThan(ana.id, new Date("2027-02-01T00:00:00Z"))).toBe(3);
    expect((await opened.repos.journal.list(ana.id, { limit: 5 })).map((e) => e.text)).toEqual(["recent"]);
    expect(await opened.repos.plans.list(ana.id)).toHaveLength(1);
  });
});

describe("the SQLite file after /delete", () => {
  it("holds neither the plaintext nor the ciphertext of a known entry", async () => {
    const dir = mkdtempSync(join(tmpdir(), "between-erase-"));
    const path = join(dir, "companion.db");
    const bytes = () => Buffer.concat(["", "-wal"].map((suffix) => (existsSync(path + suffix) ? readFileSync(path + suffix) : Buffer.alloc(0))));
    try {
      const database = await openDatabase(`file:${path}`, { keys: TEST_KEYS });
      const ana = await writeFor(database, "ana", new Date("2027-03-01T10:00:00Z"));
      await writeFor(database, "ben", new Date("2027-03-01T10:00:00Z"));
      const sealed = (await database.db.journalEntry.findFirstOrThrow({ where: { userId: ana.id } })).text;
      const sealedBody = sealed.split(".")[2]!;
      await database.db.$queryRawUnsafe("PRAGMA wal_checkpoint(PASSIVE)");
      expect(bytes().includes(sealedBody)).toBe(true); // it was there, so the next check means something
      await database.repos.erasure.eraseUser(ana.id);
      expect(bytes().includes(sealedBody)).toBe(false);
      await database.close();
      expect(bytes().includes(sealedBody)).toBe(false);
      expect(bytes().includes("Marisol")).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
