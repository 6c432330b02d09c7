import { describe, expect, it } from "vitest";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

describe("/mood", () => {
  it("keeps a mood from 1 to 10 outside a check-in, with words after it kept in the journal", async () => {
    const bot = testCompanion({ now: "2027-03-10T14:05:00Z" });
    expect(textOf(await bot.send("ana", "/mood 6"))).toMatch(/Noted: mood 6 at 14:05/);
    const withNote = await bot.send("ana", "/mood 3 tired, the meeting went badly #work");
    expect(textOf(withNote)).toMatch(/mood 3[\s\S]*Saved to your journal \(entry 1, tagged #work\)/);
    expect(bot.repos.all.moods.map((m) => [m.value, m.checkInId])).toEqual([[6, null], [3, null]]);
    expect(bot.repos.all.journal[0]!.text).toBe("tired, the meeting went badly #work");
    expect(textOf(await bot.send("ana", "mood: 7/10"))).toMatch(/mood 7/);
  });

  it("shows the last week and buttons with /mood, and takes a tap", async () => {
    const bot = testCompanion({ now: "2027-03-10T14:00:00Z" });
    await bot.send("ana", "/mood 4");
    const asked = await bot.send("ana", "/mood");
    expect(textOf(asked)).toMatch(/Last 7 days: Thu – · Fri – · Sat – · Sun – · Mon – · Tue – · Wed 4/);
    const eight = buttonIds(asked).find((id) => id.startsWith("mood.set:8:"))!;
    await bot.press("ana", eight);
    expect(bot.repos.all.moods.map((m) => m.value)).toEqual([4, 8]);
  });

  it("lets the person take back the last /mood, never a check-in's answer", async () => {
    const bot = testCompanion({ now: "2027-03-10T08:00:00Z" });
    await bot.send("ana", "/checkin 09:00");
    const [checkIn] = await bot.tick("2027-03-10T09:00:00Z");
    await bot.press("ana", checkIn!.reply.buttons![0]![1]!.id);
    await bot.send("ana", "/mood 9");
    expect(textOf(await bot.send("ana", "/mood undo"))).toMatch(/Took back mood 9/);
    expect(textOf(await bot.send("ana", "/mood undo"))).toMatch(/no mood from \/mood to take back/);
    expect(bot.repos.all.moods.map((m) => m.value)).toEqual([2]);
  });

  it("refuses 0, 11, words and emoji kindly, saving nothing", async () => {
    const bot = testCompanion();
    for (const bad of ["/mood 0", "/mood 11", "/mood six", "/mood 😐", "/mood 5.5"]) {
      const replies = await bot.send("ana", bad);
      expect(replies[0]!.kind, bad).toBe("error");
      expect(textOf(replies)).toMatch(/Nothing was saved/);
    }
    expect(bot.repos.all.moods).toHaveLength(0);
    expect(bot.repos.all.journal).toHaveLength(0);
  });

  it("stores a redelivered /mood once", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/mood 5", { eventId: "e-1" });
    await bot.send("ana", "/mood 5", { eventId: "e-1" });
    expect(bot.repos.all.moods).toHaveLength(1);
  });
});

describe("wins in plain words", () => {
  it("logs 'small win ...' and 'proud of myself for ...' and never celebrates the same way twice in a row", async () => {
    const bot = testCompanion();
    const texts = [];
    for (const text of ["small win made tea", "proud of myself for going to the shop", "win: answered one email", "/win showered", "I'm proud of myself because I asked for help"]) {
      const replies = await bot.send("ana", text);
      expect(replies[0]!.kind, text).toBe("celebration");
      texts.push(replies[0]!.text);
    }
    for (let i = 1; i < texts.length; i++) expect(texts[i]).not.toBe(texts[i - 1]);
    expect(texts[1]).toContain('"going to the shop"');
    expect(bot.repos.all.wins.map((w) => w.text)).toEqual(["made tea", "going to the shop", "answered one email", "showered", "I asked for help"]);
  });

  it("keeps a win of 8,000 characters whole, and refuses one of 20,000 or only emoji without saving", async () => {
    const bot = testCompanion();
    const long = "b".repeat(8_000);
    expect((await bot.send("ana", `/win ${long}`))[0]!.kind).toBe("celebration");
    expect(bot.repos.all.wins[0]!.text).toBe(long);
    expect((await bot.send("ana", `win: ${"a".repeat(20_000)}`))[0]!.kind).toBe("error");
    expect((await bot.send("ana", "/win 🎉🎉"))[0]!.kind).toBe("error");
    expect(bot.repos.all.wins).toHaveLength(1);
  });

  it("after crisis language keeps the win and says so plainly, without a cheerful line", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country US");
    const replies = await bot.send("ana", "small win got up today even though i want to die");
    expect(replies[0]!.kind).toBe("safety");
    expect(replies.some((r) => r.kind === "celebration")).toBe(false);
    expect(textOf(replies)).toMatch(/I've kept what you wrote, too/);
    expect(bot.repos.all.wins).toHaveLength(1);
  });
});

describe("notes for the session", () => {
  it("keeps, lists and removes /tosession notes", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    expect(textOf(await bot.send("ana", "/tosession ask about the nightmares"))).toMatch(/Kept for your next session \(note 1\)/);
    await bot.send("ana", "/tosession the thing with my brother");
    expect(textOf(await bot.send("ana", "/tosession"))).toMatch(/1 · Wed 10 Mar: ask about the nightmares\n2 · Wed 10 Mar: the thing with my brother/);
    await bot.send("ana", "/tosession remove 1");
    expect(bot.repos.all.notes.map((n) => n.text)).toEqual(["the thing with my brother"]);
    expect((await bot.send("ana", "/tosession 🙃"))[0]!.kind).toBe("error");
    expect((await bot.send("ana", `/tosession ${"n".repeat(20_000)}`))[0]!.kind).toBe("error");
    expect(bot.repos.all.notes).toHaveLength(1);
  });
});
