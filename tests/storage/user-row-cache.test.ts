import { afterEach, describe, expect, it } from "vitest";
import type { User } from "../../src/core/model";
import type { OpenDatabase } from "../../src/storage/open-database";
import { UserRowCache } from "../../src/storage/user-row-cache";
import { TEST_DATABASES } from "./databases";

const ROBIN = { platform: "telegram" as const, platformUserId: "5550101" };
let database: OpenDatabase | undefined;

afterEach(async () => {
  await database?.close();
  database = undefined;
});

describe.each(TEST_DATABASES)("cached user rows on $name", (testDatabase) => {
  it("shows a change at once, and a person who used /delete starts afresh when they write again", async () => {
    database = await testDatabase.open();
    const { users, erasure } = database.repos;
    const first = await users.findOrCreate(ROBIN);
    await users.update(first.id, { timeZone: "Europe/Berlin" });
    expect((await users.findOrCreate(ROBIN)).timeZone).toBe("Europe/Berlin");
    await erasure.eraseUser(first.id);
    const again = await users.findOrCreate(ROBIN);
    expect(again.id).not.toBe(first.id);
    expect(again.timeZone).toBe("UTC");
    expect(await database.db.user.count()).toBe(1);
  });

  it("hands out copies: a handler changing its user does not change what the next message sees", async () => {
    database = await testDatabase.open();
    const user = await database.repos.users.findOrCreate(ROBIN);
    user.checkInSteps.push("sleep");
    user.timeZone = "Asia/Tokyo";
    const next = await database.repos.users.findOrCreate(ROBIN);
    expect(next.timeZone).toBe("UTC");
    expect(next.checkInSteps).toEqual(["prompt", "journal"]);
  });
});

describe("UserRowCache", () => {
  const robin = { id: 1, platform: "telegram", platformUserId: "5550101", timeZone: "UTC", checkInSteps: [] } as unknown as User;

  it("does not keep a row read before a write that finished first", () => {
    const cache = new UserRowCache();
    const ticket = cache.ticket();
    cache.written({ ...robin, timeZone: "Europe/Berlin" });
    cache.remember(robin, ticket);
    expect(cache.get("telegram", "5550101")?.timeZone).toBe("Europe/Berlin");
  });

  it("trusts a row for a limited time only, and keeps a bounded number", () => {
    let now = 0;
    const cache = new UserRowCache(1_000, 2, () => now);
    cache.remember(robin, cache.ticket());
    now = 999;
    expect(cache.get("telegram", "5550101")).toBeDefined();
    now = 2_000;
    expect(cache.get("telegram", "5550101")).toBeUndefined();
    for (let id = 1; id <= 3; id += 1) cache.written({ ...robin, id, platformUserId: String(id) });
    expect(cache.size).toBe(2);
    expect(cache.get("telegram", "1")).toBeUndefined();
  });

  it("caches nothing with a ttl of 0 (several processes taking messages for the same people)", () => {
    const cache = new UserRowCache(0);
    cache.written(robin);
    expect(cache.get("telegram", "5550101")).toBeUndefined();
  });
});
