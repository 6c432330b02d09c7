import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { testCompanion, textOf } from "../fakes/test-companion";
import { TEST_DATABASES, TEST_POSTGRES_URL } from "./databases";

const postgres = TEST_DATABASES.find((d) => d.name === "postgresql")!;
const CRISIS = "honestly i dont want to be here anymore";

// A real hang, not a fake one: another connection holds the journal table locked, so the insert
// waits in PostgreSQL until that transaction ends.
describe("crisis language while PostgreSQL holds the journal locked", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it("gets the safety response by the deadline, and the message is kept once when the lock goes", async () => {
    const database = await postgres.open();
    cleanup.push(() => database.close());
    const bot = testCompanion({ repos: database.repos });
    await bot.send("ana", "/country GB");
    await bot.send("ana", "/plan add people: my sister 07700 900123");
    await bot.send("ana", "/safety");

    const locker = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await locker.connect();
    cleanup.push(() => locker.end());
    await locker.query("BEGIN");
    await locker.query(`LOCK TABLE "${database.location}"."JournalEntry" IN ACCESS EXCLUSIVE MODE`);

    const replies = await bot.send("ana", CRISIS);
    expect(replies[0]!.kind).toBe("safety");
    expect(textOf(replies)).toContain("116 123");
    expect(textOf(replies)).toContain("my sister");
    expect(replies[1]!.text).toMatch(/taking longer than usual/);

    await locker.query("COMMIT");
    const user = (await database.repos.users.find(bot.userRef("ana")))!;
    await vi.waitFor(async () => expect((await database.repos.journal.list(user.id, { limit: 10 })).map((e) => e.text)).toEqual([CRISIS]), { timeout: 5000 });
    await vi.waitFor(() => expect(bot.logger.lines.some((l) => l.fields.outcome === "stored-late")).toBe(true));
  });
});
