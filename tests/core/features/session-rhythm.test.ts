import { describe, expect, it } from "vitest";
import { ASK_TO_PAUSE } from "../../../src/core/features/rhythm/ask-to-pause";
import { SAFETY_MENTION } from "../../../src/core/features/sessions/mention-safety-plan";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

type Bot = ReturnType<typeof testCompanion>;

/** Each day from `from` to `to` (inclusive) at 09:00 UTC: what went out, as "checkin" or the first words. */
async function mornings(bot: Bot, from: number, to: number) {
  const days: Record<number, string[]> = {};
  for (let day = from; day <= to; day++) {
    const out = await bot.tick(`2027-05-${String(day).padStart(2, "0")}T09:00:00Z`);
    days[day] = out.map((o) => (o.reply.kind === "checkin" ? "checkin" : o.reply.text.slice(0, 24)));
  }
  return days;
}

describe("backfilling yesterday", () => {
  it("keeps 'yesterday: mood 4' and 'yesterday mood 4' for the previous local date, once per message", async () => {
    // 23:30 UTC on 3 May is already 4 May in Sydney: yesterday there is 3 May.
    const bot = testCompanion({ now: "2027-05-03T23:30:00Z" });
    await bot.send("ana", "/timezone Australia/Sydney");
    expect(textOf(await bot.send("ana", "yesterday: mood 4", { eventId: "m-1" }))).toBe("Noted for yesterday (Monday 3 May): mood 4. /mood shows your last week.");
    await bot.send("ana", "yesterday: mood 4", { eventId: "m-1" });
    await bot.send("ana", "Yesterday mood 6");
    expect(bot.repos.all.moods.map((m) => [m.value, m.at.toISOString()])).toEqual([
      [4, "2027-05-03T02:00:00.000Z"], // midday in Sydney
      [6, "2027-05-03T02:00:00.000Z"],
    ]);
    expect(textOf(await bot.send("ana", "/mood"))).toMatch(/Mon 4, 6 · Tue –/);
  });

  it("keeps 'yesterday: <words>' as yesterday's journal entry, and plain writing about yesterday as today's", async () => {
    const bot = testCompanion({ now: "2027-05-04T08:00:00Z" });
    const saved = await bot.send("ana", "yesterday: the session was hard #therapy", { eventId: "j-1" });
    await bot.send("ana", "yesterday: the session was hard #therapy", { eventId: "j-1" });
    expect(textOf(saved)).toBe("Saved to your journal for yesterday, Monday 3 May (entry 1).");
    expect(buttonIds(saved)).toEqual(["journal.star:1"]);
    await bot.send("ana", "yesterday was long but ok");
    expect(bot.repos.all.journal.map((e) => [e.text, e.createdAt.toISOString(), e.tags])).toEqual([
      ["the session was hard #therapy", "2027-05-03T12:00:00.000Z", ["therapy"]],
      ["yesterday was long but ok", "2027-05-04T08:00:00.000Z", []],
    ]);
    expect((await bot.send("ana", "yesterday: mood 11"))[0]!.kind).toBe("error");
    expect(bot.repos.all.moods).toHaveLength(0);
  });
});

describe("asking once whether to pause", () => {
  it("after five unanswered check-ins asks instead of checking in, waits for the answer, and counts afresh after 'keep going'", async () => {
    const bot = testCompanion({ now: "2027-05-03T10:00:00Z" });
    await bot.send("ana", "/checkin 09:00");
    const days = await mornings(bot, 4, 11);
    expect(days).toEqual({ 4: ["checkin"], 5: ["checkin"], 6: ["checkin"], 7: ["checkin"], 8: ["checkin"], 9: [ASK_TO_PAUSE.slice(0, 24)], 10: [], 11: [] });
    const asked = (await bot.repos.users.find(bot.userRef("ana")))!;
    expect(asked.pauseAskedAt).not.toBeNull();
    bot.clock.set(new Date("2027-05-11T12:00:00Z"));
    expect(textOf(await bot.press("ana", "rhythm.keep"))).toMatch(/I'll keep checking in/);
    const after = await mornings(bot, 12, 17);
    expect(after).toEqual({ 12: ["checkin"], 13: ["checkin"], 14: ["checkin"], 15: ["checkin"], 16: ["checkin"], 17: [ASK_TO_PAUSE.slice(0, 24)] });
    bot.clock.set(new Date("2027-05-17T12:00:00Z"));
    expect(textOf(await bot.press("ana", "rhythm.pause"))).toMatch(/Check-ins are paused/);
    expect(await mornings(bot, 18, 19)).toEqual({ 18: [], 19: [] });
    await bot.send("ana", "/resume");
    expect(await mornings(bot, 20, 20)).toEqual({ 20: ["checkin"] });
  });

  it("does not ask someone who answers, and can be switched off", async () => {
    const bot = testCompanion({ now: "2027-05-03T10:00:00Z" });
    await bot.send("ana", "/checkin 09:00");
    for (let day = 4; day <= 12; day++) {
      const [checkIn] = await bot.tick(`2027-05-${String(day).padStart(2, "0")}T09:00:00Z`);
      expect(checkIn!.reply.kind).toBe("checkin");
      // Ana answers one in four.
      if (day % 4 === 0) await bot.press("ana", checkIn!.reply.buttons![0]![3]!.id);
    }
    const off = testCompanion({ now: "2027-05-03T10:00:00Z" });
    off.deps.settings.askToPauseAfter = 0;
    await off.send("ben", "/checkin 09:00");
    const days = await mornings(off, 4, 12);
    expect(Object.values(days).every((sent) => sent.length === 1 && sent[0] === "checkin")).toBe(true);
  });
});

describe("vacation", () => {
  it("is quiet until the date, keeps /safety working, and welcomes the person back", async () => {
    const bot = testCompanion({ now: "2027-05-03T10:00:00Z" });
    await bot.send("ana", "/checkin 09:00");
    await bot.send("ana", "/session 2027-05-06 16:00");
    for (const bad of ["/vacation until someday", "/vacation until 2027-05-01", "/vacation until 2027-02-30", "/vacation until 2028-04-01"]) {
      expect((await bot.send("ana", bad))[0]!.kind, bad).toBe("error");
    }
    expect(textOf(await bot.send("ana", "/vacation until 2027-05-01"))).toMatch(/^That day has already passed\./);
    expect((await bot.repos.users.find(bot.userRef("ana")))!.vacationUntil).toBeNull();
    expect(textOf(await bot.send("ana", "/vacation until 2027-05-08"))).toMatch(/No check-ins or session prep until you're back on Saturday 8 May/);
    const away = await bot.runClock("2027-05-03T10:15:00Z", "2027-05-07T23:45:00Z", 15);
    expect(away).toEqual([]);
    expect((await bot.send("ana", "/safety"))[0]!.kind).toBe("safety");
    const [welcome, checkIn] = await bot.runClock("2027-05-08T00:00:00Z", "2027-05-08T09:00:00Z", 15);
    expect(welcome!.reply.text).toMatch(/^Welcome back\. I hope the break did you good\./);
    expect(welcome!.to.platformUserId).toBe("ana");
    expect(checkIn!.reply.kind).toBe("checkin");
    expect(await bot.tick("2027-05-09T00:00:00Z")).toEqual([]);
  });

  it("ends early with /vacation off", async () => {
    const bot = testCompanion({ now: "2027-05-03T10:00:00Z" });
    await bot.send("ana", "/vacation until 10 May");
    expect(textOf(await bot.send("ana", "/vacation"))).toMatch(/You're on a break until Monday 10 May/);
    expect(textOf(await bot.send("ana", "/vacation off"))).toMatch(/^Welcome back/);
    expect(textOf(await bot.send("ana", "/vacation off"))).toMatch(/You're not on a break/);
  });
});

describe("the safety plan, when sessions are far off and moods are low", () => {
  async function lowWeek(bot: Bot, moods = ["/mood 3", "/mood 2", "/mood 3"]) {
    for (const [i, mood] of moods.entries()) {
      bot.clock.set(new Date(`2027-05-0${i + 2}T18:00:00Z`));
      await bot.send("ana", mood);
    }
    bot.clock.set(new Date("2027-05-05T10:00:00Z"));
  }

  it("mentions it once, kindly, when a session is cancelled, and not again within a week", async () => {
    const bot = testCompanion({ now: "2027-05-01T10:00:00Z" });
    await bot.send("ana", "/session 2027-05-11 16:00");
    await bot.send("ana", "/session 2027-05-18 16:00");
    await lowWeek(bot);
    const cancelled = await bot.send("ana", "/session cancel 1");
    expect(cancelled.map((r) => r.text)).toEqual([expect.stringMatching(/^Cancelled your session of Tue 11 May, 16:00\./), SAFETY_MENTION]);
    expect(buttonIds(cancelled)).toEqual(["safety.show"]);
    expect(cancelled[1]!.text).not.toMatch(/crisis|emergency|danger|worried/i);
    expect(await bot.send("ana", "/session cancel 2")).toHaveLength(1);
    bot.clock.set(new Date("2027-05-12T10:00:00Z"));
    await lowWeek(bot, []);
    bot.clock.set(new Date("2027-05-13T10:00:00Z"));
    // A week on, booking a session seven weeks away is a long gap too: mentioned again, once.
    expect((await bot.send("ana", "/session 2027-06-30 16:00")).map((r) => r.text)).toEqual([expect.stringMatching(/^Booked/), SAFETY_MENTION]);
    expect(await bot.send("ana", "/session cancel 3")).toHaveLength(1);
  });

  it("says nothing when moods are not low, or when the next session is close", async () => {
    const bot = testCompanion({ now: "2027-05-01T10:00:00Z" });
    await bot.send("ana", "/session 2027-05-11 16:00");
    await lowWeek(bot, ["/mood 3", "/mood 5", "/mood 4"]);
    expect(await bot.send("ana", "/session cancel 1")).toHaveLength(1);
    await lowWeek(bot);
    expect(await bot.send("ana", "/session 2027-05-12 16:00")).toHaveLength(1);
    expect(await bot.send("ana", "/session 2027-06-12 16:00")).toHaveLength(1);
  });

  it("mentions it after the last booked session has passed with no next one in two weeks", async () => {
    const bot = testCompanion({ now: "2027-05-01T10:00:00Z" });
    await bot.send("ana", "/session 2027-05-05 16:00");
    await lowWeek(bot);
    const out = await bot.tick("2027-05-05T16:00:00Z");
    expect(out.map((o) => o.reply.text)).toEqual([SAFETY_MENTION]);
  });
});
