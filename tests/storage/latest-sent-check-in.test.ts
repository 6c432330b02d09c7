import { afterEach, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../src/storage/open-database";
import { TEST_DATABASES } from "./databases";

let database: OpenDatabase | undefined;

afterEach(async () => {
  await database?.close();
  database = undefined;
});

describe.each(TEST_DATABASES)("the check-in a journal line answers, on $name", (testDatabase) => {
  it("is the newest one sent since the cut, never a pending one nor someone else's", async () => {
    database = await testDatabase.open();
    const { users, checkIns } = database.repos;
    const robin = await users.findOrCreate({ platform: "telegram", platformUserId: "5550101" });
    const kim = await users.findOrCreate({ platform: "telegram", platformUserId: "5550102" });
    const at = (iso: string) => new Date(iso);
    const base = { localTime: "09:00", status: "sent", attempts: 1 };
    await database.db.checkIn.createMany({
      data: [
        { ...base, userId: robin.id, idempotencyKey: "r1", localDate: "2027-03-09", dueAt: at("2027-03-09T09:00:00Z"), sentAt: at("2027-03-09T09:00:01.250Z"), sleepHours: 6.5 },
        { ...base, userId: robin.id, idempotencyKey: "r2", localDate: "2027-03-10", dueAt: at("2027-03-10T09:00:00Z"), sentAt: at("2027-03-10T09:00:02.500Z") },
        { ...base, userId: robin.id, idempotencyKey: "r3", localDate: "2027-03-11", dueAt: at("2027-03-11T09:00:00Z"), status: "pending", attempts: 0 },
        { ...base, userId: kim.id, idempotencyKey: "k1", localDate: "2027-03-10", dueAt: at("2027-03-10T10:00:00Z"), sentAt: at("2027-03-10T10:00:00Z") },
      ],
    });
    const newest = await checkIns.latestSent(robin.id, at("2027-03-09T12:00:00Z"));
    expect(newest).toMatchObject({ idempotencyKey: "r2", status: "sent", attempts: 1, sentAt: at("2027-03-10T09:00:02.500Z"), sleepHours: null });
    expect(newest).toEqual(await database.db.checkIn.findFirst({ where: { idempotencyKey: "r2" } }));
    // The cut is inclusive, to the millisecond.
    expect((await checkIns.latestSent(robin.id, at("2027-03-10T09:00:02.500Z")))?.idempotencyKey).toBe("r2");
    expect(await checkIns.latestSent(robin.id, at("2027-03-10T09:00:02.501Z"))).toBeNull();
    expect((await checkIns.latestSent(robin.id, at("2027-03-01T00:00:00Z")))?.idempotencyKey).toBe("r2");
    expect((await checkIns.latestSent(kim.id, at("2027-03-01T00:00:00Z")))?.idempotencyKey).toBe("k1");
  });
});
