import { spawn } from "node:child_process";
import type { InlineKeyboardMarkup } from "@grammyjs/types";
import { afterEach, describe, expect, it } from "vitest";
import { deploySlashCommands } from "../../src/adapters/discord/deploy-slash-commands";
import { createCommandTable } from "../../src/core/command-list";
import { hashUserId } from "../../src/logging/create-logger";
import { startFakeDiscord, type FakeDiscord } from "../stand-ins/fake-discord";
import { startFakeTelegram, type FakeTelegram } from "../stand-ins/fake-telegram-api";
import { CRISIS_WITH_SECRET, expectPrivateJsonLogs, SECRET, SECRET_PARTS } from "./log-privacy-lines";
import { tempDatabaseUrl } from "./run-companion";
import { eventually, FAKE_TOKEN } from "./telegram/telegram-harness";

// `npm start` as a real process with both chat platforms on, each pointed at its stand-in on
// 127.0.0.1, logging everything (trace). The real grammY and discord.js carry the secret through
// commands, messages, groups, buttons and failed API calls; no log line may carry it, the bot
// tokens, or a person's platform id (only its hash).

const TELEGRAM_PERSON = { id: 7_412_365_098, first_name: "Hortensia", username: "zephyrine_tg" };
const DISCORD_PERSON = { id: "200000000000000991", username: "zephyrine", globalName: "Hortensia" };
const GROUP = { id: -1_001_555_000_991, type: "supergroup" as const, title: "Peer support" };
const GUILD_ID = "300000000000000991";
const DISCORD_TOKEN = "MjAwMDAwMDAwMDAwMDAwOTkx.Gx7Kq2.l0g-privacy-d1sc0rd-t0ken-s3cret";
const COMMANDS = createCommandTable().list;

let cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

function startCompanion(env: Record<string, string>) {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: process.cwd(),
    detached: true,
    env: { ...process.env, TELEGRAM_WEBHOOK_URL: "", LOG_LEVEL: "trace", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  cleanup.push(async () => {
    signal("SIGKILL");
    await exited;
  });
  return { logs: () => stderr, exited, signal };
}

/** Resolves once the stand-in has seen no request for a moment after at least one new one. */
async function discordSettled(fake: FakeDiscord, before: number): Promise<void> {
  await eventually(() => fake.requests.length > before, "Discord requests", 10_000);
  let seen = -1;
  while (seen !== fake.requests.length) {
    seen = fake.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function telegramTraffic(telegram: FakeTelegram): void {
  for (const command of COMMANDS) telegram.sendText(TELEGRAM_PERSON, `/${command.name} ${SECRET}`);
  for (const text of [SECRET, `win: ${SECRET}`, CRISIS_WITH_SECRET, `/plan add people: ${SECRET}`, "/plan build", SECRET, `hello? ${SECRET}`, "/mood"]) {
    telegram.sendText(TELEGRAM_PERSON, text);
  }
  telegram.sendText(TELEGRAM_PERSON, `/journal@${telegram.botUser.username} ${SECRET}`, GROUP);
  telegram.sendText(TELEGRAM_PERSON, `/safety@${telegram.botUser.username} ${SECRET}`, GROUP);
  telegram.sendText(TELEGRAM_PERSON, SECRET, GROUP);
}

describe("logs on Telegram and Discord", () => {
  it("carry no words people wrote, no names, no platform ids and no bot tokens, even when API calls fail; every line is pino JSON", async () => {
    const telegram = await startFakeTelegram({ token: FAKE_TOKEN });
    cleanup.push(() => telegram.close());
    const discord = await startFakeDiscord({ token: DISCORD_TOKEN, guilds: [{ id: GUILD_ID }] });
    cleanup.push(() => discord.close());
    await deploySlashCommands({ token: discord.token, applicationId: discord.applicationId, apiRoot: discord.apiBase, commands: COMMANDS });

    const companion = startCompanion({
      DATABASE_URL: tempDatabaseUrl(),
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DISCORD_BOT_TOKEN: DISCORD_TOKEN,
      DISCORD_API_ROOT: discord.apiBase,
      DISCORD_APPLICATION_ID: discord.applicationId,
    });
    await eventually(() => companion.logs().includes('"event":"ready"'), "the companion to start", 30_000);

    // Telegram: every command, messages, a flow, groups, a button, a forged button, and refused sends.
    telegram.failNext("sendMessage", { error_code: 400, description: `Bad Request: BUTTON_DATA_INVALID near ${SECRET}` });
    telegramTraffic(telegram);
    await eventually(() => telegram.pendingUpdates() === 0, "Telegram updates to be handled", 20_000);
    const picker = [...telegram.sent].reverse().find((sent) => sent.chatId === TELEGRAM_PERSON.id && /How are you feeling/.test(sent.text ?? ""))!;
    const keyboard = picker.message.reply_markup as InlineKeyboardMarkup;
    const four = keyboard.inline_keyboard.flat().find((button) => button.text === "4")!;
    telegram.pressButton(TELEGRAM_PERSON, picker.message, "callback_data" in four ? four.callback_data : "");
    telegram.pushUpdate({
      callback_query: { id: "forged-1", from: { id: TELEGRAM_PERSON.id, is_bot: false, first_name: "Hortensia" }, message: picker.message, chat_instance: "i", data: `journal.star:${SECRET}` },
    } as Parameters<FakeTelegram["pushUpdate"]>[0]);
    telegram.failNext("sendMessage", { error_code: 403, description: `Forbidden: bot was blocked by the user ${SECRET}` });
    telegram.sendText(TELEGRAM_PERSON, `win: ${SECRET}`);
    await eventually(() => telegram.pendingUpdates() === 0, "Telegram presses to be handled", 10_000);

    // Discord: DMs, slash commands in a DM and a server, a button, and REST failures.
    const optionOf = (name: string) => discord.commands().find((command) => command.name === name)!.options![0]!.name;
    for (const text of [SECRET, `win: ${SECRET}`, `/journal ${SECRET}`, CRISIS_WITH_SECRET, "/mood"]) {
      const before = discord.requests.length;
      await discord.sendDm(DISCORD_PERSON, text);
      await discordSettled(discord, before);
    }
    const slashes: [string, Record<string, string> | undefined, string | undefined][] = [
      ["win", { [optionOf("win")]: SECRET }, undefined],
      ["plan", { [optionOf("plan")]: `add people: ${SECRET}` }, undefined],
      ["journal", { [optionOf("journal")]: SECRET }, GUILD_ID],
      ["safety", undefined, GUILD_ID],
    ];
    for (const [name, options, guildId] of slashes) {
      const before = discord.requests.length;
      await discord.slashCommand(DISCORD_PERSON, name, options, guildId ? { guildId } : {});
      await discordSettled(discord, before);
    }
    const findPicker = () => [...discord.messagesTo(discord.dmChannelIdOf(DISCORD_PERSON))].reverse().find((m) => /How are you feeling/.test(m.content));
    await eventually(() => findPicker() !== undefined, "the /mood picker on Discord", 10_000);
    const moodPicker = findPicker()!;
    let before = discord.requests.length;
    await discord.pressButton(DISCORD_PERSON, moodPicker, JSON.stringify(moodPicker.components).match(/mood\.set:4[^"]*/)![0]);
    await discordSettled(discord, before);
    // The failure paths: the DM reply and the interaction answer both refused by Discord.
    discord.failNext("POST /channels/:channelId/messages", { status: 500, message: `Internal error near ${SECRET}`, times: 8 });
    before = discord.requests.length;
    await discord.sendDm(DISCORD_PERSON, `win: ${SECRET}`);
    await discordSettled(discord, before);
    discord.failNext("POST /interactions/:interactionId/:token/callback", { status: 500, message: SECRET, times: 8 });
    before = discord.requests.length;
    await discord.slashCommand(DISCORD_PERSON, "win", { [optionOf("win")]: SECRET });
    await discordSettled(discord, before);

    companion.signal("SIGTERM");
    await companion.exited;
    await eventually(() => companion.logs().includes('"event":"telegram-stop"'), "a clean stop", 10_000).catch(() => undefined);

    const lines = expectPrivateJsonLogs(companion.logs(), [
      ...SECRET_PARTS,
      "zephyrine",
      FAKE_TOKEN,
      FAKE_TOKEN.split(":")[1]!,
      DISCORD_TOKEN,
      ...DISCORD_TOKEN.split("."),
      String(TELEGRAM_PERSON.id),
      DISCORD_PERSON.id,
    ]);
    // The logs are worth having: people appear by hash, and the failures were logged as errors.
    const logged = companion.logs();
    expect(logged).toContain(hashUserId(String(TELEGRAM_PERSON.id)));
    expect(logged).toContain(hashUserId(DISCORD_PERSON.id));
    expect(lines.filter((line) => line.level === 20).length).toBeGreaterThan(COMMANDS.length);
    expect(lines.filter((line) => line.level === 50).map((line) => line.event)).toEqual(expect.arrayContaining(["discord-interaction"]));
    const refusedSends = lines.filter((line) => line.event === "telegram-send" && line.method === "sendMessage");
    expect(refusedSends.map((line) => line.code)).toEqual(expect.arrayContaining([400, 403]));
    expect(lines.map((line) => line.event)).toEqual(expect.arrayContaining(["crisis-language", "discord-ready", "telegram-stop"]));
  }, 60_000);
});
