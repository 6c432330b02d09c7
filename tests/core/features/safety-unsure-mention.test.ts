import { describe, expect, it } from "vitest";
import { loadCrisisPhrases } from "../../../src/content/crisis-phrases";
import { screenCrisisLanguage } from "../../../src/core/features/safety/detect-crisis-language";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

// Between "surely fine" and "answer with the safety response" the screen can be unsure: the message
// is then handled as usual and one gentle line points to the plan, at most once a day.

const phrases = loadCrisisPhrases();
// Messages the committed model scores between its two thresholds; the first one that still does
// after a retrain is used, and the suite fails if none does (then pick new ones with eval:safety).
const CANDIDATES = ["I just want everything to stop for a while", "I just want it all to stop for a bit"];
const UNSURE = CANDIDATES.find((text) => screenCrisisLanguage(text, phrases).unsure);
const GENTLE = /safety plan and support lines are one tap away/;

describe("a message the crisis screen is unsure about", () => {
  it("is one of the candidates: the committed model still scores one of them between its thresholds", () => {
    expect(UNSURE).toBeDefined();
    expect(screenCrisisLanguage(UNSURE!, phrases).match).toBeNull();
  });

  it("is kept in the journal as usual, then gets one gentle line with the plan button, not the safety response", async () => {
    const bot = testCompanion();
    const replies = await bot.send("ana", UNSURE!);
    expect(replies.map((r) => r.kind)).not.toContain("safety");
    expect(textOf(replies)).toMatch(/Saved to your journal \(entry 1/);
    expect(replies.at(-1)!.text).toMatch(GENTLE);
    expect(buttonIds([replies.at(-1)!])).toEqual(["safety.show"]);
    expect(bot.repos.all.journal).toHaveLength(1);
    expect((await bot.press("ana", "safety.show"))[0]!.kind).toBe("safety");
  });

  it("as the reply to the evening check-in, is linked to it and still gets the line", async () => {
    const bot = testCompanion({ now: "2027-03-10T00:00:00Z" });
    await bot.send("ana", "/timezone UTC");
    await bot.send("ana", "/checkin 21:00");
    const [message] = await bot.tick("2027-03-10T21:00:00Z");
    await bot.press("ana", message!.reply.buttons!.flat().find((b) => b.label === "3")!.id);
    const replies = await bot.send("ana", UNSURE!);
    expect(textOf(replies)).toMatch(/Saved/);
    expect(replies.at(-1)!.text).toMatch(GENTLE);
    expect(bot.repos.all.journal).toMatchObject([{ text: UNSURE!, checkInId: bot.repos.all.checkIns[0]!.id }]);
  });

  it("gets the line at most once a day", async () => {
    const bot = testCompanion({ now: "2027-03-10T20:00:00Z" });
    expect(textOf(await bot.send("ana", UNSURE!))).toMatch(GENTLE);
    bot.clock.set(new Date("2027-03-11T08:00:00Z"));
    expect(textOf(await bot.send("ana", UNSURE!))).not.toMatch(GENTLE);
    bot.clock.set(new Date("2027-03-11T20:30:00Z"));
    expect(textOf(await bot.send("ana", UNSURE!))).toMatch(GENTLE);
    expect(bot.repos.all.journal).toHaveLength(3);
  });

  it("gets no line while the plan is being built: the plan is already on screen", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/plan");
    const replies = await bot.send("ana", UNSURE!);
    expect(textOf(replies)).not.toMatch(GENTLE);
    expect(replies.map((r) => r.kind)).not.toContain("safety");
  });

  it("is logged as a mention without what was written", async () => {
    const bot = testCompanion();
    await bot.send("ana", UNSURE!);
    const logged = JSON.stringify(bot.logger.lines);
    expect(logged).toContain("screen-unsure");
    expect(logged).not.toContain(UNSURE!.slice(0, 20));
  });
});

// German messages the committed model is unsure about (chosen as CANDIDATES are, from the training files).
const GERMAN_CANDIDATES = ["keiner würde merken, dass ich weg bin, bis die miete fällig ist", "mein einziger plan fürs wochenende ist, am montag nicht mehr zu leben"];
const UNSURE_GERMAN = GERMAN_CANDIDATES.find((text) => screenCrisisLanguage(text, phrases).unsure);

describe("a message in German the crisis screen is unsure about", () => {
  it("gets the gentle line in German, and its button answers in German", async () => {
    expect(UNSURE_GERMAN).toBeDefined();
    const bot = testCompanion();
    const replies = await bot.send("lena", UNSURE_GERMAN!);
    expect(replies.map((r) => r.kind)).not.toContain("safety");
    expect(replies.at(-1)!.text).toMatch(/dein Krisenplan und die Hilfsangebote jederzeit nur einen Fingertipp entfernt/);
    expect(buttonIds([replies.at(-1)!])).toEqual(["safety.show:de"]);
    expect((await bot.press("lena", "safety.show:de"))[0]!.text).toMatch(/^Ich bin für dich da\./);
  });
});

describe("an ordinary message", () => {
  it("gets no gentle line", async () => {
    const bot = testCompanion();
    for (const text of ["had a lovely walk with my sister today", "win: cooked dinner for the first time in weeks"]) {
      expect(screenCrisisLanguage(text, phrases)).toEqual({ match: null, unsure: false });
      expect(textOf(await bot.send("ana", text))).not.toMatch(GENTLE);
    }
  });
});
