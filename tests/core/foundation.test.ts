import { describe, expect, it } from "vitest";
import { buildCommandTable } from "../../src/core/router";
import { buttonIds, testCompanion, textOf } from "../fakes/test-companion";

describe("/start and onboarding", () => {
  it("says what the companion is and is not, then asks three skippable questions", async () => {
    const bot = testCompanion();
    const intro = await bot.send("ana", "/start");
    expect(textOf(intro)).toMatch(/not a therapist/i);
    expect(textOf(intro)).toMatch(/not an emergency service/i);
    expect(textOf(intro)).toMatch(/country/i);

    expect(textOf(await bot.send("ana", "Germany"))).toMatch(/Germany/);
    expect(textOf(await bot.send("ana", "Berlin"))).toMatch(/Europe\/Berlin/);
    const done = await bot.send("ana", "20:00");
    expect(textOf(done)).toMatch(/20:00/);

    const user = await bot.repos.users.find(bot.userRef("ana"));
    expect(user).toMatchObject({ country: "DE", timeZone: "Europe/Berlin" });
    expect((await bot.repos.slots.list(user!.id)).map((s) => s.localTime)).toEqual(["20:00"]);
    expect(await bot.repos.conversations.get(user!.id)).toBeNull();
  });

  it("lets every question be skipped, and asks again kindly after a bad answer", async () => {
    const bot = testCompanion();
    await bot.send("ben", "/start");
    const bad = await bot.send("ben", "Narnia");
    expect(bad[0]!.kind).toBe("error");
    expect(textOf(await bot.press("ben", "onboarding.skip"))).toMatch(/time zone/i);
    expect(textOf(await bot.send("ben", "skip"))).toMatch(/check-in/i);
    expect(textOf(await bot.send("ben", "not now"))).toMatch(/That's all for now/);
    const user = await bot.repos.users.find(bot.userRef("ben"));
    expect(user).toMatchObject({ country: null, timeZone: "UTC" });
    expect(await bot.repos.conversations.get(user!.id)).toBeNull();
  });
});

describe("settings in one message", () => {
  it("sets a time zone from a zone name, a city or an offset", async () => {
    const bot = testCompanion();
    expect(textOf(await bot.send("ana", "/timezone Europe/Berlin"))).toMatch(/Europe\/Berlin/);
    expect(textOf(await bot.send("ana", "/timezone new york"))).toMatch(/America\/New_York/);
    await bot.send("ana", "/timezone UTC+5:30");
    expect((await bot.repos.users.find(bot.userRef("ana")))!.timeZone).not.toBe("America/New_York");
  });

  it("refuses an unknown time zone kindly and changes nothing", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/timezone Europe/Berlin");
    const replies = await bot.send("ana", "/timezone Atlantis/Sunken");
    expect(replies[0]!.kind).toBe("error");
    expect(textOf(replies)).toMatch(/nothing was changed/i);
    expect((await bot.repos.users.find(bot.userRef("ana")))!.timeZone).toBe("Europe/Berlin");
  });

  it("sets a country by code or name and refuses an unknown one", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country de");
    expect((await bot.repos.users.find(bot.userRef("ana")))!.country).toBe("DE");
    const bad = await bot.send("ana", "/country Narnia");
    expect(bad[0]!.kind).toBe("error");
    expect((await bot.repos.users.find(bot.userRef("ana")))!.country).toBe("DE");
  });

  it("asks for the value when a setting command comes without one", async () => {
    const bot = testCompanion();
    const asked = await bot.send("ana", "/country");
    expect(asked[0]!.kind).toBe("prompt");
    await bot.send("ana", "France");
    expect((await bot.repos.users.find(bot.userRef("ana")))!.country).toBe("FR");
  });

  it("sets, adds and removes check-in times, and refuses impossible ones", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/checkin 08:30");
    await bot.send("ana", "/checkin add 21:00");
    const user = (await bot.repos.users.find(bot.userRef("ana")))!;
    expect((await bot.repos.slots.list(user.id)).map((s) => s.localTime)).toEqual(["08:30", "21:00"]);
    const bad = await bot.send("ana", "/checkin 25:00");
    expect(bad[0]!.kind).toBe("error");
    await bot.send("ana", "/checkin remove 08:30");
    expect((await bot.repos.slots.list(user.id)).map((s) => s.localTime)).toEqual(["21:00"]);
  });

  it("pauses and resumes check-ins, optionally for a duration", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await bot.send("ana", "/pause");
    expect((await bot.repos.users.find(bot.userRef("ana")))!.paused).toBe(true);
    await bot.send("ana", "/resume");
    expect((await bot.repos.users.find(bot.userRef("ana")))!.paused).toBe(false);
    await bot.send("ana", "/pause 3d");
    const user = (await bot.repos.users.find(bot.userRef("ana")))!;
    expect(user.pausedUntil?.toISOString()).toBe("2027-03-13T12:00:00.000Z");
    expect((await bot.send("ana", "/pause forever and ever"))[0]!.kind).toBe("error");
  });
});

describe("wins", () => {
  it("logs a win from win:, /win and natural phrasings, and lists them by week", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    const first = await bot.send("ana", "win: made my bed");
    expect(first[0]!.kind).toBe("celebration");
    expect(first[0]!.text).toContain("made my bed");
    const second = await bot.send("ana", "/win called my sister");
    expect(second[0]!.text).not.toBe(first[0]!.text.replace("made my bed", "called my sister"));
    await bot.send("ana", "proud of myself for going outside");
    await bot.send("ana", "small win: drank water");
    const list = textOf(await bot.send("ana", "/wins"));
    for (const win of ["made my bed", "called my sister", "going outside", "drank water"]) expect(list).toContain(win);
    expect(list).toMatch(/Week of 8 Mar 2027/);
  });

  it("never celebrates the same way twice in a row", async () => {
    const bot = testCompanion();
    const texts: string[] = [];
    for (let i = 0; i < 10; i++) texts.push((await bot.send("ana", "win: x"))[0]!.text);
    for (let i = 1; i < texts.length; i++) expect(texts[i]).not.toBe(texts[i - 1]);
  });

  it("stores a redelivered message once", async () => {
    const bot = testCompanion();
    await bot.send("ana", "win: same message", { eventId: "update-7" });
    await bot.send("ana", "win: same message", { eventId: "update-7" });
    expect(bot.repos.all?.wins ?? []).toHaveLength(1);
  });

  it("refuses an empty or overlong win kindly and saves nothing", async () => {
    const bot = testCompanion();
    expect((await bot.send("ana", "/win"))[0]!.kind).toBe("error");
    const long = await bot.send("ana", `win: ${"a".repeat(20_000)}`);
    expect(long[0]!.kind).toBe("error");
    expect(textOf(long)).toMatch(/shorter parts/);
    expect(textOf(await bot.send("ana", "/wins"))).toMatch(/No wins saved yet/);
  });
});

describe("bad input", () => {
  it("answers unknown commands, empty and control-only messages kindly", async () => {
    const bot = testCompanion();
    expect(textOf(await bot.send("ana", "/frobnicate"))).toMatch(/don't know \/frobnicate.*\/commands/);
    expect((await bot.send("ana", "   "))[0]!.kind).toBe("error");
    expect((await bot.send("ana", "\u0000\u0007\u001b"))[0]!.kind).toBe("error");
  });

  it("keeps emoji and every script intact", async () => {
    const bot = testCompanion();
    const replies = await bot.send("ana", "win: 🌱 went outside ☀️ — 外に出た");
    expect(replies[0]!.text).toContain("🌱 went outside ☀️ — 外に出た");
  });
});

describe("/commands", () => {
  it("lists every command in the table", async () => {
    const bot = testCompanion();
    const text = textOf(await bot.send("ana", "/commands"));
    for (const command of bot.core.commands.list) expect(text).toContain(`/${command.usage ?? command.name}`);
  });

  it("refuses a duplicate command name at start-up", () => {
    const handle = async () => [];
    expect(() => buildCommandTable([{ name: "win", summary: "a", handle }, { name: "win", summary: "b", handle }])).toThrow(/twice/);
  });
});

describe("groups", () => {
  it("answers /safety with lines only, invites a DM for the rest, and ignores plain messages", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country US");
    await bot.send("ana", "/plan add people: Sam 555 0100");
    const safety = await bot.send("ana", "/safety", { chat: "group" });
    expect(textOf(safety)).not.toContain("Sam");
    expect(textOf(safety)).toMatch(/findahelpline/);
    expect(textOf(await bot.send("ana", "/wins", { chat: "group" }))).toMatch(/direct message/);
    expect(await bot.send("ana", "win: a secret", { chat: "group" })).toEqual([]);
    expect(buttonIds(safety)).toEqual([]);
  });
});
