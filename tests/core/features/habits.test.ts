import { describe, expect, it } from "vitest";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

const week = ["2027-03-04", "2027-03-05", "2027-03-06", "2027-03-07", "2027-03-08", "2027-03-09", "2027-03-10"];

describe("habits", () => {
  it("offers the starter set when there are none, and adds one by button", async () => {
    const bot = testCompanion();
    const empty = await bot.send("ana", "/habits");
    expect(empty[0]!.buttons!.flat().map((b) => b.label)).toEqual([
      "Breathing exercise", "A short walk", "Regular sleep times", "Regular meals", "Enough water", "A message to someone", "Journaling", "A mindfulness exercise",
    ]);
    expect(textOf(await bot.press("ana", "habit.starter:walk"))).toMatch(/Added walk/);
    const again = await bot.send("ana", "/habit starter");
    expect(buttonIds(again)).not.toContain("habit.starter:walk");
    expect(bot.repos.all.habits).toMatchObject([{ name: "walk", starterKey: "walk" }]);
  });

  it("adds, renames, archives and restores a habit of the person's own, keeping its days", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    const added = await bot.send("ana", "/habit add stretch");
    expect(textOf(added)).toMatch(/Added stretch.*check-ins will offer your habits/s);
    expect((await bot.repos.users.find(bot.userRef("ana")))!.checkInSteps).toContain("habits");
    await bot.send("ana", "/done stretch");
    expect(textOf(await bot.send("ana", "/habit rename stretch to morning stretch"))).toMatch(/Renamed stretch to morning stretch/);
    expect(textOf(await bot.send("ana", "/habit archive morning stretch"))).toMatch(/archived/);
    expect(textOf(await bot.send("ana", "/habits"))).not.toMatch(/morning stretch/);
    expect(textOf(await bot.send("ana", "/habit restore morning stretch"))).toMatch(/back on your list/);
    expect(textOf(await bot.send("ana", "/habits"))).toMatch(/morning stretch: 1 of 1 day since you added it/);
    expect(bot.repos.all.ticks).toHaveLength(1);
  });

  it("ticks by /done and by message, at most once a day, and shows 'X of the last 7 days'", async () => {
    const bot = testCompanion({ now: "2027-03-04T18:00:00Z" });
    await bot.send("ana", "/habit add walk");
    await bot.send("ana", "/habit add water");
    bot.repos.all.habits.forEach((h) => (h.createdAt = new Date("2027-02-01T00:00:00Z")));
    const said = ["/done walk", "done walk", "walked ✅", "walk done", "✅ walk"];
    for (const [i, text] of said.entries()) {
      bot.clock.set(new Date(`${week[i]}T18:00:00Z`));
      expect(textOf(await bot.send("ana", text))).toMatch(/^Ticked walk for today/);
    }
    bot.clock.set(new Date("2027-03-10T18:00:00Z"));
    const tick = await bot.send("ana", "done water");
    expect(textOf(tick)).toBe("Ticked water for today: 1 of the last 7 days.");
    expect(textOf(await bot.send("ana", "done water"))).toMatch(/already ticked for today/);
    expect(bot.repos.all.ticks.filter((t) => t.habitId === bot.repos.all.habits[1]!.id)).toHaveLength(1);
    const list = textOf(await bot.send("ana", "/habits"));
    expect(list).toMatch(/walk: 5 of the last 7 days\n {2}last 30 days: 5 of the last 30 days\n {2}this week: Mon/);
    expect(list).toMatch(/water: 1 of the last 7 days/);
    expect(list).not.toMatch(/streak/i);
    expect(list).toMatch(/a missed one breaks nothing/);
  });

  it("ticks for yesterday when asked, and undoes a tick by button or by command", async () => {
    const bot = testCompanion({ now: "2027-03-10T08:00:00Z" });
    await bot.send("ana", "/habit add walk");
    const tick = await bot.send("ana", "/done walk yesterday");
    expect(textOf(tick)).toMatch(/Ticked walk for yesterday/);
    expect(bot.repos.all.ticks).toMatchObject([{ localDate: "2027-03-09" }]);
    expect(textOf(await bot.press("ana", buttonIds(tick)[0]!))).toMatch(/no longer ticked for yesterday/);
    expect(bot.repos.all.ticks).toHaveLength(0);
    await bot.send("ana", "done walk");
    expect(textOf(await bot.send("ana", "/habit undo walk"))).toMatch(/no longer ticked for today/);
    expect(textOf(await bot.send("ana", "/habit undo walk"))).toMatch(/nothing to undo/);
  });

  it("uses the person's own date: a tick at 23:30 in Kathmandu counts for that day", async () => {
    const bot = testCompanion({ now: "2027-03-10T17:45:00Z" });
    await bot.send("ana", "/timezone Asia/Kathmandu");
    await bot.send("ana", "/habit add walk");
    await bot.send("ana", "done walk");
    expect(bot.repos.all.ticks).toMatchObject([{ localDate: "2027-03-10" }]);
  });

  it("refuses an unknown habit, an empty, emoji-only or overlong name, kindly, changing nothing", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/habit add walk");
    const unknown = await bot.send("ana", "/done swim");
    expect(unknown[0]!.kind).toBe("error");
    expect(textOf(unknown)).toBe('I don\'t have a habit called "swim". Your habits: walk. /habit add swim adds it. Nothing was changed.');
    for (const bad of ["/habit add", "/habit add 🏃‍♀️", `/habit add ${"x".repeat(41)}`, "/habit add 42", "/done", "/habit rename walk to 🌊", "/habit archive swim"]) {
      expect((await bot.send("ana", bad))[0]!.kind, bad).toBe("error");
    }
    expect(bot.repos.all.habits.map((h) => h.name)).toEqual(["walk"]);
    expect(bot.repos.all.ticks).toHaveLength(0);
  });

  it("asks about 'done <words>' that names no habit, and keeps other check-marked words as writing", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/habit add walk");
    const asked = await bot.send("ana", "done with work");
    expect(asked[0]!.kind).toBe("prompt");
    expect(textOf(asked)).toMatch(/don't have a habit called "with work".*journal\?/);
    expect(bot.repos.all.journal).toHaveLength(0);
    await bot.press("ana", "journal.keep");
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual(["done with work"]);
    expect(textOf(await bot.send("ana", "finally slept ✅"))).toMatch(/Saved to your journal/);
    expect(bot.repos.all.ticks).toHaveLength(0);
  });

  it("hears 'messaged mum ✅' as the starter habit 'message someone'", async () => {
    const bot = testCompanion();
    await bot.press("ana", "habit.starter:reach-out");
    await bot.press("ana", "habit.starter:walk");
    expect(textOf(await bot.send("ana", "messaged ✅"))).toMatch(/Ticked message someone/);
    expect(textOf(await bot.send("ana", "walking done"))).toMatch(/Ticked walk/);
  });

  it("is ticked by buttons in the check-in, with a tap again as undo", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await bot.send("ana", "/checkin 09:00");
    await bot.send("ana", "/habit add walk");
    await bot.send("ana", "/habit add water");
    const [message] = await bot.tick("2027-03-10T09:00:00Z");
    const step = await bot.press("ana", message!.reply.buttons!.flat().find((b) => b.label === "6")!.id);
    expect(textOf(step)).toMatch(/Any of your habits today\?/);
    const walk = step[0]!.buttons!.flat().find((b) => b.label === "walk")!;
    const ticked = await bot.press("ana", walk.id);
    expect(ticked[0]!.buttons!.flat().map((b) => b.label)).toEqual(["✓ walk", "water", "Next"]);
    expect(bot.repos.all.ticks).toMatchObject([{ localDate: "2027-03-10" }]);
    const untick = await bot.press("ana", walk.id);
    expect(textOf(untick)).toMatch(/Took back walk/);
    expect(bot.repos.all.ticks).toHaveLength(0);
    await bot.press("ana", walk.id);
    const next = await bot.press("ana", buttonIds(ticked).find((id) => id.startsWith("checkin.next"))!);
    expect(textOf(next)).toMatch(/Anything you want to write down/);
    expect(bot.repos.all.moods).toMatchObject([{ value: 6 }]);
  });

  it("skips the habit step for someone with no habits", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await bot.send("ana", "/checkin 09:00");
    await bot.send("ana", "/checkin steps habits journal");
    const [message] = await bot.tick("2027-03-10T09:00:00Z");
    const step = await bot.press("ana", message!.reply.buttons![0]![3]!.id);
    expect(textOf(step)).toMatch(/Anything you want to write down/);
  });

  it("never lets one person untick another's habit by button", async () => {
    const bot = testCompanion({ now: "2027-03-10T08:00:00Z" });
    await bot.send("ana", "/habit add walk");
    const tick = await bot.send("ana", "done walk");
    await bot.send("ben", "/start");
    expect((await bot.press("ben", buttonIds(tick)[0]!))[0]!.kind).toBe("error");
    expect(bot.repos.all.ticks).toHaveLength(1);
  });
});
