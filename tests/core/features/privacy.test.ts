import { describe, expect, it } from "vitest";
import { ZPersonalData } from "../../../src/core/features/privacy/personal-data";
import type { Reply } from "../../../src/core/replies";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function fillIn(bot: ReturnType<typeof testCompanion>, name: string) {
  await bot.send(name, "/timezone Europe/Berlin");
  await bot.send(name, "/checkin 08:30");
  await bot.send(name, "/journal the dream about the lake again #nightmare");
  await bot.send(name, "/journal star 1");
  await bot.send(name, "/win called Hortensia back");
  await bot.send(name, "/mood 4");
  await bot.send(name, "/habit add evening walk");
  await bot.send(name, "/done evening walk");
  await bot.send(name, "/goal add sleep by midnight; phone out of the bedroom; lights off at 23:30");
  await bot.send(name, "/tosession the lake dream");
  await bot.send(name, "/plan add people: my sister Hortensia +44 7700 900123");
  await bot.send(name, "/session weekly Tue 17:00");
}

async function importFile(bot: ReturnType<typeof testCompanion>, name: string, bytes: Uint8Array): Promise<Reply[]> {
  const out = await bot.core.handleEvent({ kind: "command", user: bot.userRef(name), name: "import", args: "", file: { name: "export.json", bytes } });
  return out.map((o) => o.reply);
}

describe("/export and /import", () => {
  it("sends everything as a versioned JSON file and a readable Markdown copy", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await fillIn(bot, "ana");
    const replies = await bot.send("ana", "/export");
    const [json, markdown] = replies.map((r) => r.file!);
    expect(json!.name).toBe("between-export-2027-03-10.json");
    const data = ZPersonalData.parse(JSON.parse(decode(json!.bytes)));
    expect(data).toMatchObject({ format: "between-export", version: 1, profile: { timeZone: "Europe/Berlin" } });
    expect(data.journal).toMatchObject([{ number: 1, text: "the dream about the lake again #nightmare", tags: ["nightmare"], starred: true }]);
    expect(data.wins.map((w) => w.text)).toEqual(["called Hortensia back"]);
    expect(data.safetyPlan).toMatchObject([{ section: "people", contact: "+44 7700 900123" }]);
    expect(data.goals[0]!.steps.map((s) => s.text)).toEqual(["phone out of the bedroom", "lights off at 23:30"]);
    expect(data.habits[0]).toMatchObject({ name: "evening walk", ticks: ["2027-03-10"] });
    expect(data.checkInTimes).toEqual([{ localTime: "08:30", weekdays: [] }]);
    expect(data.sessions).toMatchObject([{ number: 1, weekday: 2, localTime: "17:00" }]);
    const md = decode(markdown!.bytes);
    expect(markdown!.name).toBe("between-export-2027-03-10.md");
    expect(md).toContain("> the dream about the lake again #nightmare");
    expect(md).toMatch(/### 1\. 2027-03-10 13:\d\d ★ #nightmare/);
    expect(md).toContain("People I can ask for help");
    expect(md).toContain("weekly on Tuesday at 17:00");
  });

  it("brings an export into another install, and a second import adds nothing twice", async () => {
    const from = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await fillIn(from, "ana");
    const file = (await from.send("ana", "/export"))[0]!.file!.bytes;

    const to = testCompanion({ now: "2027-04-01T12:00:00Z", platform: "discord" });
    await to.send("ana", "/journal already here on the new install");
    expect(textOf(await importFile(to, "ana", file))).toMatch(/brought in \d+ items/);
    const again = await importFile(to, "ana", file);
    expect(textOf(again)).toMatch(/already here, so I've added nothing twice/);

    const moved = ZPersonalData.parse(JSON.parse(decode((await to.send("ana", "/export"))[0]!.file!.bytes)));
    expect(moved.journal.map((e) => [e.number, e.text, e.starred])).toEqual([
      [2, "the dream about the lake again #nightmare", true],
      [1, "already here on the new install", false],
    ]);
    expect(moved.wins).toHaveLength(1);
    expect(moved.moods).toHaveLength(1);
    expect(moved.safetyPlan).toHaveLength(1);
    expect(moved.habits[0]!.ticks).toEqual(["2027-03-10"]);
    expect(moved.goals).toHaveLength(1);
    expect(moved.sessionNotes.map((n) => n.text)).toEqual(["the lake dream"]);
    expect(moved.profile.timeZone).toBe("Europe/Berlin");
    expect(moved.checkInTimes).toEqual([{ localTime: "08:30", weekdays: [] }]);
    expect(moved.sessions).toMatchObject([{ number: 1, weekday: 2, localTime: "17:00" }]);
    expect(textOf(await to.send("ana", "/sessions"))).toMatch(/Tue/);
    expect(textOf(await to.send("ana", "/safety"))).toContain("+44 7700 900123");
  });

  it("explains how without a file, and refuses a file that is not an export, changing nothing", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/journal mine");
    expect(textOf(await bot.send("ana", "/import"))).toMatch(/send the JSON file from its \/export here/);
    expect(textOf(await importFile(bot, "ana", new TextEncoder().encode("not json")))).toMatch(/isn't a JSON file\). Nothing was imported/);
    const wrong = await importFile(bot, "ana", new TextEncoder().encode(JSON.stringify({ format: "between-export", version: 2 })));
    expect(wrong[0]).toMatchObject({ kind: "error" });
    expect(textOf(wrong)).toMatch(/at version: .*Nothing was imported/);
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual(["mine"]);
  });
});

describe("/delete", () => {
  it("erases every row of the person after the confirmation, and nobody else's", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await fillIn(bot, "ana");
    await fillIn(bot, "ben");
    const asked = await bot.send("ana", "/delete");
    expect(textOf(asked)).toMatch(/erases everything you've written to me on this terminal[\s\S]*within 5 minutes/);
    const confirm = buttonIds(asked).find((id) => id.startsWith("privacy.erase:"))!;
    bot.clock.set(new Date("2027-03-10T12:04:00Z"));
    expect(textOf(await bot.press("ana", confirm))).toMatch(/has been erased/);
    const anaId = 1;
    expect(bot.repos.all.users.map((u) => u.platformUserId)).toEqual(["ben"]);
    for (const rows of [bot.repos.all.journal, bot.repos.all.wins, bot.repos.all.moods, bot.repos.all.goals, bot.repos.all.notes, bot.repos.all.habits]) {
      expect(rows.every((row: { userId: number }) => row.userId !== anaId)).toBe(true);
      expect(rows.length).toBeGreaterThan(0);
    }
    expect(textOf(await bot.send("ana", "/journal list"))).not.toContain("lake");
    expect(textOf(await bot.send("ana", "/safety"))).not.toContain("Hortensia");
  });

  it("is cancelled by anything else: the message is still kept, and the old button erases nothing", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/journal first");
    const confirm = buttonIds(await bot.send("ana", "/delete")).find((id) => id.startsWith("privacy.erase:"))!;
    const written = await bot.send("ana", "actually no, today was better");
    expect(textOf(written)).toMatch(/Your \/delete is cancelled; nothing was erased[\s\S]*/);
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual(["first", "actually no, today was better"]);
    expect(textOf(await bot.press("ana", confirm))).toMatch(/belongs to an earlier request, so I've erased nothing/);
    expect(bot.repos.all.users).toHaveLength(1);

    const second = buttonIds(await bot.send("ana", "/delete")).find((id) => id.startsWith("privacy.erase:"))!;
    expect(textOf(await bot.send("ana", "/wins"))).toMatch(/Your \/delete is cancelled/);
    expect(textOf(await bot.press("ana", second))).toMatch(/erased nothing/);
    expect(bot.repos.all.journal).toHaveLength(2);
  });

  it("runs out after 5 minutes, and Keep my data keeps it", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await bot.send("ana", "/journal first");
    const confirm = buttonIds(await bot.send("ana", "/delete")).find((id) => id.startsWith("privacy.erase:"))!;
    bot.clock.set(new Date("2027-03-10T12:05:01Z"));
    expect(textOf(await bot.press("ana", confirm))).toMatch(/ran out after 5 minutes, so I've erased nothing/);
    await bot.send("ana", "/delete");
    expect(textOf(await bot.press("ana", "privacy.keep"))).toMatch(/kept everything/);
    expect(bot.repos.all.journal).toHaveLength(1);
  });
});

describe("/retention", () => {
  it("is off by default, erases what is older once set, and refuses nonsense kindly", async () => {
    const bot = testCompanion({ now: "2027-01-01T12:00:00Z" });
    await bot.send("ana", "/journal old one");
    await bot.send("ana", "/win old win");
    expect(textOf(await bot.send("ana", "/retention"))).toMatch(/I keep everything until you delete it/);
    await bot.tick("2027-03-01T12:00:00Z");
    expect(bot.repos.all.journal).toHaveLength(1);

    bot.clock.set(new Date("2027-03-01T12:30:00Z"));
    await bot.send("ana", "/journal new one");
    expect(textOf(await bot.send("ana", "/retention 3"))).toMatch(/from 7 to 3650[\s\S]*Nothing changed/);
    expect(textOf(await bot.send("ana", "/retention soon"))).toMatch(/Nothing changed/);
    expect(textOf(await bot.send("ana", "/retention 30"))).toMatch(/older than 30 days will be erased/);
    await bot.tick("2027-03-01T13:31:00Z");
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual(["new one"]);
    expect(bot.repos.all.wins).toHaveLength(0);
    expect(textOf(await bot.send("ana", "/retention off"))).toMatch(/keep your entries/);
  });
});
