import { GatewayIntentBits } from "discord-api-types/v10";
import { afterEach, describe, expect, it } from "vitest";
import { expectTexts, GUILD_CHANNEL_ID, GUILD_ID, startDiscordCompanion, type DiscordCompanion } from "./discord-harness";

// In a community server nothing personal may show: commands answer only to the person
// (ephemeral), /safety answers right there, and everything else moves to their DM.
let companion: DiscordCompanion | undefined;

afterEach(async () => {
  await companion?.close();
  companion = undefined;
});

const ANA = { id: "200000000000000201", username: "ana" };
const BEN = { id: "200000000000000202", username: "ben" };

describe("Discord servers", () => {
  it("asks Discord for guilds and DMs only, never the privileged message-content intent", async () => {
    const bot = (companion = await startDiscordCompanion());
    expect(bot.fake.identifyPayloads.map((identify) => identify.intents)).toEqual([GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages]);
  });

  it("answers /safety in a server only to the person, with their own plan and local lines", async () => {
    const bot = (companion = await startDiscordCompanion());
    await bot.command(ANA, "country", "GB");
    await bot.command(ANA, "plan", "add coping: walk to the river");

    const answer = await bot.command(ANA, "safety", undefined, GUILD_ID);

    expect(answer.length).toBeGreaterThan(0);
    expect(answer.every((message) => message.channelId === GUILD_CHANNEL_ID && message.ephemeral)).toBe(true);
    expectTexts(answer, [/walk to the river/, /116 123/]);
    // One step: the answer is there at once, with nothing sent to the DM.
    expect(answer.some((message) => message.channelId === bot.fake.dmChannelIdOf(ANA))).toBe(false);

    const breathing = await bot.press(ANA, /Box breathing/, GUILD_ID);
    expectTexts(breathing, [/Breathe in through your nose for 4/]);
    expect(breathing.every((message) => message.channelId === GUILD_CHANNEL_ID && message.ephemeral)).toBe(true);
  });

  it("moves personal commands used in a server to the DM, leaving only a private pointer in the server", async () => {
    const bot = (companion = await startDiscordCompanion());
    const dm = bot.fake.dmChannelIdOf(BEN);

    const win = await bot.command(BEN, "win", "finished the application", GUILD_ID);
    const wins = await bot.command(BEN, "wins", undefined, GUILD_ID);
    const checkIn = await bot.command(BEN, "checkin", "08:30", GUILD_ID);
    const journal = await bot.command(BEN, "journal", "a long day, but I asked for help", GUILD_ID);

    for (const answer of [win, wins, checkIn, journal]) {
      const inServer = answer.filter((message) => message.channelId === GUILD_CHANNEL_ID);
      expect(inServer.map((message) => message.text)).toEqual([expect.stringContaining(`https://discord.com/channels/@me/${dm}`)]);
      expect(inServer.every((message) => message.ephemeral)).toBe(true);
    }
    expectTexts(win.filter((m) => m.channelId === dm), [/finished the application/]);
    expectTexts(wins.filter((m) => m.channelId === dm), [/finished the application/]);
    expectTexts(checkIn.filter((m) => m.channelId === dm), [/08:30/]);
    expectTexts(journal.filter((m) => m.channelId === dm), [/Saved to your journal/]);

    // Nothing in the server channel is visible to others, and nothing personal is there at all.
    const serverMessages = bot.fake.messagesTo(GUILD_CHANNEL_ID);
    expect(serverMessages.length).toBeGreaterThan(0);
    expect(serverMessages.filter((message) => ((message.flags ?? 0) & 64) === 0)).toEqual([]);
    expect(serverMessages.filter((message) => /application|asked for help|08:30/.test(message.content))).toEqual([]);
  });

  it("says kindly when a person's DMs are closed, and answers them privately in the server instead", async () => {
    const bot = (companion = await startDiscordCompanion({ fake: { closedDmUserIds: [ANA.id] } }));

    const answer = await bot.command(ANA, "checkin", "08:30", GUILD_ID);

    expect(answer.every((message) => message.channelId === GUILD_CHANNEL_ID && message.ephemeral)).toBe(true);
    expectTexts(answer, [/couldn't send you a direct message/, /Privacy Settings/, /08:30/]);
    expect(bot.fake.requests.filter((r) => r.route === "POST /channels/:channelId/messages").map((r) => r.status)).toEqual([403]);

    // The scheduled check-in cannot reach her: the core is told it is refused for good, and stops trying.
    await bot.tick("2027-03-10T08:30:00Z");
    const user = await bot.repos.users.find({ platform: "discord", platformUserId: ANA.id });
    expect(user?.inactive).toBe(true);
    expect(bot.logger.lines.some((line) => line.fields.event === "discord-deliver" && line.fields.outcome === "permanent")).toBe(true);
  });

  it("keeps message text and user ids out of the logs", async () => {
    const bot = (companion = await startDiscordCompanion());
    await bot.send(ANA, "win: told my therapist the truth");
    await bot.command(ANA, "safety", undefined, GUILD_ID);

    const logged = JSON.stringify(bot.logger.lines);
    expect(logged).not.toContain("therapist");
    expect(logged).not.toContain(ANA.id);
  });
});
