import { describe, expect, it } from "vitest";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

describe("the journal", () => {
  it("keeps a plain message and /journal <text> as numbered entries, with their #tags", async () => {
    const bot = testCompanion({ now: "2027-03-10T21:00:00Z" });
    const first = await bot.send("ana", "Long day at work, chest tight all evening #work #anxiety");
    expect(textOf(first)).toBe("Saved to your journal (entry 1, tagged #work #anxiety).");
    expect(buttonIds(first)).toEqual(["journal.star:1"]);
    expect(textOf(await bot.send("ana", "/journal called Mum, felt lighter #family"))).toMatch(/entry 2, tagged #family/);
    expect(bot.repos.all.journal.map((e) => [e.number, e.tags])).toEqual([[1, ["work", "anxiety"]], [2, ["family"]]]);
    const list = textOf(await bot.send("ana", "/journal"));
    expect(list).toMatch(/2 · Wed 10 Mar 21:00: called Mum/);
    expect(list.indexOf("2 ·")).toBeLessThan(list.indexOf("1 ·"));
  });

  it("numbers each person's entries on their own", async () => {
    const bot = testCompanion();
    await bot.send("ana", "first for ana");
    await bot.send("ben", "first for ben");
    await bot.send("ana", "second for ana");
    expect(bot.repos.all.journal.map((e) => e.number)).toEqual([1, 1, 2]);
    expect((await bot.send("ben", "/journal show 2"))[0]!.kind).toBe("error");
  });

  it("keeps text up to the limit whole, and refuses longer text without saving", async () => {
    const bot = testCompanion();
    const text = "é🌱 ".repeat(2_000).trim(); // 7,999 characters, just under the limit
    await bot.send("ana", text);
    expect(bot.repos.all.journal[0]!.text).toBe(text);
    expect(textOf(await bot.send("ana", "/journal show 1"))).toContain(text);
    const long = await bot.send("ana", "a".repeat(20_000));
    expect(long[0]!.kind).toBe("error");
    expect(bot.repos.all.journal).toHaveLength(1);
  });

  it("stores a redelivered message once", async () => {
    const bot = testCompanion();
    await bot.send("ana", "the same update", { eventId: "tg-41" });
    await bot.send("ana", "the same update", { eventId: "tg-41" });
    expect(bot.repos.all.journal).toHaveLength(1);
  });

  it("searches in any case and script, and by #tag", async () => {
    const bot = testCompanion();
    await bot.send("ana", "Schlecht GESCHLAFEN, Albtraum #sleep");
    await bot.send("ana", "Ölwechsel am Auto, nichts weiter");
    await bot.send("ana", "good morning walk, slept fine #sleep");
    expect(textOf(await bot.send("ana", "/journal search geschlafen"))).toMatch(/1 ·.*Schlecht GESCHLAFEN/);
    expect(textOf(await bot.send("ana", "/journal search öl"))).toMatch(/Ölwechsel/);
    const tagged = textOf(await bot.send("ana", "/journal search #sleep"));
    expect(tagged).toMatch(/3 ·/);
    expect(tagged).toMatch(/1 ·/);
    expect(tagged).not.toMatch(/2 ·/);
    expect(textOf(await bot.send("ana", "/journal search xylophone"))).toMatch(/No entries with "xylophone"/);
    expect(textOf(await bot.send("ana", "/journal tags"))).toMatch(/#sleep: 2 entries/);
  });

  it("edits an entry (and its tags), stars it and unstars it", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await bot.send("ana", "argument with J #work");
    bot.clock.set(new Date("2027-03-10T13:00:00Z"));
    expect(textOf(await bot.send("ana", "/journal edit 1 argument with J, then we talked it through #home"))).toMatch(/Entry 1 now reads/);
    expect(bot.repos.all.journal[0]).toMatchObject({ text: "argument with J, then we talked it through #home", tags: ["home"] });
    expect(bot.repos.all.journal[0]!.createdAt.toISOString()).toBe("2027-03-10T12:00:00.000Z");
    expect(textOf(await bot.send("ana", "/journal show 1"))).toMatch(/\(edited\)/);
    expect(textOf(await bot.send("ana", "/journal star 1"))).toMatch(/starred/);
    expect(bot.repos.all.journal[0]).toMatchObject({ starred: true });
    expect(textOf(await bot.send("ana", "/journal star 1"))).toMatch(/already starred/);
    await bot.send("ana", "/journal unstar 1");
    expect(bot.repos.all.journal[0]).toMatchObject({ starred: false, starredAt: null });
  });

  it("stars with the button under a saved entry", async () => {
    const bot = testCompanion();
    const saved = await bot.send("ana", "something to talk about");
    expect(textOf(await bot.press("ana", buttonIds(saved)[0]!))).toMatch(/★ Entry 1 is starred/);
    expect(bot.repos.all.journal[0]!.starred).toBe(true);
  });

  it("asks before deleting, and deletes only on the button", async () => {
    const bot = testCompanion();
    await bot.send("ana", "too raw to keep");
    const asked = await bot.send("ana", "/journal delete 1");
    expect(textOf(asked)).toMatch(/Delete entry 1 \("too raw to keep"\)\? It can't be brought back/);
    expect(bot.repos.all.journal).toHaveLength(1);
    expect(textOf(await bot.press("ana", "journal.keepentry"))).toMatch(/stays/);
    expect(bot.repos.all.journal).toHaveLength(1);
    await bot.press("ana", "journal.delete:1");
    expect(bot.repos.all.journal).toHaveLength(0);
    expect((await bot.press("ana", "journal.delete:1"))[0]!.kind).toBe("error");
  });

  it("never lets one person edit, star or delete another's entry", async () => {
    const bot = testCompanion();
    await bot.send("ana", "ana's private entry");
    await bot.send("ben", "/start");
    expect((await bot.send("ben", "/journal edit 1 hijacked"))[0]!.kind).toBe("error");
    expect((await bot.press("ben", "journal.star:1"))[0]!.kind).toBe("error");
    await bot.press("ben", "journal.delete:1");
    expect(bot.repos.all.journal).toMatchObject([{ text: "ana's private entry", starred: false }]);
  });

  it("treats a verb without a number as writing", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/journal star gazing with Sam tonight");
    expect(bot.repos.all.journal[0]!.text).toBe("star gazing with Sam tonight");
    expect((await bot.send("ana", "/journal edit 7 nothing there"))[0]!.kind).toBe("error");
  });

  it("asks once, kindly, about a greeting or a question to me, and keeps it only if asked to", async () => {
    const bot = testCompanion();
    const hi = await bot.send("ana", "hi");
    expect(hi[0]!.kind).toBe("prompt");
    expect(textOf(hi)).toMatch(/keep that in your journal/);
    expect(bot.repos.all.journal).toHaveLength(0);
    await bot.press("ana", "journal.keep");
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual(["hi"]);

    await bot.send("ana", "what can you do?");
    // Writing something else instead of answering lets the question go: nothing is asked twice.
    expect(textOf(await bot.send("ana", "Today was heavy. I stayed in bed till noon."))).toMatch(/Saved to your journal \(entry 2\)/);
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual(["hi", "Today was heavy. I stayed in bed till noon."]);
    expect((await bot.press("ana", "journal.keep"))[0]!.kind).toBe("error");

    await bot.send("ana", "🙂");
    expect(textOf(await bot.press("ana", "journal.drop"))).toMatch(/didn't keep it/);
    expect(bot.repos.all.journal).toHaveLength(2);
  });

  it("still answers crisis language first in a short message, before asking anything", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country GB");
    const replies = await bot.send("ana", "i want to die");
    expect(replies[0]!.kind).toBe("safety");
    expect(textOf(replies)).toMatch(/Saved to your journal/);
  });
});
