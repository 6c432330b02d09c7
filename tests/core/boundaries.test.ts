import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/replies";
import { SECRET_WORDS, snapshotOf } from "../fakes/boundaries-snapshot";
import { buttonIds, testCompanion, textOf } from "../fakes/test-companion";

// One person's buttons are data anyone can send back (a forged Telegram callback, a stale client,
// a pasted custom id). Whatever ids they carry, a press only ever acts on the presser's own data.

type Bot = ReturnType<typeof testCompanion>;

const ANA = "ana";
const BEN = "ben";

/** Every button namespace the core can produce, read from the source, so a new one is attacked too. */
function namespacesInSource(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith(".ts")) {
        for (const match of readFileSync(path, "utf8").matchAll(/\bid: [`"]([a-z]+)\.[a-z]/g)) found.add(match[1]!);
      }
    }
  };
  walk(join(process.cwd(), "src/core"));
  return found;
}

/** Runs one of Ana's steps and keeps every button id she was shown. */
function recorder(bot: Bot, name: string) {
  const seen = new Set<string>();
  const keep = (replies: readonly Reply[]) => {
    for (const id of buttonIds(replies)) seen.add(id);
    return replies;
  };
  return {
    seen,
    send: async (text: string) => keep(await bot.send(name, text)),
    press: async (id: string) => keep(await bot.press(name, id)),
    tick: async (at: string) => keep((await bot.tick(at)).filter((o) => o.to.platformUserId === name).map((o) => o.reply)),
  };
}

/** Everything the core keeps about a person, as plain JSON: what an attack must leave unchanged. */
/** Ana uses everything that shows a button: a real week, with check-ins, sessions and a pending /delete. */
async function anasWeek(bot: Bot) {
  const ana = recorder(bot, ANA);
  await ana.send("/start");
  await ana.press("onboarding.skip");
  await ana.send("/timezone Europe/London");
  await ana.send("/country GB");
  await ana.send("/plan add people: my sister Hortensia +44 7700 900123");
  await ana.send("/plan");
  await ana.send("/safety");
  await ana.press("safety.ground:box");
  await ana.send("/habit add walk");
  await ana.send("/habit starter");
  await ana.send("/done walk");
  await ana.send("/journal Zephyrine-7781 slept badly #sleep");
  await ana.send("/journal star 1");
  await ana.send("/journal delete 1");
  await ana.press("journal.keepentry");
  await ana.send("hello?");
  await ana.send("/goal add call the GP; find the number");
  await ana.send("/goals");
  await ana.send("/goal remove 1");
  await ana.press("goal.keep");
  await ana.send("/tosession the nightmares are back");
  await ana.send("win: Zephyrine finished the form");
  await ana.send("/mood");
  await ana.send("/checkin 09:00");
  await ana.tick("2027-03-08T09:00:00Z");
  await ana.send("/session weekly Thu 17:00");
  await ana.send("/session cancel 1");
  await ana.press("session.keepit");
  await ana.send("I feel like I want to end my life, Zephyrine");
  // Check-ins go unanswered for a while; the day before the session comes its prep message.
  for (const day of ["09", "10", "11"]) await ana.tick(`2027-03-${day}T09:00:00Z`);
  await ana.tick("2027-03-11T20:00:00Z");
  for (const day of ["12", "13", "14"]) await ana.tick(`2027-03-${day}T09:00:00Z`);
  await ana.send("/plan build");
  await ana.press("plan.stop");
  await ana.send("/delete");
  return ana.seen;
}

/** The check-in ids in Ana's buttons, for the snapshot. */
function checkInIdsOf(ids: Iterable<string>): number[] {
  return [...new Set([...ids].flatMap((id) => /^checkin\.\w+:(\d+)/.exec(id)?.[1] ?? []).map(Number))];
}

describe("another person's buttons", () => {
  it("every button Ana was shown, pressed by Ben, changes nothing of hers and shows him nothing of hers", async () => {
    const bot = testCompanion({ now: "2027-03-08T07:00:00Z" });
    // Ben has his own entry 1, goal 1 and habits, so per-person numbers overlap with Ana's.
    await bot.send(BEN, "/journal my own first entry");
    await bot.send(BEN, "/goal add tidy the desk; one drawer");
    await bot.send(BEN, "/habit add stretch");
    const anaIds = await anasWeek(bot);

    // The attack covers every namespace the core produces buttons in.
    const namespaces = new Set([...anaIds].map((id) => id.split(".")[0]!));
    expect([...namespacesInSource()].filter((ns) => !namespaces.has(ns))).toEqual([]);
    // And the ids that point at Ana's own rows are among them.
    expect([...anaIds]).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^checkin\.mood:\d+:\d+$/),
        expect.stringMatching(/^checkin\.later:\d+$/),
        expect.stringMatching(/^checkin\.skip:\d+$/),
        expect.stringMatching(/^habit\.undo:\d+:/),
        expect.stringMatching(/^journal\.delete:1$/),
        expect.stringMatching(/^goal\.remove:1$/),
        expect.stringMatching(/^session\.omit:\w:\d+$/),
        expect.stringMatching(/^session\.cancelall:1$/),
        expect.stringMatching(/^privacy\.erase:\w+$/),
        "rhythm.pause",
      ]),
    );
    const checkInIds = checkInIdsOf(anaIds);
    const before = await snapshotOf(bot.repos, bot.userRef(ANA), checkInIds);

    // Extra forged ids: Ana's habit inside Ben's check-in step, Ana's rows with values she never chose.
    const habitId = [...anaIds].map((id) => /^habit\.undo:(\d+):/.exec(id)?.[1]).find(Boolean)!;
    const forged = [
      ...checkInIds.flatMap((id) => [`checkin.habit:${id}:${habitId}`, `checkin.sleep:${id}:3`, `checkin.done:${id}`, `checkin.next:${id}:habits`]),
      `habit.undo:${habitId}:2027-03-08`,
      "session.tojournal:1",
      "session.practice:1",
      "session.omit:j:1",
      "session.keep:j:1",
    ];
    const toBen: Reply[] = [];
    for (const id of [...anaIds, ...forged]) toBen.push(...(await bot.press(BEN, id)));

    expect(await snapshotOf(bot.repos, bot.userRef(ANA), checkInIds)).toEqual(before);
    expect(textOf(toBen)).not.toMatch(SECRET_WORDS);
    // Ana is still here: her pending /delete was not confirmed by Ben's press.
    expect(textOf(await bot.send(ANA, "/journal"))).toMatch(/Zephyrine-7781 slept badly/);
  });
});

describe("pressing the same button again", () => {
  it("answers a check-in once: a second press of the same mood, or another mood, stores nothing more", async () => {
    const bot = testCompanion({ now: "2027-03-08T07:00:00Z" });
    await bot.send(ANA, "/checkin 09:00");
    const [checkIn] = (await bot.tick("2027-03-08T09:00:00Z")).map((o) => o.reply);
    const id = Number(/checkin\.mood:(\d+):4/.exec(buttonIds([checkIn!]).join(" "))![1]);
    await bot.press(ANA, `checkin.mood:${id}:4`);
    expect(textOf(await bot.press(ANA, `checkin.mood:${id}:4`))).toMatch(/already answered/);
    expect(textOf(await bot.press(ANA, `checkin.mood:${id}:9`))).toMatch(/already answered/);
    // The stale "later" and "skip" on the same message neither reopen nor skip an answered check-in.
    await bot.press(ANA, `checkin.later:${id}`);
    await bot.press(ANA, `checkin.skip:${id}`);
    const user = (await bot.repos.users.find(bot.userRef(ANA)))!;
    const moods = await bot.repos.moods.list(user.id, new Date(0), new Date("2100-01-01"));
    expect(moods.map((m) => m.value)).toEqual([4]);
    expect(await bot.repos.checkIns.find(user.id, id)).toMatchObject({ mood: 4, status: "sent" });
    expect((await bot.repos.users.find(bot.userRef(ANA)))!.skipDate).toBeNull();
  });

  it("keeps one mood per /mood question: a double tap or the same picker later stores nothing more", async () => {
    const bot = testCompanion({ now: "2027-03-08T07:00:00Z" });
    const picker = buttonIds(await bot.send(ANA, "/mood"));
    const six = picker.find((id) => /^mood\.set:6\b/.test(id))!;
    const three = picker.find((id) => /^mood\.set:3\b/.test(id))!;
    await bot.press(ANA, six);
    expect(textOf(await bot.press(ANA, six))).toMatch(/already answered this one \(mood 6\)/);
    bot.clock.set(new Date("2027-03-09T07:00:00Z"));
    await bot.press(ANA, three);
    // A new question is a new answer.
    await bot.press(ANA, buttonIds(await bot.send(ANA, "/mood")).find((id) => /^mood\.set:3\b/.test(id))!);
    const user = (await bot.repos.users.find(bot.userRef(ANA)))!;
    expect((await bot.repos.moods.list(user.id, new Date(0), new Date("2100-01-01"))).map((m) => m.value)).toEqual([6, 3]);
  });

  it("keeps a check-in's journal answer once when the same message arrives twice", async () => {
    const bot = testCompanion({ now: "2027-03-08T07:00:00Z" });
    await bot.send(ANA, "/checkin 09:00");
    const [checkIn] = (await bot.tick("2027-03-08T09:00:00Z")).map((o) => o.reply);
    const id = /checkin\.mood:(\d+):4/.exec(buttonIds([checkIn!]).join(" "))![1];
    await bot.press(ANA, `checkin.mood:${id}:4`);
    await bot.send(ANA, "Zephyrine walked to the river", { eventId: "tg-900" });
    await bot.send(ANA, "Zephyrine walked to the river", { eventId: "tg-900" });
    const user = (await bot.repos.users.find(bot.userRef(ANA)))!;
    expect((await bot.repos.journal.list(user.id, { limit: 10 })).map((e) => e.text)).toEqual(["Zephyrine walked to the river"]);
  });
});

describe("group chats", () => {
  it("answers every command in a group without personal data, and stores nothing", async () => {
    const bot = testCompanion({ now: "2027-03-08T07:00:00Z" });
    await bot.send(ANA, "/country GB");
    await bot.send(ANA, "/plan add people: my sister Hortensia +44 7700 900123");
    await bot.send(ANA, "/journal Zephyrine slept badly");
    const before = await snapshotOf(bot.repos, bot.userRef(ANA));
    const group: Reply[] = [];
    for (const command of bot.core.commands.list) group.push(...(await bot.send(ANA, `/${command.name} Zephyrine 2`, { chat: "group" })));
    group.push(...(await bot.send(ANA, "win: Zephyrine in the group", { chat: "group" })));
    group.push(...(await bot.press(ANA, "plan.show", { chat: "group" })));
    group.push(...(await bot.press(ANA, "safety.show", { chat: "group" })));
    expect(textOf(group)).not.toMatch(SECRET_WORDS);
    // The UK lines are personal too (they tell the group where she lives): only international ones.
    expect(textOf(group)).not.toMatch(/116 123|Samaritans/);
    expect(textOf(group)).toMatch(/findahelpline\.com/);
    expect(await snapshotOf(bot.repos, bot.userRef(ANA))).toEqual(before);
    // Someone who only ever wrote in a group is not even created.
    await bot.send(BEN, "/journal Zephyrine", { chat: "group" });
    expect(await bot.repos.users.find(bot.userRef(BEN))).toBeNull();
  });
});
