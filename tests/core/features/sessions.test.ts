import { describe, expect, it } from "vitest";
import type { Outgoing } from "../../../src/core/replies";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

type Bot = ReturnType<typeof testCompanion>;

/** What the scheduler sent (check-ins aside), with the instant it went out. */
async function sentBetween(bot: Bot, from: string, to: string, stepMinutes = 15) {
  const sent: { at: string; out: Outgoing }[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMinutes * 60_000) {
    const at = new Date(t).toISOString();
    for (const out of await bot.tick(at)) if (out.reply.kind !== "checkin") sent.push({ at, out });
  }
  return sent;
}

const fileText = (replies: { file?: { bytes: Uint8Array } }[]) => new TextDecoder().decode(replies[0]!.file!.bytes);

/** Ana in Berlin with a weekly Tuesday 17:00 session, booked on Saturday 20 March 2027. */
async function anaWithWeeklySession() {
  const bot = testCompanion({ now: "2027-03-20T10:00:00Z" });
  await bot.send("ana", "/timezone Europe/Berlin");
  await bot.send("ana", "/session prep 08:30");
  const booked = await bot.send("ana", "/session weekly Tue 17:00");
  return { bot, booked };
}

describe("a weekly session: prep the day before, a question after", () => {
  it("keeps the wall-clock time across the March clock change, for the session, the prep and the follow-up", async () => {
    const { bot, booked } = await anaWithWeeklySession();
    expect(textOf(booked)).toMatch(/Booked: every Tuesday at 17:00 \(session 1\), starting Tue 23 Mar, 17:00\. Times are in Europe\/Berlin\./);
    expect(textOf(booked)).toMatch(/The day before, at 08:30, I'll send a short look at your week/);
    const sent = await sentBetween(bot, "2027-03-21T00:00:00Z", "2027-03-31T00:00:00Z");
    expect(sent.map(({ at, out }) => [at, out.reply.text.split(/[.?]/)[0]])).toEqual([
      ["2027-03-22T07:30:00.000Z", "Your session is tomorrow at 17:00"], // 08:30 CET
      ["2027-03-23T19:00:00.000Z", "How did it go"], // 17:00 CET + 3 h
      ["2027-03-29T06:30:00.000Z", "Your session is tomorrow at 17:00"], // 08:30 CEST
      ["2027-03-30T18:00:00.000Z", "How did it go"], // 17:00 CEST + 3 h
    ]);
    expect(textOf(await bot.send("ana", "/sessions"))).toMatch(/1 · every Tuesday at 17:00 \(next: Tue 6 Apr, 17:00\)/);
  });

  it("brings starred entries and session notes, each with a tap to leave it out, and left-out items stay out of the file", async () => {
    const { bot } = await anaWithWeeklySession();
    await sentBetween(bot, "2027-03-23T15:45:00Z", "2027-03-23T16:00:00Z"); // the first session begins
    bot.clock.set(new Date("2027-03-25T18:00:00Z"));
    await bot.send("ana", "/mood 4");
    await bot.send("ana", "I froze again when my manager called");
    await bot.send("ana", "/journal star 1");
    await bot.send("ana", "Went for a swim, felt lighter");
    await bot.send("ana", "/journal star 2");
    await bot.send("ana", "/tosession the panic on Thursday");
    await bot.send("ana", "win: called my sister");
    const [prep] = (await sentBetween(bot, "2027-03-29T06:15:00Z", "2027-03-29T06:30:00Z")).map((s) => s.out.reply);
    expect(prep!.text).toMatch(/^Your session is tomorrow at 17:00\. Here is your week:\n\nSince your last session \(Tue 23 Mar, 17:00\):\n• Mood: 4\.0 from 1 mood/);
    expect(prep!.text).toMatch(/1\. ★ Entry 1 \(Thu\): I froze again when my manager called\n2\. ★ Entry 2 \(Thu\): Went for a swim, felt lighter\n3\. Note \(Thu\): the panic on Thursday\n4\. Win \(Thu\): called my sister/);
    const ids = buttonIds([prep!]);
    expect(ids).toEqual([expect.stringMatching(/^session\.omit:j:\d+$/), expect.stringMatching(/^session\.omit:j:\d+$/), expect.stringMatching(/^session\.omit:n:\d+$/), expect.stringMatching(/^session\.omit:w:\d+$/), "session.more"]);
    for (const id of ids) expect(new TextEncoder().encode(id).length).toBeLessThanOrEqual(64);
    // Ana leaves out the first entry and the note.
    expect(textOf(await bot.press("ana", ids[0]!))).toMatch(/Left out\. It won't be in your summary or the file/);
    await bot.press("ana", ids[2]!);
    bot.clock.set(new Date("2027-03-30T08:00:00Z"));
    const summary = await bot.send("ana", "/summary");
    const file = fileText(summary);
    expect(file).not.toContain("manager");
    expect(file).not.toContain("panic on Thursday");
    expect(file).toContain("Went for a swim, felt lighter");
    expect(file).toContain("called my sister");
    expect(file).toContain("2 items left out at my request.");
    expect(file).toMatch(/Period covered: Tue 23 March 2027, 17:00 to Tue 30 March 2027, 10:00 \(since my last session\)\./);
    expect(summary[0]!.text).not.toContain("manager");
    expect(summary[0]!.text).toMatch(/Since your last session \(Tue 23 Mar, 17:00\)\..*2 items are left out, as you asked\./s);
    // Nothing was erased: the entry is still in the journal, and a tap brings it back.
    expect(bot.repos.all.journal.map((e) => e.text)).toContain("I froze again when my manager called");
    await bot.press("ana", ids[0]!.replace("omit", "keep"));
    const again = fileText(await bot.send("ana", "/summary"));
    expect(again).toContain("manager");
    expect(again).toContain("1 item left out at my request.");
  });

  it("adds one more thing from the prep message as a session note, kept once", async () => {
    const { bot } = await anaWithWeeklySession();
    const [prep] = (await sentBetween(bot, "2027-03-22T07:15:00Z", "2027-03-22T07:30:00Z")).map((s) => s.out.reply);
    expect(prep!.text).toMatch(/The last 7 days:[\s\S]*Nothing starred or noted for the session yet/);
    expect(textOf(await bot.press("ana", "session.more"))).toMatch(/What else would you like to bring up/);
    expect(textOf(await bot.send("ana", "how to say no at work", { eventId: "t-1" }))).toMatch(/Added to what you'll bring up \(note 1\)/);
    await bot.send("ana", "how to say no at work", { eventId: "t-1" });
    expect(bot.repos.all.notes.map((n) => n.text)).toEqual(["how to say no at work"]);
  });

  it("turns the answer after a session into a goal with the session's date, and the next prep shows how it went", async () => {
    const { bot } = await anaWithWeeklySession();
    const [question] = (await sentBetween(bot, "2027-03-23T15:45:00Z", "2027-03-23T19:00:00Z")).map((s) => s.out.reply);
    expect(question!.text).toBe("How did it go? Is there one thing to practise this week? Just reply with it, and I'll keep it as a small goal. Or nothing at all, that's fine too.");
    expect(buttonIds([question!])).toEqual(["session.practice:1", "session.nopractice"]);
    const saved = await bot.send("ana", "notice when I apologise", { eventId: "u-7" });
    await bot.send("ana", "notice when I apologise", { eventId: "u-7" });
    expect(textOf(saved)).toMatch(/Kept as goal 1: notice when I apologise \(from my session on Tue 23 Mar\)\./);
    expect(bot.repos.all.goals.map((g) => g.text)).toEqual(["notice when I apologise (from my session on Tue 23 Mar)"]);
    // The next message is ordinary again.
    expect(textOf(await bot.send("ana", "a quiet evening"))).toMatch(/Saved to your journal/);
    const [open] = (await sentBetween(bot, "2027-03-29T06:30:00Z", "2027-03-29T06:30:00Z")).map((s) => s.out.reply);
    expect(open!.text).toMatch(/What you took from your session on Tue 23 Mar: notice when I apologise\. Still open, and that's okay \(goal 1/);
    await bot.send("ana", "/goal done 1");
    await sentBetween(bot, "2027-03-30T15:00:00Z", "2027-03-30T18:00:00Z");
    await bot.press("ana", "session.nopractice");
    const [done] = (await sentBetween(bot, "2027-04-05T06:30:00Z", "2027-04-05T06:30:00Z")).map((s) => s.out.reply);
    expect(done!.text).toMatch(/What you took from your session on Tue 23 Mar: notice when I apologise\. Done ✓/);
  });

  it("keeps a mood or a win sent after the question as what it is, and still takes the answer after it", async () => {
    const { bot } = await anaWithWeeklySession();
    await sentBetween(bot, "2027-03-23T16:00:00Z", "2027-03-23T19:00:00Z", 180);
    expect(textOf(await bot.send("ana", "mood 6"))).toMatch(/^Noted: mood 6/);
    expect((await bot.send("ana", "win: I went, even though I wanted to cancel"))[0]!.kind).toBe("celebration");
    expect(textOf(await bot.send("ana", "slow down before replying"))).toMatch(/^Kept as goal 1: slow down before replying \(from my session on Tue 23 Mar\)/);
    expect(bot.repos.all.moods.map((m) => m.value)).toEqual([6]);
    expect(bot.repos.all.wins).toHaveLength(1);
  });

  it("treats writing long after the question as ordinary journal writing", async () => {
    const { bot } = await anaWithWeeklySession();
    await sentBetween(bot, "2027-03-23T16:00:00Z", "2027-03-23T19:00:00Z", 180);
    bot.clock.set(new Date("2027-03-24T12:00:00Z"));
    expect(textOf(await bot.send("ana", "woke up rested"))).toMatch(/Saved to your journal/);
    expect(bot.repos.all.goals).toHaveLength(0);
  });

  it("moves an answer that was meant for the journal out of the goals", async () => {
    const { bot } = await anaWithWeeklySession();
    await sentBetween(bot, "2027-03-23T16:00:00Z", "2027-03-23T19:00:00Z", 180);
    await bot.send("ana", "tired, long day");
    expect(textOf(await bot.press("ana", "session.tojournal:1"))).toMatch(/Moved it from your goals to your journal/);
    await bot.press("ana", "session.tojournal:1");
    expect(bot.repos.all.goals).toHaveLength(0);
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual(["tired, long day"]);
  });

  it("sends the prep at the person's first check-in time unless they choose another", async () => {
    const bot = testCompanion({ now: "2027-05-03T10:00:00Z" });
    await bot.send("ana", "/checkin 19:00");
    await bot.send("ana", "/checkin add 07:45");
    await bot.send("ana", "/session 2027-05-12 16:00");
    expect(textOf(await bot.send("ana", "/session prep"))).toMatch(/at 07:45 \(your first check-in time/);
    expect(bot.repos.all.appointments[0]!.nextPrepAt!.toISOString()).toBe("2027-05-11T07:45:00.000Z");
    await bot.send("ana", "/session 2027-05-19 16:00");
    expect(textOf(await bot.send("ana", "/session prep 20:15"))).toMatch(/your week comes at 20:15/);
    const sent = await sentBetween(bot, "2027-05-10T00:00:00Z", "2027-05-19T00:00:00Z");
    expect(sent.filter((s) => s.out.reply.text.startsWith("Your session")).map((s) => s.at)).toEqual(["2027-05-11T20:15:00.000Z", "2027-05-18T20:15:00.000Z"]);
  });

  it("does not ask how it went in the night: a late session is asked about in the morning", async () => {
    const bot = testCompanion({ now: "2027-05-03T10:00:00Z" });
    await bot.send("ana", "/session 2027-05-04 20:30");
    const sent = await sentBetween(bot, "2027-05-04T20:00:00Z", "2027-05-05T09:00:00Z");
    expect(sent.map((s) => s.at)).toEqual(["2027-05-05T08:00:00.000Z"]);
  });
});

describe("booking, moving and cancelling", () => {
  it("books one-offs, lists them in order, and refuses the past and impossible dates, changing nothing", async () => {
    const bot = testCompanion({ now: "2027-05-05T10:00:00Z" });
    await bot.send("ana", "/timezone America/New_York");
    for (const bad of ["/session 2027-02-30 10:00", "/session 2027-05-01 10:00", "/session tomorrow 25:00", "/session someday", "/session tomorrow", "/session weekly Tue 29:00", "/session move 4 fri 10:00", "/session cancel 4", "/session prep teatime"]) {
      const [answer] = await bot.send("ana", bad);
      expect(answer!.kind, bad).toBe("error");
      expect(answer!.text, bad).toMatch(/Nothing was changed\.|When is it\?/);
    }
    expect(bot.repos.all.appointments).toHaveLength(0);
    expect(textOf(await bot.send("ana", "/session 2027-02-30 10:00"))).toMatch(/doesn't exist in the calendar/);
    expect(textOf(await bot.send("ana", "/session fri 17:30"))).toMatch(/Booked: Fri 7 May, 17:30 \(session 1\)\. Times are in America\/New_York\./);
    expect(textOf(await bot.send("ana", "/session tomorrow 9am", { eventId: "e-2" }))).toMatch(/Booked: Thu 6 May, 09:00 \(session 2\)/);
    await bot.send("ana", "/session tomorrow 9am", { eventId: "e-2" });
    expect(textOf(await bot.send("ana", "/session tomorrow 9am"))).toMatch(/You already have that one: session 2/);
    expect(textOf(await bot.send("ana", "/sessions"))).toMatch(/Your sessions \(America\/New_York\):\n2 · Thu 6 May, 09:00\n1 · Fri 7 May, 17:30/);
    expect(bot.repos.all.appointments).toHaveLength(2);
  });

  it("moves a one-off, and its prep message with it", async () => {
    const bot = testCompanion({ now: "2027-05-05T10:00:00Z" });
    await bot.send("ana", "/session 2027-05-11 16:30");
    expect(textOf(await bot.send("ana", "/session move 1 2027-05-12 10:00"))).toMatch(/Moved session 1 to Wed 12 May, 10:00\./);
    const sent = await sentBetween(bot, "2027-05-10T00:00:00Z", "2027-05-12T00:00:00Z", 30);
    expect(sent.map((s) => [s.at, s.out.reply.text.split(".")[0]])).toEqual([["2027-05-11T18:00:00.000Z", "Your session is tomorrow at 10:00"]]);
  });

  it("asks whether to cancel the next session of a series or the whole series, and does what was chosen", async () => {
    const { bot } = await anaWithWeeklySession();
    const asked = await bot.send("ana", "/session cancel 1");
    expect(textOf(asked)).toMatch(/Session 1 is weekly \(every Tuesday at 17:00\)\. Cancel just the next one \(Tue 23 Mar, 17:00\), or the whole series\?/);
    expect(buttonIds(asked)).toEqual(["session.cancelnext:1", "session.cancelall:1", "session.keepit"]);
    expect(bot.repos.all.appointments[0]!.cancelledDates).toEqual([]);
    expect(textOf(await bot.press("ana", "session.cancelnext:1"))).toMatch(/Cancelled just the session of Tue 23 Mar, 17:00\. The weekly series goes on: next Tue 30 Mar, 17:00\./);
    const sent = await sentBetween(bot, "2027-03-21T00:00:00Z", "2027-03-29T07:00:00Z", 30);
    expect(sent.map((s) => s.at)).toEqual(["2027-03-29T06:30:00.000Z"]);
    expect(textOf(await bot.send("ana", "/session cancel 1 all"))).toMatch(/Cancelled the weekly series \(every Tuesday at 17:00\)/);
    expect(await sentBetween(bot, "2027-03-29T07:00:00Z", "2027-04-07T00:00:00Z", 60)).toEqual([]);
    expect(textOf(await bot.send("ana", "/sessions"))).toMatch(/No sessions booked/);
  });

  it("moves just the next date of a series to a one-off, or the whole series to a new day", async () => {
    const { bot } = await anaWithWeeklySession();
    const moved = textOf(await bot.send("ana", "/session move 1 wed 24 mar 18:00"));
    expect(moved).toMatch(/Moved just the session of Tue 23 Mar, 17:00 to Wed 24 Mar, 18:00 \(now session 2\)\.\nThe weekly series stays every Tuesday at 17:00/);
    expect(textOf(await bot.send("ana", "/sessions"))).toMatch(/2 · Wed 24 Mar, 18:00\n1 · every Tuesday at 17:00 \(next: Tue 30 Mar, 17:00\)/);
    expect(textOf(await bot.send("ana", "/session move 1 weekly Thu 09:00"))).toMatch(/Moved session 1 to every Thursday at 09:00, from Thu 25 Mar, 09:00\./);
  });

  it("/summary covers the time since the last session once there is one", async () => {
    const bot = testCompanion({ now: "2027-05-03T10:00:00Z" });
    await bot.send("ana", "/mood 5");
    expect(fileText(await bot.send("ana", "/summary"))).not.toContain("since my last session");
    await bot.send("ana", "/session 2027-05-04 16:00");
    await bot.tick("2027-05-04T16:00:00Z");
    bot.clock.set(new Date("2027-05-06T10:00:00Z"));
    const [summary] = await bot.send("ana", "/summary");
    expect(summary!.text).toMatch(/^Between sessions: 4–6 May 2027 \(3 days\)/);
    expect(new TextDecoder().decode(summary!.file!.bytes)).toContain("Period covered: Tue 4 May 2027, 16:00 to Thu 6 May 2027, 10:00 (since my last session).");
    // Asking for a number of days still works as before.
    expect((await bot.send("ana", "/summary 14"))[0]!.text).toMatch(/^Between sessions: 23 Apr – 6 May 2027 \(14 days\)/);
  });
});
