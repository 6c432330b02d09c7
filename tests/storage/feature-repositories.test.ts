import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../src/storage/open-database";
import { testCompanion, textOf } from "../fakes/test-companion";
import { TEST_DATABASES } from "./databases";

/** The journal, moods, habits, goals, notes and weekly messages: the same contracts on both databases. */
describe.each(TEST_DATABASES)("feature repositories on $name", (testDatabase) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database?.close();
  });
  const user = (name: string) => database.repos.users.findOrCreate({ platform: "console", platformUserId: name });

  it("numbers journal entries per person, edits, stars, searches in any script and deletes", async () => {
    const { journal } = database.repos;
    const ana = await user("j-ana");
    const ben = await user("j-ben");
    const first = await journal.add(ana.id, { text: "Schlecht GESCHLAFEN #sleep", at: new Date("2027-03-01T08:00:00Z"), tags: ["sleep"], sourceEventId: "e1" });
    const again = await journal.add(ana.id, { text: "Schlecht GESCHLAFEN #sleep", at: new Date("2027-03-01T08:00:00Z"), tags: ["sleep"], sourceEventId: "e1" });
    await journal.add(ben.id, { text: "ben's", at: new Date("2027-03-01T09:00:00Z"), tags: [] });
    const [a, b] = await Promise.all([
      journal.add(ana.id, { text: "Ölwechsel", at: new Date("2027-03-02T08:00:00Z"), tags: [] }),
      journal.add(ana.id, { text: "third", at: new Date("2027-03-03T08:00:00Z"), tags: ["work"] }),
    ]);
    expect(first.value.number).toBe(1);
    expect(again).toMatchObject({ created: false, value: { id: first.value.id, number: 1 } });
    expect([a.value.number, b.value.number].sort()).toEqual([2, 3]);
    expect((await journal.find(ben.id, 1))!.text).toBe("ben's");
    expect((await journal.search(ana.id, ["geschlafen"], 10)).map((e) => e.number)).toEqual([1]);
    expect((await journal.search(ana.id, ["öl"], 10)).map((e) => e.text)).toEqual(["Ölwechsel"]);
    const starredAt = new Date("2027-03-04T10:00:00Z");
    const edited = await journal.update(ana.id, 1, { text: "slept badly #sleep #dreams", tags: ["sleep", "dreams"], editedAt: starredAt, starred: true, starredAt });
    expect(edited).toMatchObject({ text: "slept badly #sleep #dreams", tags: ["sleep", "dreams"], starred: true, starredAt, editedAt: starredAt });
    expect(await journal.update(ben.id, 5, { text: "nope" })).toBeNull();
    expect((await journal.starredSince(ana.id, new Date("2027-03-04T00:00:00Z"))).map((e) => e.number)).toEqual([1]);
    expect(await journal.starredSince(ana.id, new Date("2027-03-05T00:00:00Z"))).toEqual([]);
    expect(await journal.tagsBetween(ana.id, new Date("2027-03-01T00:00:00Z"), new Date("2027-03-03T00:00:00Z"))).toEqual([
      { at: new Date("2027-03-01T08:00:00Z"), tags: ["sleep", "dreams"] },
    ]);
    expect((await journal.list(ana.id, { since: new Date("2027-03-02T00:00:00Z"), until: new Date("2027-03-03T00:00:00Z"), limit: 10 })).map((e) => e.text)).toEqual(["Ölwechsel"]);
    expect(await journal.remove(ben.id, 2)).toBe(false);
    expect(await journal.remove(ana.id, 2)).toBe(true);
    expect(await journal.find(ana.id, 2)).toBeNull();
  });

  it("keeps one mood per check-in and per platform event, lists a window, and undoes only /mood", async () => {
    const { moods } = database.repos;
    const ana = await user("m-ana");
    await moods.add(ana.id, { value: 4, at: new Date("2027-03-01T09:00:00Z"), checkInId: 77 });
    expect((await moods.add(ana.id, { value: 9, at: new Date("2027-03-01T09:01:00Z"), checkInId: 77 })).created).toBe(false);
    await moods.add(ana.id, { value: 6, at: new Date("2027-03-02T09:00:00Z"), sourceEventId: "m1" });
    expect((await moods.add(ana.id, { value: 6, at: new Date("2027-03-02T09:00:00Z"), sourceEventId: "m1" })).created).toBe(false);
    await moods.add(ana.id, { value: 8, at: new Date("2027-03-03T09:00:00Z") });
    const window = await moods.list(ana.id, new Date("2027-03-01T00:00:00Z"), new Date("2027-03-03T00:00:00Z"));
    expect(window.map((m) => [m.value, m.checkInId])).toEqual([[4, 77], [6, null]]);
    expect((await moods.removeLatestLogged(ana.id))!.value).toBe(8);
    expect((await moods.removeLatestLogged(ana.id))!.value).toBe(6);
    expect(await moods.removeLatestLogged(ana.id)).toBeNull();
  });

  it("keeps habits, at most one tick a day each, archives and renames", async () => {
    const { habits } = database.repos;
    const ana = await user("h-ana");
    const walk = (await habits.add(ana.id, { name: "walk", starterKey: "walk", at: new Date("2027-03-01T00:00:00Z") })).value;
    const water = (await habits.add(ana.id, { name: "water", starterKey: null, at: new Date("2027-03-01T00:00:01Z") })).value;
    expect((await habits.add(ana.id, { name: "walk", starterKey: null, at: new Date() })).created).toBe(false);
    expect(await habits.tick(ana.id, walk.id, "2027-03-01", new Date())).toBe(true);
    expect(await habits.tick(ana.id, walk.id, "2027-03-01", new Date())).toBe(false);
    await habits.tick(ana.id, water.id, "2027-03-02", new Date());
    await habits.tick(ana.id, walk.id, "2027-03-10", new Date());
    expect(await habits.ticks(ana.id, "2027-03-01", "2027-03-02")).toEqual([
      { habitId: walk.id, localDate: "2027-03-01" },
      { habitId: water.id, localDate: "2027-03-02" },
    ]);
    expect(await habits.untick(ana.id, walk.id, "2027-03-10")).toBe(true);
    expect(await habits.untick(ana.id, walk.id, "2027-03-10")).toBe(false);
    await habits.update(ana.id, water.id, { name: "glass of water", archivedAt: new Date("2027-03-05T00:00:00Z") });
    expect((await habits.list(ana.id)).map((h) => h.name)).toEqual(["walk"]);
    expect((await habits.list(ana.id, { includeArchived: true })).map((h) => h.name)).toEqual(["walk", "glass of water"]);
    const other = await user("h-ben");
    expect(await habits.update(other.id, walk.id, { name: "stolen" })).toBeNull();
  });

  it("keeps goals with numbered steps, ticks, finishes and removes them", async () => {
    const { goals } = database.repos;
    const ana = await user("g-ana");
    const goal = (await goals.add(ana.id, { text: "call the GP", steps: ["find the number", "call"], at: new Date("2027-03-01T00:00:00Z"), sourceEventId: "g1" })).value;
    expect((await goals.add(ana.id, { text: "call the GP", steps: [], at: new Date(), sourceEventId: "g1" })).created).toBe(false);
    await goals.add(ana.id, { text: "tidy", steps: [], at: new Date("2027-03-02T00:00:00Z") });
    expect(goal).toMatchObject({ number: 1, doneAt: null, steps: [{ position: 1, text: "find the number", doneAt: null }, { position: 2, text: "call" }] });
    const doneAt = new Date("2027-03-03T00:00:00Z");
    expect((await goals.setStepDone(ana.id, 1, 2, doneAt))!.steps[1]!.doneAt).toEqual(doneAt);
    expect(await goals.setStepDone(ana.id, 1, 9, doneAt)).toBeNull();
    expect((await goals.addStep(ana.id, 1, "write it down"))!.steps.map((s) => s.position)).toEqual([1, 2, 3]);
    await goals.setDone(ana.id, 2, doneAt);
    expect((await goals.list(ana.id, {})).map((g) => g.number)).toEqual([1]);
    expect((await goals.list(ana.id, { doneSince: doneAt })).map((g) => g.number)).toEqual([1, 2]);
    expect(await goals.remove(ana.id, 1)).toBe(true);
    expect(await goals.find(ana.id, 1)).toBeNull();
  });

  it("keeps session notes numbered per person", async () => {
    const { notes } = database.repos;
    const ana = await user("n-ana");
    await notes.add(ana.id, "ask about sleep", new Date("2027-03-01T00:00:00Z"), "n1");
    expect((await notes.add(ana.id, "ask about sleep", new Date("2027-03-01T00:00:00Z"), "n1")).created).toBe(false);
    await notes.add(ana.id, "my brother", new Date("2027-03-05T00:00:00Z"));
    expect((await notes.list(ana.id, { since: new Date("2027-03-02T00:00:00Z") })).map((n) => [n.number, n.text])).toEqual([[2, "my brother"]]);
    expect(await notes.remove(ana.id, 1)).toBe(true);
    expect((await notes.list(ana.id, {})).map((n) => n.number)).toEqual([2]);
  });

  it("sweeps weekly messages that are due, and lets only one claim each", async () => {
    const { weekly } = database.repos;
    const ana = await user("w-ana");
    const due = new Date("2027-03-07T18:00:00Z");
    const nextWeek = new Date("2027-03-14T18:00:00Z");
    await weekly.createIfAbsent(ana.id, "goal-nudge", { enabled: false, weekday: 7, localTime: "17:00", nextDueAt: due });
    expect((await weekly.createIfAbsent(ana.id, "goal-nudge", { enabled: true, weekday: 1, localTime: "09:00", nextDueAt: due })).enabled).toBe(false);
    const recap = await weekly.upsert(ana.id, "recap", { enabled: true, weekday: 7, localTime: "18:00", nextDueAt: due });
    const found = await weekly.findDue(due, 10);
    expect(found.map((f) => [f.message.kind, f.user.platformUserId])).toEqual([["recap", "w-ana"]]);
    const claim = [{ id: recap.id, seenDueAt: due, nextDueAt: nextWeek }];
    const [first, second] = await Promise.all([weekly.claim(claim), weekly.claim(claim)]);
    expect([...first, ...second]).toEqual([recap.id]);
    expect(await weekly.findDue(due, 10)).toEqual([]);
  });

  it("builds a summary with chart and file from real storage", async () => {
    const bot = testCompanion({ repos: database.repos, now: "2027-03-08T09:00:00Z" });
    await bot.send("sum", "/habit add walk");
    await bot.send("sum", "/mood 5");
    await bot.send("sum", "done walk");
    bot.clock.set(new Date("2027-03-09T09:00:00Z"));
    await bot.send("sum", "/mood 7");
    await bot.send("sum", "win: walked to the river");
    const [summary] = await bot.send("sum", "/summary 2");
    expect(summary!.text).toContain("Mood: average 6.0 from 2 moods on 2 of 2 days; range 5 to 7");
    expect(summary!.text).toContain("walk: 1 of the last 2 days");
    expect(summary!.image?.mimeType).toBe("image/png");
    expect(textOf(await bot.send("sum", "/journal"))).toMatch(/empty/);
  });
});
