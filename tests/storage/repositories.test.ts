import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../src/storage/open-database";
import { testCompanion, textOf } from "../fakes/test-companion";
import { TEST_DATABASES } from "./databases";

describe.each(TEST_DATABASES)("repositories on $name", (testDatabase) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("creates a user once per platform and id, even on concurrent first messages", async () => {
    const ref = { platform: "telegram" as const, platformUserId: "1001" };
    const [a, b] = await Promise.all([database.repos.users.findOrCreate(ref), database.repos.users.findOrCreate(ref)]);
    expect(a.id).toBe(b.id);
    const other = await database.repos.users.findOrCreate({ platform: "discord", platformUserId: "1001" });
    expect(other.id).not.toBe(a.id);
    expect(a).toMatchObject({ timeZone: "UTC", country: null, paused: false, checkInSteps: ["prompt", "journal"] });
  });

  it("updates the profile and reads it back", async () => {
    const user = await database.repos.users.findOrCreate({ platform: "console", platformUserId: "profile" });
    const until = new Date("2027-03-13T12:00:00.000Z");
    await database.repos.users.update(user.id, { timeZone: "Asia/Kathmandu", country: "NP", paused: true, pausedUntil: until, checkInSteps: ["sleep", "journal"] });
    expect(await database.repos.users.find(user)).toMatchObject({
      timeZone: "Asia/Kathmandu", country: "NP", paused: true, pausedUntil: until, checkInSteps: ["sleep", "journal"],
    });
  });

  it("keeps check-in slots per user and local time", async () => {
    const user = await database.repos.users.findOrCreate({ platform: "console", platformUserId: "slots" });
    const due = new Date("2027-03-14T13:00:00.000Z");
    await database.repos.slots.upsert(user.id, { localTime: "21:00", weekdays: [1, 2, 3], nextDueAt: due });
    await database.repos.slots.upsert(user.id, { localTime: "08:30", weekdays: [], nextDueAt: due });
    await database.repos.slots.upsert(user.id, { localTime: "21:00", weekdays: [], nextDueAt: due });
    const slots = await database.repos.slots.list(user.id);
    expect(slots.map((s) => [s.localTime, s.weekdays])).toEqual([["08:30", []], ["21:00", []]]);
    expect(await database.repos.slots.remove(user.id, "08:30")).toBe(true);
    expect(await database.repos.slots.remove(user.id, "08:30")).toBe(false);
  });

  it("stores a win once per platform event id, and lists newest first", async () => {
    const user = await database.repos.users.findOrCreate({ platform: "telegram", platformUserId: "wins" });
    const first = await database.repos.wins.add(user.id, "made tea", new Date("2027-03-10T08:00:00Z"), "u-1");
    const again = await database.repos.wins.add(user.id, "made tea", new Date("2027-03-10T08:00:00Z"), "u-1");
    await database.repos.wins.add(user.id, "went out", new Date("2027-03-11T08:00:00Z"));
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, value: { id: first.value.id } });
    expect((await database.repos.wins.list(user.id, { limit: 10 })).map((w) => w.text)).toEqual(["went out", "made tea"]);
    expect(await database.repos.wins.count(user.id)).toBe(2);
  });

  it("keeps a 20,000-character journal entry whole", async () => {
    const user = await database.repos.users.findOrCreate({ platform: "console", platformUserId: "journal" });
    const text = "é🌱".repeat(10_000);
    await database.repos.journal.add(user.id, { text, at: new Date(), tags: ["sleep"] });
    const [entry] = await database.repos.journal.list(user.id, { limit: 1 });
    expect(entry).toMatchObject({ text, tags: ["sleep"] });
  });

  it("keeps conversation state and plan items per user", async () => {
    const user = await database.repos.users.findOrCreate({ platform: "console", platformUserId: "plan" });
    await database.repos.conversations.set(user.id, { flow: "plan", step: "coping", data: { n: 1 } });
    expect(await database.repos.conversations.get(user.id)).toMatchObject({ flow: "plan", step: "coping", data: { n: 1 } });
    await database.repos.conversations.clear(user.id);
    expect(await database.repos.conversations.get(user.id)).toBeNull();
    const a = await database.repos.plans.add(user.id, "people", "Sam", "0151 2345678");
    await database.repos.plans.add(user.id, "people", "Jo", null);
    expect((await database.repos.plans.list(user.id)).map((i) => [i.text, i.position])).toEqual([["Sam", 1], ["Jo", 2]]);
    expect(await database.repos.plans.update(user.id, a.id, "Samira", "0151 2345678")).toMatchObject({ text: "Samira" });
  });

  it("runs a whole conversation through the core", async () => {
    const bot = testCompanion({ repos: database.repos });
    await bot.send("zoe", "/start");
    await bot.send("zoe", "United Kingdom");
    await bot.send("zoe", "London");
    await bot.send("zoe", "9am");
    await bot.send("zoe", "win: answered an email I'd been dreading");
    expect(textOf(await bot.send("zoe", "/wins"))).toContain("answered an email");
    expect(textOf(await bot.send("zoe", "help"))).toContain("116 123");
  });
});
