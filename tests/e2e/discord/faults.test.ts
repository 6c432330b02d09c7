import { afterEach, describe, expect, it, vi } from "vitest";
import type { Core } from "../../../src/core/handle-event";
import type { Outgoing } from "../../../src/core/replies";
import { createDiscordAdapter } from "../../../src/adapters/discord/discord-adapter";
import { gatedRepositories } from "../../fakes/gated-repositories";
import { recordingLogger, testCompanion } from "../../fakes/test-companion";
import { startFakeDiscord } from "../../stand-ins/fake-discord";
import { expectTexts, startDiscordCompanion, type DiscordCompanion } from "./discord-harness";

// Rate limits, a lost gateway, a slow core and a busy send queue: what people notice is that
// every message is still answered, and /safety at once.
let companion: DiscordCompanion | undefined;

afterEach(async () => {
  await companion?.close();
  companion = undefined;
});

const SAM = { id: "200000000000000401", username: "sam" };
const MESSAGE_POSTS = "POST /channels/:channelId/messages" as const;

function statuses(bot: DiscordCompanion, route: string): number[] {
  return bot.fake.requests.filter((request) => request.route === route).map((request) => request.status);
}

describe("Discord faults", () => {
  it("waits out a 429 and still answers a DM, and still delivers a check-in", async () => {
    const bot = (companion = await startDiscordCompanion());
    bot.fake.failNext(MESSAGE_POSTS, { status: 429, retryAfterSeconds: 0.05 });

    expectTexts(await bot.send(SAM, "win: made the call"), [/made the call/]);
    expect(statuses(bot, MESSAGE_POSTS)).toEqual([429, 200]);

    bot.fake.failNext(MESSAGE_POSTS, { status: 429, retryAfterSeconds: 0.05, times: 2 });
    const outcomes = await bot.adapter.deliver([{ to: { platform: "discord", platformUserId: SAM.id }, reply: { kind: "checkin", text: "How are you feeling?" } }]);
    expect(outcomes).toEqual(["sent"]);
    expect(statuses(bot, MESSAGE_POSTS)).toEqual([429, 200, 429, 429, 200]);
  });

  it("reports a check-in as worth retrying when Discord keeps failing, and as refused for good when DMs are closed", async () => {
    const bot = (companion = await startDiscordCompanion({ fake: { closedDmUserIds: ["200000000000000402"] } }));
    bot.fake.failNext(MESSAGE_POSTS, { status: 502, times: 4 });
    const checkIn = (id: string): Outgoing => ({ to: { platform: "discord", platformUserId: id }, reply: { kind: "checkin", text: "Checking in." } });

    expect(await bot.adapter.deliver([checkIn(SAM.id)])).toEqual(["transient"]);
    expect(await bot.adapter.deliver([checkIn("200000000000000402")])).toEqual(["permanent"]);
  });

  it("resumes after the gateway drops and answers a DM sent while it was away", async () => {
    const bot = (companion = await startDiscordCompanion());
    bot.fake.dropGateway();
    // Sent at once: the fake holds it until the session is live again, as Discord replays missed events on resume.
    expectTexts(await bot.send(SAM, "win: still here"), [/still here/]);
    expect(bot.fake.identifyPayloads).toHaveLength(1);
    expect(bot.fake.resumePayloads).toHaveLength(1);
  });

  it("reconnects when heartbeats stop being acknowledged", async () => {
    const bot = (companion = await startDiscordCompanion({ fake: { heartbeatIntervalMs: 100 } }));
    bot.fake.dropGateway({ zombie: true });
    await expect.poll(() => bot.fake.resumePayloads.length, { timeout: 5_000 }).toBe(1);
    expectTexts(await bot.send(SAM, "win: back online"), [/back online/]);
    expect(bot.logger.lines.some((line) => line.fields.event === "discord-gateway" && line.message === "gateway resumed")).toBe(true);
  });

  it("defers an interaction whose answer is slow, then fills in the answer", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = (core: Core): Core => ({
      ...core,
      handleEvent: async (event) => {
        if (event.kind === "command" && event.name === "wins") await gate;
        return core.handleEvent(event);
      },
    });
    const bot = (companion = await startDiscordCompanion({ wrapCore: slow, adapter: { deferAfterMs: 20 } }));

    const answered = bot.command(SAM, "wins");
    await bot.fake.waitForRequest((request) => (request.body as { type?: number } | undefined)?.type === 5);
    release();
    const answer = await answered;

    expect(bot.fake.interactionCallbacks.map((callback) => callback.type)).toEqual([5]);
    expect(answer).toHaveLength(1);
    expect(answer[0]!.text).not.toBe("");
  });

  it("answers /safety while scheduled messages are still queued", async () => {
    const bot = (companion = await startDiscordCompanion({ adapter: { queueLimits: { perSecond: 1, perRecipientIntervalMs: 0, concurrency: 1 } } }));
    const queued: Outgoing[] = Array.from({ length: 5 }, (_, index) => ({
      to: { platform: "discord", platformUserId: `20000000000000050${index}` },
      reply: { kind: "checkin", text: "Good morning. How are you feeling right now?" },
    }));
    void bot.adapter.deliver(queued);

    const answer = await bot.command(SAM, "safety");
    const help = await bot.send(SAM, "help");

    expectTexts(answer, [/findahelpline\.com/]);
    expectTexts(help, [/findahelpline\.com/]);
    const checkInsSent = bot.fake.botMessages().filter((message) => message.content.startsWith("Good morning"));
    expect(checkInsSent.length).toBeLessThan(queued.length);
  });

  it("answers crisis language and \"I'm not safe\" at once while the database hangs, and keeps the message when it answers", async () => {
    let storage!: ReturnType<typeof gatedRepositories>;
    const bot = (companion = await startDiscordCompanion({ storage: (repos) => (storage = gatedRepositories(repos)).repos }));
    await bot.command(SAM, "country", "GB");
    await bot.command(SAM, "safety");
    storage.close();

    const answer = await bot.send(SAM, "no point anymore. im going to kill myself tonight");
    expectTexts(answer, [/are you safe right now/i, /116 123/, /taking longer than usual/]);
    expectTexts(await bot.press(SAM, /I'm not safe/), [/call 999/, /116 123/]);

    storage.open();
    const sam = await bot.repos.users.find({ platform: "discord", platformUserId: SAM.id });
    await vi.waitFor(async () => expect((await bot.repos.journal.list(sam!.id, { limit: 5 })).map((e) => e.text)).toEqual(["no point anymore. im going to kill myself tonight"]));
    await bot.core.settled();
  });

  it("still answers when the core fails, and logs no message text", async () => {
    const broken = (core: Core): Core => ({
      ...core,
      handleEvent: async (event) => {
        if (event.kind === "command" && event.name === "wins") throw new Error("database on fire: my secret win");
        return core.handleEvent(event);
      },
    });
    const bot = (companion = await startDiscordCompanion({ wrapCore: broken }));

    expectTexts(await bot.command(SAM, "wins"), [/something went wrong/]);
    expect(JSON.stringify(bot.logger.lines)).not.toContain("secret");
  });

  it("refuses to start with a wrong token, saying so", async () => {
    const fake = await startFakeDiscord();
    const adapter = createDiscordAdapter({ core: testCompanion().core, logger: recordingLogger(), token: "not-the-token", apiRoot: fake.apiBase });
    try {
      await expect(adapter.start()).rejects.toThrow(/invalid token/i);
      expect(fake.identifyPayloads).toEqual([]);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it("warns when the configured application id is not the bot's, since its slash commands would never appear", async () => {
    const bot = (companion = await startDiscordCompanion({ adapter: { applicationId: "123456789012345678" } }));
    expect(bot.logger.lines.filter((line) => line.fields.event === "discord-config").map((line) => line.level)).toEqual(["warn"]);
  });
});
