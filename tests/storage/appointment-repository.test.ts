import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../src/storage/open-database";
import { testCompanion, textOf } from "../fakes/test-companion";
import { TEST_DATABASES } from "./databases";

/** Sessions, left-out marks, practice links and vacations: the same contract on both databases. */
describe.each(TEST_DATABASES)("appointment repository on $name", (testDatabase) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database?.close();
  });
  const user = (name: string) => database.repos.users.findOrCreate({ platform: "console", platformUserId: name });
  const at = (iso: string) => new Date(iso);

  it("numbers appointments per person, keeps a redelivered one once, updates, lists and finds", async () => {
    const { appointments } = database.repos;
    const ana = await user("a-ana");
    const ben = await user("a-ben");
    const weekly = { startsAt: at("2027-05-11T15:00:00Z"), weekday: 2, localTime: "17:00", nextStartsAt: at("2027-05-11T15:00:00Z"), nextPrepAt: at("2027-05-10T06:30:00Z") };
    const first = await appointments.add(ana.id, weekly, "ev-1");
    const again = await appointments.add(ana.id, weekly, "ev-1");
    expect(first.value).toMatchObject({ number: 1, weekday: 2, localTime: "17:00", cancelledDates: [], lastStartsAt: null, cancelledAt: null });
    expect(again).toMatchObject({ created: false, value: { id: first.value.id } });
    const [two, three] = await Promise.all([
      appointments.add(ana.id, { startsAt: at("2027-05-20T08:00:00Z"), weekday: null, localTime: "10:00", nextStartsAt: at("2027-05-20T08:00:00Z"), nextPrepAt: null }),
      appointments.add(ana.id, { startsAt: at("2027-05-21T08:00:00Z"), weekday: null, localTime: "10:00", nextStartsAt: at("2027-05-21T08:00:00Z"), nextPrepAt: null }),
    ]);
    expect([two.value.number, three.value.number].sort()).toEqual([2, 3]);
    await appointments.add(ben.id, { ...weekly, weekday: 3 });
    expect((await appointments.find(ben.id, 1))!.weekday).toBe(3);
    const updated = await appointments.update(ana.id, first.value.id, { cancelledDates: ["2027-05-11", "2027-05-18"], nextStartsAt: at("2027-05-25T15:00:00Z") });
    expect(updated).toMatchObject({ cancelledDates: ["2027-05-11", "2027-05-18"], nextStartsAt: at("2027-05-25T15:00:00Z") });
    expect(await appointments.update(ben.id, first.value.id, { cancelledAt: at("2027-05-01T00:00:00Z") })).toBeNull();
    await appointments.update(ana.id, three.value.id, { cancelledAt: at("2027-05-01T00:00:00Z"), nextStartsAt: null });
    expect((await appointments.list(ana.id)).map((a) => a.number)).toEqual([1, 2]);
    expect(await appointments.find(ana.id, 3)).toBeNull();
  });

  it("sweeps due instants and lets only one process claim each", async () => {
    const { appointments } = database.repos;
    const cy = await user("a-cy");
    const due = at("2027-06-01T10:00:00Z");
    const { value } = await appointments.add(cy.id, { startsAt: due, weekday: null, localTime: "12:00", nextStartsAt: due, nextPrepAt: at("2027-05-31T16:00:00Z") });
    const found = await appointments.findDue("nextPrepAt", at("2027-05-31T16:00:00Z"), 100);
    expect(found.filter((f) => f.user.platformUserId === "a-cy").map((f) => f.appointment.id)).toEqual([value.id]);
    expect((await appointments.findDue("nextStartsAt", at("2027-05-31T16:00:00Z"), 100)).some((f) => f.appointment.id === value.id)).toBe(false);
    const patch = { nextStartsAt: null, lastStartsAt: due, followUpFor: due, nextFollowUpAt: at("2027-06-01T13:00:00Z") };
    const results = await Promise.all([1, 2, 3].map(() => appointments.claim(value.id, "nextStartsAt", due, patch)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await appointments.claim(value.id, "nextFollowUpAt", at("2027-06-01T12:00:00Z"), { nextFollowUpAt: null })).toBe(false);
    expect((await appointments.find(cy.id, 1))!).toMatchObject({ nextStartsAt: null, lastStartsAt: due, nextFollowUpAt: at("2027-06-01T13:00:00Z") });
  });

  it("keeps left-out marks once, per person, and brings them back", async () => {
    const { appointments } = database.repos;
    const dee = await user("a-dee");
    const eve = await user("a-eve");
    await appointments.omit(dee.id, "journal", 41);
    await appointments.omit(dee.id, "journal", 41);
    await appointments.omit(dee.id, "note", 7);
    await appointments.omit(eve.id, "win", 41);
    expect(await appointments.omitted(dee.id)).toEqual([{ kind: "journal", itemId: 41 }, { kind: "note", itemId: 7 }]);
    expect(await appointments.restore(eve.id, "journal", 41)).toBe(false);
    expect(await appointments.restore(dee.id, "journal", 41)).toBe(true);
    expect(await appointments.omitted(dee.id)).toEqual([{ kind: "note", itemId: 7 }]);
  });

  it("links practice goals to sessions and finds the latest before an instant", async () => {
    const { appointments } = database.repos;
    const fay = await user("a-fay");
    await appointments.addPractice(fay.id, { sessionAt: at("2027-05-04T15:00:00Z"), goalId: 10, goalNumber: 1 });
    await appointments.addPractice(fay.id, { sessionAt: at("2027-05-11T15:00:00Z"), goalId: 11, goalNumber: 2 });
    await appointments.addPractice(fay.id, { sessionAt: at("2027-05-11T15:00:00Z"), goalId: 11, goalNumber: 2 });
    expect(await appointments.latestPractice(fay.id, at("2027-05-11T15:00:00Z"))).toEqual({ sessionAt: at("2027-05-04T15:00:00Z"), goalId: 10, goalNumber: 1 });
    expect(await appointments.latestPractice(fay.id, at("2027-05-17T00:00:00Z"))).toMatchObject({ goalId: 11 });
    expect(await appointments.latestPractice(fay.id, at("2027-05-01T00:00:00Z"))).toBeNull();
  });

  it("finds ended vacations and ends each once", async () => {
    const { appointments, users } = database.repos;
    const gus = await user("a-gus");
    const until = at("2027-07-01T22:00:00Z");
    await users.update(gus.id, { vacationUntil: until });
    expect((await appointments.endedVacations(at("2027-07-01T21:59:00Z"), 100)).some((u) => u.id === gus.id)).toBe(false);
    const ended = await appointments.endedVacations(at("2027-07-01T22:00:00Z"), 100);
    expect(ended.find((u) => u.id === gus.id)?.vacationUntil).toEqual(until);
    const claims = await Promise.all([appointments.claimVacationEnd(gus.id, until), appointments.claimVacationEnd(gus.id, until)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await users.find(gus))!.vacationUntil).toBeNull();
  });

  it("counts unanswered check-ins per person in one query, and lists the latest sent ones", async () => {
    const { checkIns } = database.repos;
    const ivy = await user("a-ivy");
    const jo = await user("a-jo");
    const rows = [1, 2, 3, 4].flatMap((day) =>
      [ivy, jo].map((u) => ({ userId: u.id, idempotencyKey: `${u.id}:2027-08-0${day}:09:00`, localDate: `2027-08-0${day}`, localTime: "09:00", dueAt: at(`2027-08-0${day}T09:00:00Z`), status: "pending" as const })),
    );
    await checkIns.createMany(rows);
    const sent = await checkIns.claimSendable(at("2027-08-04T09:00:00Z"), at("2027-08-01T00:00:00Z"), 100);
    for (const { checkIn } of sent.filter((s) => s.user.id === ivy.id || s.user.id === jo.id)) {
      await checkIns.update(checkIn.userId, checkIn.id, { status: "sent", sentAt: checkIn.dueAt });
    }
    const joFirst = sent.find((s) => s.user.id === jo.id && s.checkIn.localDate === "2027-08-02")!.checkIn;
    await checkIns.update(jo.id, joFirst.id, { answeredAt: at("2027-08-02T10:00:00Z"), mood: 6 });
    const counts = await checkIns.unansweredCounts([ivy.id, jo.id], at("2027-08-02T00:00:00Z"));
    expect([counts.get(ivy.id), counts.get(jo.id)]).toEqual([3, 2]);
    expect((await checkIns.recentSent(jo.id, 3)).map((c) => [c.localDate, c.mood])).toEqual([["2027-08-04", null], ["2027-08-03", null], ["2027-08-02", 6]]);
  });

  it("runs a week of the session rhythm on real storage: prep, leave out, follow-up goal, summary file", async () => {
    const bot = testCompanion({ repos: database.repos, now: "2027-05-03T10:00:00Z" });
    await bot.send("hal", "/timezone Europe/Berlin");
    await bot.send("hal", "/session prep 09:00");
    await bot.send("hal", "/session weekly Tue 17:00");
    await bot.tick("2027-05-04T15:00:00Z");
    await bot.tick("2027-05-04T18:00:00Z");
    expect(textOf(await bot.send("hal", "breathe before answering"))).toMatch(/Kept as goal 1: breathe before answering \(from my session on Tue 4 May\)/);
    bot.clock.set(new Date("2027-05-06T18:00:00Z"));
    const hal = (await database.repos.users.find(bot.userRef("hal")))!;
    await database.repos.journal.add(hal.id, { text: "Something private about my father", at: bot.clock.now(), checkInId: null, tags: [] });
    expect(textOf(await bot.send("hal", "/journal star 1"))).toMatch(/Entry 1 is starred/);
    await bot.send("hal", "/tosession sleep");
    // Other tests' people share this database: only Hal's messages count here.
    const prep = (await bot.tick("2027-05-10T07:00:00Z")).filter((o) => o.to.platformUserId === "hal");
    expect(prep.map((o) => o.reply.text).join("\n")).toMatch(/Your session is tomorrow at 17:00[\s\S]*breathe before answering\. Still open[\s\S]*1\. ★ Entry 1 \(Thu\): Something private about my father\n2\. Note \(Thu\): sleep/);
    await bot.press("hal", prep[0]!.reply.buttons![0]![0]!.id);
    bot.clock.set(new Date("2027-05-11T08:00:00Z"));
    const [summary] = await bot.send("hal", "/summary");
    const file = new TextDecoder().decode(summary!.file!.bytes);
    expect(file).not.toContain("father");
    expect(file).toContain("1 item left out at my request.");
    expect(file).toContain("since my last session");
  });
});
