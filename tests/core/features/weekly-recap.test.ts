import { describe, expect, it } from "vitest";
import { testCompanion, textOf } from "../../fakes/test-companion";

describe("the weekly recap", () => {
  it("is off by default and says how to turn it on", async () => {
    const bot = testCompanion({ now: "2027-03-01T12:00:00Z" });
    await bot.send("ana", "win: first one");
    expect(textOf(await bot.send("ana", "/recap"))).toMatch(/It's off; \/recap sun 18:00 turns it on/);
    expect(await bot.runClock("2027-03-01T12:00:00Z", "2027-03-15T12:00:00Z", 60)).toEqual([]);
  });

  it("comes on the day and local time picked, with the week's wins and habits as 'X of the last 7 days'", async () => {
    const bot = testCompanion({ now: "2027-03-01T12:00:00Z" });
    await bot.send("ana", "/timezone America/New_York");
    await bot.send("ana", "/habit add walk");
    bot.repos.all.habits[0]!.createdAt = new Date("2027-02-01T00:00:00Z");
    expect(textOf(await bot.send("ana", "/recap fri 7pm"))).toMatch(/Fridays at 19:00 \(America\/New_York\)/);
    for (const day of ["2027-03-02", "2027-03-04", "2027-03-05"]) {
      bot.clock.set(new Date(`${day}T15:00:00Z`));
      await bot.send("ana", "done walk");
    }
    await bot.send("ana", "win: asked for help at work");
    const sent = await bot.runClock("2027-03-05T23:00:00Z", "2027-03-06T01:00:00Z", 15);
    expect(sent.map((o) => o.reply.text)).toHaveLength(1);
    // 19:00 in New York on Friday 5 March is 00:00Z on the 6th.
    expect(bot.clock.now().toISOString()).toBe("2027-03-06T01:00:00.000Z");
    const text = sent[0]!.reply.text;
    expect(text).toMatch(/Your week, looking back:\n\nWins \(1\):\n• Fri: asked for help at work\n\nHabits:\n• walk: 3 of the last 7 days/);
    expect(text).not.toMatch(/missed|streak|only/i);
    expect(await bot.runClock("2027-03-06T01:15:00Z", "2027-03-12T23:00:00Z", 60)).toEqual([]);
    await bot.send("ana", "/recap off");
    expect(await bot.runClock("2027-03-13T00:00:00Z", "2027-03-13T01:00:00Z", 15)).toEqual([]);
  });

  it("is gentle about an empty week, and sends nothing while check-ins are paused", async () => {
    const bot = testCompanion({ now: "2027-03-01T12:00:00Z" });
    await bot.send("ana", "/recap sun 18:00");
    const [quiet] = await bot.tick("2027-03-07T18:00:00Z");
    expect(quiet!.reply.text).toMatch(/Nothing logged this week, and that's okay\. Rest counts too\./);
    await bot.send("ana", "/pause");
    expect(await bot.tick("2027-03-14T18:00:00Z")).toEqual([]);
  });

  it("follows a change of time zone instead of arriving at the old hour", async () => {
    const bot = testCompanion({ now: "2027-03-01T12:00:00Z" });
    await bot.send("ana", "/recap sun 18:00");
    await bot.send("ana", "/timezone Asia/Tokyo");
    // Scheduled for 18:00 UTC; in Tokyo that reads 03:00 Monday, so it moves to 18:00 Tokyo time.
    expect(await bot.tick("2027-03-07T18:00:00Z")).toEqual([]);
    expect(await bot.tick("2027-03-14T08:59:00Z")).toEqual([]);
    expect(await bot.tick("2027-03-14T09:00:00Z")).toHaveLength(1);
  });

  it("refuses a day or time it can't read, changing nothing", async () => {
    const bot = testCompanion();
    for (const bad of ["/recap someday", "/recap sun 25:00", "/recap 18:00"]) expect((await bot.send("ana", bad))[0]!.kind, bad).toBe("error");
    expect(bot.repos.all.weekly).toEqual([]);
  });
});
