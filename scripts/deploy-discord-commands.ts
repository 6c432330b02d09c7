// npm run discord:deploy-commands [-- --guild ID]: registers the slash commands made from the core's
// command table (plus /journal). Globally by default; --guild registers in one server, where they
// appear at once (handy while trying changes). Run it after deploying a version whose commands
// changed, not on every start.
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { deploySlashCommands } from "../src/adapters/discord/deploy-slash-commands";
import { parseEnv } from "../src/config/env";
import { createCommandTable } from "../src/core/command-list";

function fail(line: string, code: number): never {
  console.error(line);
  process.exit(code);
}

dotenv.config({ quiet: true });
let guild: string | undefined;
try {
  guild = parseArgs({ options: { guild: { type: "string" } }, allowPositionals: false }).values.guild;
} catch {
  fail("Usage: npm run discord:deploy-commands [-- --guild SERVER_ID]", 2);
}
if (guild !== undefined && !/^\d{17,20}$/.test(guild)) fail("Usage error: --guild must be a server id (17 to 20 digits)", 2);

const parsed = parseEnv(process.env);
if (!parsed.ok) fail(parsed.message, 2);
const { DISCORD_BOT_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_ROOT } = parsed.env;
if (!DISCORD_BOT_TOKEN) fail("Configuration error: DISCORD_BOT_TOKEN is required to register slash commands (Developer Portal, your app, Bot tab)", 2);
if (!DISCORD_APPLICATION_ID) fail("Configuration error: DISCORD_APPLICATION_ID is required to register slash commands (Developer Portal, General Information)", 2);

try {
  const registered = await deploySlashCommands({
    token: DISCORD_BOT_TOKEN,
    applicationId: DISCORD_APPLICATION_ID,
    commands: createCommandTable().list,
    ...(guild ? { guildId: guild } : {}),
    ...(DISCORD_API_ROOT ? { apiRoot: DISCORD_API_ROOT } : {}),
  });
  const where = guild ? `in server ${guild}` : "globally";
  console.log(`Registered ${registered.length} slash commands ${where}: ${registered.map((command) => `/${command.name}`).join(" ")}`);
  process.exit(0);
} catch (error) {
  // Discord's error text names the problem (401 Unauthorized, Missing Access...), never the token.
  fail(`Could not register the slash commands: ${(error as Error).message}`, 1);
}
