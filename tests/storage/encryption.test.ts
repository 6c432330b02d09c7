import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { FieldCipher, UnreadableValueError } from "../../src/storage/encryption/field-cipher";
import { DataKeyError, freshKeyring, loadKeyring, readKeyFile } from "../../src/storage/encryption/load-keyring";
import { countStaleRows, resealAndRetire, resealRows } from "../../src/storage/encryption/reseal-rows";
import { openDatabase, type OpenDatabase } from "../../src/storage/open-database";
import { TEST_DATABASES, TEST_POSTGRES_URL } from "./databases";
import { TEST_KEYS } from "./test-keys";

const SECRET = "Hortensia knows about the night of the 14th";

/** Every stored value of the columns that hold a person's words, as the database has them. */
async function rawValues(database: OpenDatabase): Promise<string[]> {
  const { db } = database;
  const rows = [
    ...(await db.journalEntry.findMany({ select: { text: true, tags: true } })).flatMap((r) => [r.text, r.tags]),
    ...(await db.win.findMany({ select: { text: true } })).map((r) => r.text),
    ...(await db.goal.findMany({ select: { text: true } })).map((r) => r.text),
    ...(await db.goalStep.findMany({ select: { text: true } })).map((r) => r.text),
    ...(await db.sessionNote.findMany({ select: { text: true } })).map((r) => r.text),
    ...(await db.safetyPlanItem.findMany({ select: { text: true, contact: true } })).flatMap((r) => [r.text, r.contact ?? ""]),
    ...(await db.conversation.findMany({ select: { data: true } })).map((r) => r.data),
    ...(await db.habit.findMany({ select: { name: true } })).map((r) => r.name),
  ];
  return rows.filter(Boolean);
}

async function writeEverything(database: OpenDatabase, platformUserId: string): Promise<number> {
  const { repos } = database;
  const user = await repos.users.findOrCreate({ platform: "telegram", platformUserId });
  const at = new Date("2027-03-10T08:00:00Z");
  await repos.journal.add(user.id, { text: SECRET, at, tags: ["nightmare"], sourceEventId: `${platformUserId}-j` });
  await repos.wins.add(user.id, `win: ${SECRET}`, at);
  await repos.goals.add(user.id, { text: `goal: ${SECRET}`, steps: [`step: ${SECRET}`], at });
  await repos.notes.add(user.id, `note: ${SECRET}`, at);
  await repos.plans.add(user.id, "people", `my sister ${SECRET}`, "+44 7700 900123");
  await repos.conversations.set(user.id, { flow: "plan", step: "coping", data: { draft: SECRET } });
  await repos.habits.add(user.id, { name: `habit ${SECRET}`, starterKey: null, at });
  return user.id;
}

describe.each(TEST_DATABASES)("encryption at rest on $name", (testDatabase) => {
  let opened: (OpenDatabase & { location: string }) | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  function reopen(location: string, keys: Parameters<typeof openDatabase>[1]["keys"]): Promise<OpenDatabase> {
    return testDatabase.name === "sqlite"
      ? openDatabase(`file:${location}`, { keys })
      : openDatabase(TEST_POSTGRES_URL, { schema: location, keys });
  }

  it("stores every column a person writes sealed, and reads it back whole", async () => {
    opened = await testDatabase.open();
    const userId = await writeEverything(opened, "sealed");
    const values = await rawValues(opened);
    expect(values.length).toBeGreaterThanOrEqual(9);
    for (const value of values) expect(value).toMatch(/^b1\.[0-9a-f]{8}\./);
    expect(values.join("\n")).not.toContain("Hortensia");
    expect(values.join("\n")).not.toContain("7700");

    const { repos } = opened;
    expect((await repos.journal.list(userId, { limit: 5 }))[0]).toMatchObject({ text: SECRET, tags: ["nightmare"] });
    expect((await repos.wins.list(userId, { limit: 5 }))[0]!.text).toBe(`win: ${SECRET}`);
    expect((await repos.goals.list(userId, {}))[0]).toMatchObject({ text: `goal: ${SECRET}`, steps: [{ text: `step: ${SECRET}` }] });
    expect((await repos.notes.list(userId, {}))[0]!.text).toBe(`note: ${SECRET}`);
    expect((await repos.plans.list(userId))[0]).toMatchObject({ text: `my sister ${SECRET}`, contact: "+44 7700 900123" });
    expect((await repos.conversations.get(userId))?.data).toEqual({ draft: SECRET });
    expect((await repos.habits.list(userId))[0]!.name).toBe(`habit ${SECRET}`);
  });

  it("still searches the journal, and still refuses a second habit of the same name", async () => {
    opened = await testDatabase.open();
    const userId = await writeEverything(opened, "search");
    await opened.repos.journal.add(userId, { text: "Ein ruhiger Abend am SEE", at: new Date("2027-03-11T08:00:00Z"), tags: [] });
    expect((await opened.repos.journal.search(userId, ["hortensia", "night"], 10)).map((e) => e.text)).toEqual([SECRET]);
    expect((await opened.repos.journal.search(userId, ["see"], 10)).map((e) => e.text)).toEqual(["Ein ruhiger Abend am SEE"]);
    const again = await opened.repos.habits.add(userId, { name: `habit ${SECRET}`, starterKey: null, at: new Date() });
    expect(again.created).toBe(false);
    expect(await opened.repos.habits.list(userId)).toHaveLength(1);
    expect((await opened.repos.journal.tagsBetween(userId, new Date("2027-01-01"), new Date("2028-01-01"))).map((e) => e.tags)).toEqual([["nightmare"]]);
  });

  it("stops with a clear error on a wrong key and changes nothing", async () => {
    opened = await testDatabase.open();
    await writeEverything(opened, "wrong-key");
    const before = await rawValues(opened);
    const keysBefore = await opened.db.dataKey.findMany({ orderBy: { id: "asc" } });
    await expect(reopen(opened.location, freshKeyring())).rejects.toThrow(DataKeyError);
    await expect(reopen(opened.location, freshKeyring())).rejects.toThrow(/no configured key has that id.*Nothing was changed/);
    expect(await rawValues(opened)).toEqual(before);
    expect(await opened.db.dataKey.findMany({ orderBy: { id: "asc" } })).toEqual(keysBefore);
  });

  it("rotates to a new key value by value, resumes after a crash, then forgets the old key", async () => {
    opened = await testDatabase.open();
    for (let i = 0; i < 12; i++) await writeEverything(opened, `rotate-${i}`);
    const next = freshKeyring().current;
    const rotating = await reopen(opened.location, { current: next, previous: [TEST_KEYS.current] });
    try {
      // A crash part-way: the second batch never lands.
      let batches = 0;
      await expect(
        resealRows(rotating.db, rotating.cipher, {
          batchSize: 5,
          onBatch: () => {
            if (++batches === 2) throw new Error("killed");
          },
        }),
      ).rejects.toThrow("killed");
      const stale = await countStaleRows(rotating.db, rotating.cipher);
      expect(stale).toBeGreaterThan(0);
      // Half-rotated data still reads, old and new values alike.
      const user = await rotating.repos.users.find({ platform: "telegram", platformUserId: "rotate-0" });
      expect((await rotating.repos.journal.list(user!.id, { limit: 1 }))[0]!.text).toBe(SECRET);

      const result = await resealAndRetire(rotating.db, rotating.cipher, { batchSize: 5 });
      expect(result).toMatchObject({ stale: 0, retiredKeys: 1 });
      expect(result.resealed).toBe(stale);
      for (const value of await rawValues(rotating)) expect(value.startsWith(`b1.${next.id}.`)).toBe(true);
      expect((await rotating.db.habit.findMany({ select: { nameKey: true } })).every((h) => h.nameKey === rotating.cipher.lookupHash(`habit ${SECRET}`))).toBe(true);
    } finally {
      await rotating.close();
    }
    // The new key alone now opens it; the old one alone no longer does.
    const after = await reopen(opened.location, { current: next, previous: [] });
    const user = await after.repos.users.find({ platform: "telegram", platformUserId: "rotate-11" });
    expect((await after.repos.plans.list(user!.id))[0]!.contact).toBe("+44 7700 900123");
    await after.close();
    await expect(reopen(opened.location, TEST_KEYS)).rejects.toThrow(DataKeyError);
  });

  it("seals plaintext written before encryption existed", async () => {
    opened = await testDatabase.open();
    const user = await opened.repos.users.findOrCreate({ platform: "console", platformUserId: "legacy" });
    await opened.db.journalEntry.create({ data: { userId: user.id, number: 1, text: "written before encryption", tags: "old" } });
    await opened.db.habit.create({ data: { userId: user.id, name: "walk" } });
    expect((await opened.repos.journal.find(user.id, 1))?.text).toBe("written before encryption");
    expect((await resealAndRetire(opened.db, opened.cipher)).resealed).toBe(2);
    expect((await opened.db.journalEntry.findFirstOrThrow()).text).toMatch(/^b1\./);
    expect((await opened.repos.journal.find(user.id, 1))?.tags).toEqual(["old"]);
    expect((await opened.repos.habits.add(user.id, { name: "walk", starterKey: null, at: new Date() })).created).toBe(false);
  });
});

describe("sealed values", () => {
  it("refuses a value changed on disk instead of returning garbage", () => {
    const cipher = new FieldCipher(freshKeyring());
    const sealed = cipher.seal("my plan");
    const tampered = sealed.slice(0, -4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(() => cipher.open(tampered)).toThrow(UnreadableValueError);
    expect(cipher.seal("my plan")).not.toBe(sealed); // a fresh nonce every time
  });

  it("leaves no trace of a known entry in the SQLite files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "between-file-"));
    try {
      const path = join(dir, "c.db");
      const database = await openDatabase(`file:${path}`, { keys: TEST_KEYS });
      await writeEverything(database, "file");
      await database.close();
      const bytes = ["", "-wal", "-shm"].map((suffix) => (existsSync(path + suffix) ? readFileSync(path + suffix) : Buffer.alloc(0)));
      expect(bytes[0]!.length).toBeGreaterThan(0);
      for (const file of bytes) expect(file.includes("Hortensia")).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a wrong key with a migration pending", () => {
  it("stops before the migration runs, so not even the schema changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "between-pending-"));
    try {
      const path = join(dir, "c.db");
      const database = await openDatabase(`file:${path}`, { keys: TEST_KEYS });
      await writeEverything(database, "pending");
      await database.close();
      // Make the newest migration look pending, as after an upgrade.
      const raw = new BetterSqlite3(path);
      const newest = (raw.prepare(`SELECT max(name) AS name FROM "_between_migrations"`).get() as { name: string }).name;
      raw.prepare(`DELETE FROM "_between_migrations" WHERE name = ?`).run(newest);
      raw.close();
      await expect(openDatabase(`file:${path}`, { keys: freshKeyring() })).rejects.toThrow(DataKeyError);
      const after = new BetterSqlite3(path, { readonly: true });
      expect(after.prepare(`SELECT count(*) AS n FROM "_between_migrations" WHERE name = ?`).get(newest)).toEqual({ n: 0 });
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the key file of the embedded default", () => {
  it("is made once, owner-only, and read back the same", () => {
    const dir = mkdtempSync(join(tmpdir(), "between-key-"));
    try {
      const keyFile = join(dir, "data", "encryption.key");
      const first = loadKeyring({ keyFile });
      expect(first.createdKeyFile).toBe(keyFile);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      const second = loadKeyring({ keyFile });
      expect(second.createdKeyFile).toBeNull();
      expect(second.keyring.current.id).toBe(first.keyring.current.id);
      expect(readKeyFile(keyFile).current.id).toBe(first.keyring.current.id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is refused for PostgreSQL, which needs DATA_ENCRYPTION_KEY, and a malformed key is named", () => {
    expect(() => loadKeyring({ keyFile: null })).toThrow(/DATA_ENCRYPTION_KEY must be set/);
    expect(() => loadKeyring({ key: "too-short", keyFile: null })).toThrow(/DATA_ENCRYPTION_KEY is not a 32-byte key/);
  });
});
