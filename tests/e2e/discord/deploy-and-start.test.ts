import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { REST, Routes } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { buildSlashCommands } from "../../../src/adapters/discord/slash-commands";
import { createCommandTable } from "../../../src/core/command-list";
import { unescapeMarkdown } from "./discord-harness";
import { startFakeDiscord, type FakeDiscord } from "../../stand-ins/fake-discord";
import { tempDatabaseUrl } from "../run-companion";

// The two ways people run the Discord side: the deploy script, and `npm start` with a bot token.
const TSX = resolve("node_modules/.bin/tsx");
const GUILD_ID = "300000000000000001";
let fake: FakeDiscord | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function discordEnv(stand: FakeDiscord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_BOT_TOKEN: stand.token,
    DISCORD_APPLICATION_ID: stand.applicationId,
    DISCORD_API_ROOT: stand.apiBase,
    TELEGRAM_BOT_TOKEN: "",
    LOG_LEVEL: "info",
    ...extra,
  };
}

function runTsx(args: string[], env: Record<string, string>) {
  const child = spawn(TSX, args, { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe("npm run discord:deploy-commands", () => {
  it("registers one slash command per command-table entry, with options where a command takes an argument", async () => {
    fake = await startFakeDiscord({ guilds: [{ id: GUILD_ID }] });
    const run = runTsx(["scripts/deploy-discord-commands.ts", "--guild", GUILD_ID], discordEnv(fake));

    expect(await run.exited).toBe(0);
    const names = createCommandTable().list.map((command) => command.name);
    expect(run.output().stdout).toMatch(new RegExp(`^Registered ${names.length} slash commands in server ${GUILD_ID}: /safety `));
    expect(fake.commands(GUILD_ID).map((command) => command.name)).toEqual(names);
    expect(fake.commands(GUILD_ID).find((command) => command.name === "checkin")?.options).toMatchObject([{ name: "time", type: 3, required: false }]);
    expect(fake.commands()).toEqual([]);
  });

  it("stops with one clear line and exit code 2 without a token", async () => {
    fake = await startFakeDiscord();
    const run = runTsx(["scripts/deploy-discord-commands.ts"], discordEnv(fake, { DISCORD_BOT_TOKEN: "" }));

    expect(await run.exited).toBe(2);
    expect(run.output().stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Configuration error: DISCORD_BOT_TOKEN is required/)]);
    expect(fake.requests).toEqual([]);
  });
});

describe("npm start with a Discord bot token", () => {
  it("connects, answers DMs and slash commands, keeps text out of its logs, and stops cleanly", async () => {
    fake = await startFakeDiscord();
    await new REST({ api: fake.apiBase })
      .setToken(fake.token)
      .put(Routes.applicationCommands(fake.applicationId), { body: buildSlashCommands(createCommandTable().list) });
    const run = runTsx(["src/main.ts"], discordEnv(fake, { DATABASE_URL: tempDatabaseUrl() }));
    try {
      await expect.poll(() => fake!.identifyPayloads.length, { timeout: 15_000, interval: 50 }).toBe(1);
      const person = { id: "200000000000000601" };

      await fake.sendDm(person, "win: painted the fence");
      const reply = await fake.waitForRequest((r) => r.route === "POST /channels/:channelId/messages", 10_000);
      expect(unescapeMarkdown((reply.body as { content: string }).content)).toContain("painted the fence");

      await fake.slashCommand(person, "safety");
      await fake.waitForRequest((r) => r.route === "POST /interactions/:interactionId/:token/callback", 10_000);
      expect(fake.interactionCallbacks[0]?.data?.content).toMatch(/findahelpline\.com/);
    } finally {
      run.child.kill("SIGTERM");
    }
    expect(await run.exited).toBe(0);
    expect(run.output().stderr).toMatch(/connected to Discord/);
    expect(run.output().stderr).not.toContain("painted");
  });
});
