import { describe, expect, it } from "vitest";
import { testCompanion, textOf } from "../../fakes/test-companion";
import { previewDueCheckIns } from "../../../src/core/features/check-ins/preview-due-check-ins";


async function userWithCheckIn(bot: ReturnType<typeof testCompanion>, name: string, zone: string, time: string) {
  await bot.send(name, `/timezone ${zone}`);
  await bot.send(name, `/checkin ${time}`);
  return (await bot.repos.users.find(bot.userRef(name)))!;
}

describe("check-ins arrive at the person's local time, once", () => {
  it("follows New York across the March change: 14:00Z before, 13:00Z after", async () => {
    const bot = testCompanion({ now: "2027-03-12T00:00:00Z" });
    await userWithCheckIn(bot, "ny", "America/New_York", "09:00");
    const sent: string[] = [];
    for (let t = Date.parse("2027-03-12T00:00:00Z"); t <= Date.parse("2027-03-16T00:00:00Z"); t += 15 * 60_000) {
      const out = await bot.tick(new Date(t).toISOString());
      for (const message of out) if (message.reply.kind === "checkin") sent.push(new Date(t).toISOString());
    }
    expect(sent).toEqual([
      "2027-03-12T14:00:00.000Z",
      "2027-03-13T14:00:00.000Z",
      "2027-03-14T13:00:00.000Z",
      "2027-03-15T13:00:00.000Z",
    ]);
  });

  it("sends a Kathmandu 20:30 check-in at 14:45Z", async () => {
    const bot = testCompanion({ now: "2027-03-12T00:00:00Z" });
    await userWithCheckIn(bot, "np", "Asia/Kathmandu", "20:30");
    expect(await bot.tick("2027-03-12T14:30:00Z")).toEqual([]);
    const out = await bot.tick("2027-03-12T14:45:00Z");
    expect(out.map((o) => o.reply.kind)).toEqual(["checkin"]);
    expect(await bot.tick("2027-03-12T14:46:00Z")).toEqual([]);
  });

  it("sends nothing to a paused person, and starts again after a timed pause", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    await bot.send("ana", "/pause 2d");
    // Paused until the 12th at 00:00: the 10th and 11th are skipped, the 12th arrives.
    const out = await bot.runClock("2027-03-10T08:00:00Z", "2027-03-12T10:00:00Z", 60);
    expect(out.map((o) => o.reply.kind)).toEqual(["checkin"]);
    expect(bot.repos.all.checkIns.filter((c) => c.status === "skipped")).toHaveLength(2);
  });

  it("after two days of downtime sends at most one check-in, and only within the catch-up window", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    // The scheduler was down from the 10th to the 12th at 10:00: one catch-up, the older ones missed.
    const out = await bot.tick("2027-03-12T10:00:00Z");
    expect(out).toHaveLength(1);
    const statuses = bot.repos.all.checkIns.map((c) => [c.localDate, c.status]);
    expect(statuses).toEqual([
      ["2027-03-10", "missed"],
      ["2027-03-11", "missed"],
      ["2027-03-12", "sent"],
    ]);
  });

  it("marks a check-in missed rather than sending it later than the catch-up window", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    expect(await bot.tick("2027-03-10T11:30:00Z")).toEqual([]);
    expect(bot.repos.all.checkIns.map((c) => c.status)).toEqual(["missed"]);
  });

  it("retries a transient failure with backoff, then stops; a refusal marks the person inactive", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    expect(await bot.tick("2027-03-10T09:00:00Z", "transient")).toHaveLength(1);
    expect(await bot.tick("2027-03-10T09:00:30Z")).toHaveLength(0);
    expect(await bot.tick("2027-03-10T09:01:00Z", "transient")).toHaveLength(1);
    expect(await bot.tick("2027-03-10T09:06:00Z")).toHaveLength(1);
    expect(bot.repos.all.checkIns[0]!.status).toBe("sent");

    await userWithCheckIn(bot, "ben", "UTC", "10:00");
    await bot.tick("2027-03-10T10:00:00Z", "permanent");
    expect((await bot.repos.users.find(bot.userRef("ben")))!.inactive).toBe(true);
    const nextDay = await bot.tick("2027-03-11T10:00:00Z");
    expect(nextDay.map((o) => o.to.platformUserId)).toEqual(["ana"]);
  });
});

describe("answering a check-in", () => {
  it("takes a mood tap, then a line of text that becomes a linked journal entry", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    const [message] = await bot.tick("2027-03-10T09:00:00Z");
    const moodButton = message!.reply.buttons!.flat().find((b) => b.label === "4")!;
    const next = await bot.press("ana", moodButton.id);
    expect(textOf(next)).toMatch(/Anything you want to write down\?/);
    expect(textOf(next)).toMatch(/If it helps:/);
    expect(textOf(await bot.send("ana", "rough morning, but I made breakfast"))).toMatch(/Saved/);
    const checkIn = bot.repos.all.checkIns[0]!;
    expect(checkIn.mood).toBe(4);
    expect(bot.repos.all.journal).toMatchObject([{ text: "rough morning, but I made breakfast", checkInId: checkIn.id }]);
  });

  it("does not take a second mood for the same check-in", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    const [message] = await bot.tick("2027-03-10T09:00:00Z");
    const ids = message!.reply.buttons!.flat().map((b) => b.id);
    await bot.press("ana", ids[2]!);
    expect(textOf(await bot.press("ana", ids[7]!))).toMatch(/already answered/);
    expect(bot.repos.all.checkIns[0]!.mood).toBe(3);
  });

  it("links a reply hours later to the check-in, and a reply after a new check-in to the new one", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    await bot.tick("2027-03-10T09:00:00Z");
    bot.clock.set(new Date("2027-03-10T15:00:00Z"));
    await bot.send("ana", "later that day");
    await bot.tick("2027-03-11T09:00:00Z");
    bot.clock.set(new Date("2027-03-11T09:05:00Z"));
    await bot.send("ana", "next morning");
    const [first, second] = bot.repos.all.checkIns;
    expect(bot.repos.all.journal.map((j) => [j.text, j.checkInId])).toEqual([
      ["later that day", first!.id],
      ["next morning", second!.id],
    ]);
  });

  it("offers the five-face scale and the sleep step when switched on", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    await bot.send("ana", "/checkin scale faces");
    await bot.send("ana", "/checkin steps sleep journal");
    const [message] = await bot.tick("2027-03-10T09:00:00Z");
    const faces = message!.reply.buttons![0]!;
    expect(faces.map((b) => b.label)).toEqual(["😞", "🙁", "😐", "🙂", "😄"]);
    const sleep = await bot.press("ana", faces[3]!.id);
    expect(textOf(sleep)).toMatch(/sleep/);
    const journal = await bot.press("ana", sleep[0]!.buttons![1]![0]!.id);
    expect(textOf(journal)).not.toMatch(/If it helps/);
    expect(bot.repos.all.checkIns[0]).toMatchObject({ mood: 8, sleepHours: 7 });
  });

  it("snoozes for an hour with 'later', and skips the rest of the day with 'skip today'", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    await bot.send("ana", "/checkin add 18:00");
    const [first] = await bot.tick("2027-03-10T09:00:00Z");
    const later = first!.reply.buttons!.flat().find((b) => b.id.startsWith("checkin.later"))!;
    expect(textOf(await bot.press("ana", later.id))).toMatch(/10:00/);
    expect(await bot.tick("2027-03-10T09:30:00Z")).toEqual([]);
    const [again] = await bot.tick("2027-03-10T10:00:00Z");
    expect(again!.reply.kind).toBe("checkin");
    const skip = again!.reply.buttons!.flat().find((b) => b.id.startsWith("checkin.skip"))!;
    await bot.press("ana", skip.id);
    expect(await bot.tick("2027-03-10T18:00:00Z")).toEqual([]);
    expect(await bot.tick("2027-03-11T09:00:00Z")).toHaveLength(1);
  });

  it("never lets one person answer another's check-in", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    await bot.send("ben", "/start");
    const [message] = await bot.tick("2027-03-10T09:00:00Z");
    const id = message!.reply.buttons![0]![0]!.id;
    expect((await bot.press("ben", id))[0]!.kind).toBe("error");
    expect(bot.repos.all.checkIns[0]!.mood).toBeNull();
  });

  it("does not repeat a reflection prompt within two weeks", async () => {
    const bot = testCompanion({ now: "2027-03-01T00:00:00Z" });
    // Sixteen unanswered check-ins in a row: here the "would a pause help?" question would stop them.
    bot.deps.settings.askToPauseAfter = 0;
    await userWithCheckIn(bot, "ana", "UTC", "09:00");
    await bot.send("ana", "/checkin add 20:00");
    await bot.runClock("2027-03-01T09:00:00Z", "2027-03-08T20:00:00Z", 60);
    const prompts = bot.repos.all.checkIns.map((c) => c.promptId);
    expect(prompts).toHaveLength(16);
    expect(new Set(prompts).size).toBe(16);
  });
});

describe("npm run schedule: the dry run", () => {
  it("lists what a tick would send or skip, and claims nothing", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await userWithCheckIn(bot, "ny", "America/New_York", "09:00");
    await userWithCheckIn(bot, "np", "Asia/Kathmandu", "20:30");
    await bot.send("np", "/pause");
    const preview = await previewDueCheckIns(bot.deps, new Date("2027-03-10T15:00:00Z"));
    expect(preview.map((p) => [p.user.platformUserId, p.dueAt.toISOString(), p.status])).toEqual([
      ["ny", "2027-03-10T14:00:00.000Z", "pending"],
      ["np", "2027-03-10T14:45:00.000Z", "skipped"],
    ]);
    expect(bot.repos.all.checkIns).toEqual([]);
    const sent = await bot.tick("2027-03-10T15:00:00Z");
    expect(sent.map((o) => o.to.platformUserId)).toEqual(["ny"]);
  });
});
