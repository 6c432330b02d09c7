import { describe, expect, it, vi } from "vitest";
import { gatedRepositories } from "../../fakes/gated-repositories";
import { inMemoryRepositories } from "../../fakes/in-memory-repositories";
import { testCompanion, textOf } from "../../fakes/test-companion";

const CRISIS = "honestly i dont want to be here anymore";

function companionWithHangingStorage() {
  const storage = gatedRepositories(inMemoryRepositories());
  return { storage, bot: testCompanion({ repos: storage.repos }) };
}

describe("crisis language while storage hangs", () => {
  it("answers with the person's own plan and lines by the deadline, and keeps the message once storage answers", async () => {
    const { storage, bot } = companionWithHangingStorage();
    await bot.send("ana", "/country GB");
    await bot.send("ana", "/plan add people: my sister 07700 900123");
    await bot.send("ana", "/safety");
    storage.close();

    const replies = await bot.send("ana", CRISIS);
    expect(replies[0]!.kind).toBe("safety");
    expect(replies[0]!.text).toMatch(/are you safe right now/i);
    expect(textOf(replies)).toContain("116 123");
    expect(textOf(replies)).toContain("my sister");
    expect(replies[1]!.text).toMatch(/taking longer than usual/);
    expect(bot.repos.all.journal).toEqual([]);

    storage.open();
    await vi.waitFor(() => expect(bot.repos.all.journal.map((e) => e.text)).toEqual([CRISIS]));
    await vi.waitFor(() => expect(bot.logger.lines.some((l) => l.fields.outcome === "stored-late")).toBe(true));
    // Written once: the late work was not started again.
    expect(bot.repos.all.journal).toHaveLength(1);
    expect(JSON.stringify(bot.logger.lines)).not.toContain("want to be here");
  });

  it("answers someone it has never seen with international lines", async () => {
    const { storage, bot } = companionWithHangingStorage();
    storage.close();
    const replies = await bot.send("stranger", "i want to kill myself");
    expect(replies[0]!.kind).toBe("safety");
    expect(textOf(replies)).toMatch(/findahelpline\.com/);
    storage.open();
  });

  it("says so in the log, without the words, when storing fails after the answer went out", async () => {
    const { storage, bot } = companionWithHangingStorage();
    await bot.send("ana", "hello there, made tea");
    storage.close();
    bot.repos.journal.add = async () => {
      throw new Error("disk full");
    };
    const replies = await bot.send("ana", CRISIS);
    expect(replies[0]!.kind).toBe("safety");
    storage.open();
    await vi.waitFor(() => expect(bot.logger.lines.some((l) => l.fields.outcome === "failed-late")).toBe(true));
    expect(JSON.stringify(bot.logger.lines)).not.toContain("want to be here");
  });

  it("answers 'I'm not safe' by the deadline", async () => {
    const { storage, bot } = companionWithHangingStorage();
    await bot.send("ana", "/country US");
    await bot.send("ana", "/safety");
    storage.close();
    const replies = await bot.press("ana", "safety.check:unsafe");
    expect(replies[0]!.text).toMatch(/call 911/);
    expect(textOf(replies)).toContain("988");
    storage.open();
  });

  it("answers a bare call for help with the safety response alone: there is nothing to save", async () => {
    const { storage, bot } = companionWithHangingStorage();
    storage.close();
    const replies = await bot.send("ana", "pls help");
    expect(replies.map((r) => r.kind)).toEqual(["safety"]);
    expect(bot.logger.lines.some((l) => l.fields.event === "crisis-language")).toBe(false);
    storage.open();
  });

  it("leaves ordinary messages to wait for storage as before", async () => {
    const { storage, bot } = companionWithHangingStorage();
    storage.close();
    const pending = bot.send("ana", "made pasta tonight");
    const early = await Promise.race([pending, new Promise((resolve) => setTimeout(() => resolve("waiting"), 400))]);
    expect(early).toBe("waiting");
    storage.open();
    expect(textOf(await pending)).not.toMatch(/taking longer/);
  });
});
