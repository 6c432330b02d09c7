import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../src/storage/open-database";
import { testCompanion } from "../fakes/test-companion";
import { TEST_DATABASES, TEST_POSTGRES_URL } from "./databases";

const run = promisify(execFile);
const USERS = 150;
const PROCESSES = 3;
// Two days of 09:00 check-ins, ticked every minute around them, by every process at once.
const INSTANTS = ["2027-03-10T08:59:00Z", "2027-03-10T09:00:00Z", "2027-03-10T09:01:00Z", "2027-03-11T09:00:00Z", "2027-03-11T09:01:00Z"];

describe.each(TEST_DATABASES)("several scheduler processes on one $name database", (testDatabase) => {
  let database: OpenDatabase & { location: string };
  beforeAll(async () => {
    database = await testDatabase.open();
    const bot = testCompanion({ repos: database.repos, now: "2027-03-09T12:00:00Z" });
    for (let i = 0; i < USERS; i++) await bot.send(`user-${i}`, "/checkin 09:00");
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it("never send the same check-in twice", async () => {
    const [url, schema] = testDatabase.name === "sqlite" ? [`file:${database.location}`, ""] : [TEST_POSTGRES_URL, database.location];
    // All workers wait for the same wall-clock moment, so their ticks really overlap.
    const startAt = String(Date.now() + 5_000);
    const workers = Array.from({ length: PROCESSES }, () =>
      run("npx", ["tsx", "tests/storage/scheduler-worker.ts", url, schema, ...INSTANTS], {
        maxBuffer: 10_000_000,
        env: { ...process.env, START_AT: startAt },
      }),
    );
    const lines = (await Promise.all(workers)).flatMap(({ stdout }) =>
      stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { pid: number; checkIn: number; user: string }),
    );
    const perUserDay = new Set(lines.map((line) => line.checkIn));
    expect(lines).toHaveLength(USERS * 2);
    expect(perUserDay.size).toBe(USERS * 2);
    const rows = await database.db.checkIn.groupBy({ by: ["status"], _count: true });
    expect(rows).toEqual([{ status: "sent", _count: USERS * 2 }]);
  }, 120_000);
});
