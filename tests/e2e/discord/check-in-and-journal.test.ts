import { afterEach, describe, expect, it } from "vitest";
import type { Core } from "../../../src/core/handle-event";
import { JOURNAL_MODAL_ID } from "../../../src/adapters/discord/journal-modal";
import { expectTexts, GUILD_ID, startDiscordCompanion, type DiscordCompanion } from "./discord-harness";

// Check-ins arrive by DM; a longer entry can be written in a writing box (a Discord modal), whose
// text reaches the core as an ordinary message.
let companion: DiscordCompanion | undefined;

afterEach(async () => {
  await companion?.close();
  companion = undefined;
});

const MIA = { id: "200000000000000301", username: "mia" };
const LONG_ENTRY = `${"Slept badly, then walked to the river and it helped a little. ".repeat(40)}That's all.`;


describe("check-ins and the journal on Discord", () => {
  it("sends the check-in by DM, opening the DM channel, and takes the answer from a button and a writing box", async () => {
    const bot = (companion = await startDiscordCompanion());
    // Set up from a community server: the bot has never had a DM with her.
    await bot.command(MIA, "timezone", "Europe/Berlin", GUILD_ID);
    await bot.command(MIA, "checkin", "09:00", GUILD_ID);
    expect(bot.fake.requests.filter((request) => request.route === "POST /users/@me/channels")).toHaveLength(1);

    const checkIn = await bot.tick("2027-03-10T08:00:00Z");
    expect(checkIn.map((message) => message.channelId)).toEqual([bot.fake.dmChannelIdOf(MIA)]);
    expectTexts(checkIn, [/How are you feeling/]);

    const question = await bot.press(MIA, /^4$/);
    expectTexts(question, [/write down/i]);
    expect(question.flatMap((message) => message.buttons.map((button) => button.label))).toEqual(["Write more…", "Nothing today"]);

    const opened = await bot.press(MIA, /Write more/);
    expect(opened).toEqual([]);
    expect(bot.fake.interactionCallbacks.at(-1)).toMatchObject({ type: 9, data: { custom_id: JOURNAL_MODAL_ID } });

    const saved = await bot.submitModal(MIA, JOURNAL_MODAL_ID, { entry: LONG_ENTRY });
    expectTexts(saved, [/Saved to your journal, with today's check-in/]);

    const user = await bot.repos.users.find({ platform: "discord", platformUserId: MIA.id });
    const entries = await bot.repos.journal.list(user!.id, { limit: 10 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ text: LONG_ENTRY, checkInId: expect.any(Number) as number });
  });

  it("opens the writing box with /journal, and keeps /journal with text at once", async () => {
    const bot = (companion = await startDiscordCompanion());

    expect(await bot.command(MIA, "journal")).toEqual([]);
    expect(bot.fake.interactionCallbacks.at(-1)).toMatchObject({ type: 9 });
    expectTexts(await bot.submitModal(MIA, JOURNAL_MODAL_ID, { entry: "First entry, in the box." }), [/Saved to your journal/]);
    expectTexts(await bot.command(MIA, "journal", "Second entry, inline."), [/Saved to your journal/]);

    const user = await bot.repos.users.find({ platform: "discord", platformUserId: MIA.id });
    const texts = (await bot.repos.journal.list(user!.id, { limit: 10 })).map((entry) => entry.text);
    expect(texts.sort()).toEqual(["First entry, in the box.", "Second entry, inline."]);
  });

  it("answers and stores a DM that Discord delivers twice only once", async () => {
    const bot = (companion = await startDiscordCompanion());
    const dm = await bot.fake.sendDm(MIA, "A quiet evening.");
    await bot.whenHandled(dm.id);

    await bot.fake.redeliverDm(dm);
    await bot.whenHandled(dm.id, 2);

    expect(bot.fake.messagesTo(dm.channel_id).map((message) => message.content)).toEqual([expect.stringMatching(/^Saved to your journal/)]);

    const user = await bot.repos.users.find({ platform: "discord", platformUserId: MIA.id });
    expect((await bot.repos.journal.list(user!.id, { limit: 10 })).map((entry) => entry.text)).toEqual(["A quiet evening."]);
  });

  it("splits a reply longer than 2,000 characters into messages that keep every word", async () => {
    const bot = (companion = await startDiscordCompanion());
    const sections = ["coping", "people", "distractions", "reasons"];
    const items = sections.flatMap((section) =>
      Array.from({ length: 8 }, (_, index) => ({ section, text: `${section} idea ${index + 1}, something that helps me, written out at length so the plan grows` })),
    );
    for (const item of items) await bot.command(MIA, "plan", `add ${item.section}: ${item.text}`);

    const answer = await bot.command(MIA, "safety");

    expect(answer.length).toBeGreaterThan(1);
    const raw = bot.fake.messagesTo(bot.fake.dmChannelIdOf(MIA)).slice(-answer.length);
    expect(raw.every((message) => message.content.length <= 2000)).toBe(true);
    const text = answer.map((message) => message.text).join("\n");
    for (const item of items) expect(text).toContain(item.text);
    // The buttons follow the words they belong to.
    expect(answer.at(-1)!.buttons.map((button) => button.label)).toContain("Box breathing");
  });

  it("sends an image and a file as attachments, in a DM and in answer to a command", async () => {
    const chart = { name: "mood-2027-03.png", mimeType: "image/png", bytes: new Uint8Array([137, 80, 78, 71]), alt: "Mood over March" };
    const notes = { name: "notes.txt", mimeType: "text/plain", bytes: new TextEncoder().encode("for my therapist") };
    const withFiles = (core: Core): Core => ({
      ...core,
      handleEvent: async (event) =>
        event.kind === "command" && event.name === "wins"
          ? [{ to: event.user, reply: { kind: "reply", text: "Your month, as a picture.", image: chart, file: notes } }]
          : core.handleEvent(event),
    });
    const bot = (companion = await startDiscordCompanion({ wrapCore: withFiles }));

    const answer = await bot.command(MIA, "wins");
    const delivered = await bot.adapter.deliver([{ to: { platform: "discord", platformUserId: MIA.id }, reply: { kind: "reply", text: "Here it is.", image: chart } }]);

    expect(answer).toMatchObject([{ text: "Your month, as a picture.", files: ["mood-2027-03.png", "notes.txt"] }]);
    expect(delivered).toEqual(["sent"]);
    const uploads = bot.fake.requests.filter((request) => request.files.length > 0);
    expect(uploads.map((request) => request.files.map((file) => [file.name, file.bytes.length]))).toEqual([
      [["mood-2027-03.png", 4], ["notes.txt", 16]],
      [["mood-2027-03.png", 4]],
    ]);
    expect(uploads[0]!.body).toMatchObject({ data: { attachments: [{ id: "0", description: "Mood over March" }, { id: "1" }] } });
  });
});
