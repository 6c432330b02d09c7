import { describe, expect, it } from "vitest";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

describe("small goals", () => {
  it("adds a goal with steps, ticks them, and the last step marks it done with a celebration", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    const added = textOf(await bot.send("ana", "/goal add call the GP; find the number; write down my questions; call"));
    expect(added).toMatch(/Saved goal 1:\n1\. call the GP \(0 of 3 steps\)\n {3}○ 1\.1 find the number/);
    expect(added).toMatch(/On Sundays at 17:00 I'll send a gentle look at your open goals; \/goal nudge off stops it/);
    expect(textOf(await bot.send("ana", "/goal tick 1.1"))).toMatch(/Ticked "find the number"\. Goal 1: 1 of 3 steps/);
    const list = await bot.send("ana", "/goals");
    expect(textOf(list)).toMatch(/1\. call the GP \(1 of 3 steps\)\n {3}✓ 1\.1 find the number\n {3}○ 1\.2 write down my questions/);
    expect(list[0]!.buttons!.flat()).toEqual([{ id: "goal.tick:1:2", label: "✓ write down my questions" }]);
    await bot.press("ana", "goal.tick:1:2");
    const last = await bot.send("ana", "/goal tick 1 3");
    expect(last[0]!.kind).toBe("celebration");
    expect(textOf(last)).toMatch(/call the GP/);
    expect(bot.repos.all.goals[0]!.doneAt).not.toBeNull();
    expect(textOf(await bot.send("ana", "/goals"))).toMatch(/Done in the last two weeks:\n1\. call the GP ✓ done/);
  });

  it("adds steps one per line, later steps by command, unticks, reopens and marks done", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/goal add tidy the kitchen\n- clear the table\n- wash up");
    expect(bot.repos.all.goals[0]!.steps.map((s) => s.text)).toEqual(["clear the table", "wash up"]);
    await bot.send("ana", "/goal step 1 mop the floor");
    await bot.send("ana", "/goal tick 1.3");
    expect(textOf(await bot.send("ana", "/goal untick 1.3"))).toMatch(/Unticked "mop the floor"\. Goal 1: 0 of 3 steps/);
    const done = await bot.send("ana", "/goal done 1");
    expect(done[0]!.kind).toBe("celebration");
    expect(textOf(await bot.send("ana", "/goal done 1"))).toMatch(/already done/);
    expect(textOf(await bot.send("ana", "/goal reopen 1"))).toMatch(/Reopened/);
    expect(bot.repos.all.goals[0]!.doneAt).toBeNull();
  });

  it("celebrates finished goals differently each time", async () => {
    const bot = testCompanion();
    const texts: string[] = [];
    for (let i = 1; i <= 6; i++) {
      await bot.send("ana", `/goal add goal number ${i}`);
      texts.push(textOf(await bot.send("ana", `/goal done ${i}`)).replace(/\d+/g, "#"));
    }
    for (let i = 1; i < texts.length; i++) expect(texts[i]).not.toBe(texts[i - 1]);
  });

  it("refuses an empty, emoji-only or overlong goal, and unknown numbers, kindly, saving nothing", async () => {
    const bot = testCompanion();
    for (const bad of ["/goal add", "/goal add   ;  ", "/goal add 🎯", `/goal add ${"a".repeat(201)}`, `/goal add x; ${"b".repeat(201)}`, "/goal done 9", "/goal tick 9.1", "/goal tick walk", "/goal step 9 a step", "/goal frobnicate"]) {
      const replies = await bot.send("ana", bad);
      expect(replies[0]!.kind, bad).toBe("error");
    }
    expect(bot.repos.all.goals).toHaveLength(0);
    expect(bot.repos.all.weekly).toHaveLength(0);
  });

  it("asks before removing a goal", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/goal add sort the post");
    const asked = await bot.send("ana", "/goal remove 1");
    expect(buttonIds(asked)).toEqual(["goal.remove:1", "goal.keep"]);
    expect(bot.repos.all.goals).toHaveLength(1);
    await bot.press("ana", "goal.remove:1");
    expect(bot.repos.all.goals).toHaveLength(0);
  });

  it("stores a redelivered /goal add once", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/goal add book the dentist", { eventId: "u-9" });
    await bot.send("ana", "/goal add book the dentist", { eventId: "u-9" });
    expect(bot.repos.all.goals).toHaveLength(1);
  });

  it("sends a gentle weekly nudge on Sunday at 17:00 local, only with open goals, until switched off", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await bot.send("ana", "/timezone Europe/Berlin");
    await bot.send("ana", "/goal add call the GP; find the number");
    expect(await bot.tick("2027-03-14T15:59:00Z")).toEqual([]);
    const [nudge] = await bot.tick("2027-03-14T16:00:00Z");
    expect(nudge!.to.platformUserId).toBe("ana");
    expect(nudge!.reply.text).toMatch(/A gentle look at your goals, no pressure:\n• 1\. call the GP \(0 of 1 step\)/);
    expect(nudge!.reply.text).not.toMatch(/overdue|behind|missed|streak/i);
    expect(await bot.tick("2027-03-14T16:01:00Z")).toEqual([]);
    await bot.send("ana", "/goal done 1");
    expect(await bot.tick("2027-03-21T16:00:00Z")).toEqual([]);
    await bot.send("ana", "/goal add another");
    expect(textOf(await bot.send("ana", "/goal nudge off"))).toMatch(/Goal nudges are off/);
    expect(await bot.tick("2027-03-28T16:00:00Z")).toEqual([]);
    // A new goal after opting out does not switch the nudge back on.
    expect(textOf(await bot.send("ana", "/goal add third"))).not.toMatch(/gentle look/);
    expect(await bot.tick("2027-04-04T15:00:00Z")).toEqual([]);
  });

  it("moves the nudge to a day and time the person picks, and skips it while paused", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await bot.send("ana", "/goal add sort the post");
    expect(textOf(await bot.send("ana", "/goal nudge sat 10:00"))).toMatch(/Saturdays at 10:00/);
    expect((await bot.tick("2027-03-13T10:00:00Z")).map((o) => o.reply.text)).toHaveLength(1);
    await bot.send("ana", "/pause");
    expect(await bot.tick("2027-03-20T10:00:00Z")).toEqual([]);
    expect((await bot.send("ana", "/goal nudge someday"))[0]!.kind).toBe("error");
  });
});
