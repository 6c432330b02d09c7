// npm run bench:discord: DMs and slash commands per second, and the time to reply (p50, p99), through
// the fake Discord on 127.0.0.1 (the one the tests use). Two clients in the same run: a bare discord.js
// echo bot, and the full stack (Discord adapter + core + SQLite). People write "closed loop": each
// waits for the answer before writing again, BENCH_USERS of them at once.
import { cpus } from "node:os";
import { Client, Events, GatewayIntentBits, Partials, REST, Routes } from "discord.js";
import { createDiscordAdapter } from "../src/adapters/discord/discord-adapter";
import { deploySlashCommands } from "../src/adapters/discord/deploy-slash-commands";
import { openBenchCore } from "./lib/open-bench-core";
import { percentile } from "./lib/percentile";
import { SILENT_LOGGER } from "./lib/silent-logger";
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from "../tests/stand-ins/fake-discord";

const DMS = Number(process.env.BENCH_DMS ?? 2_000);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 2_000);
const USERS = Number(process.env.BENCH_USERS ?? 50);

interface Target {
  name: string;
  fake: FakeDiscord;
  stop(): Promise<void>;
}

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Discord allows a bot 50 requests a second, and discord.js keeps to it; "unlimited" lifts that to measure the stack itself. */
type Limits = "discord" | "unlimited";
const restFor = (limits: Limits) => (limits === "unlimited" ? { globalRequestsPerSecond: 1_000_000 } : {});

async function startBare(limits: Limits): Promise<Target> {
  const fake = await startFakeDiscord();
  await new REST({ api: fake.apiBase }).setToken(fake.token).put(Routes.applicationCommands(fake.applicationId), {
    body: [{ name: "safety", description: "Echo" }],
  });
  const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages], partials: [Partials.Channel], rest: { ...restFor(limits), api: fake.apiBase } });
  client.on(Events.MessageCreate, async (message) => {
    if (!message.author.bot && message.channel.isSendable()) await message.channel.send(message.content);
  });
  client.on(Events.InteractionCreate, async (interaction) => {
    if (interaction.isChatInputCommand()) await interaction.reply("pong");
  });
  client.on(Events.Error, () => undefined);
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(fake.token);
  await ready;
  return { name: "bare discord.js echo", fake, stop: async () => void (await client.destroy()) };
}

async function startFull(limits: Limits): Promise<Target> {
  const fake = await startFakeDiscord();
  const { core, close } = await openBenchCore("between-bench-discord");
  await deploySlashCommands({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiBase, commands: core.commands.list });
  const adapter = createDiscordAdapter({ core, logger: SILENT_LOGGER, token: fake.token, apiRoot: fake.apiBase, rest: restFor(limits) });
  await adapter.start();
  return {
    name: "full stack (SQLite)",
    fake,
    stop: async () => {
      await adapter.stop();
      await close();
    },
  };
}


/** USERS people each send `total / USERS` times, waiting for the reply each time. */
async function closedLoop(target: Target, kind: "dm" | "interaction", total: number, round: number): Promise<Result> {
  const { fake } = target;
  const waiting = new Map<string, () => void>();
  const early = new Set<string>();
  const answered = (key: string) => {
    const done = waiting.get(key);
    if (done) done();
    else early.add(key);
  };
  const unsubscribe = fake.onRequest((request: RecordedRequest) => {
    if (request.status >= 300) return;
    if (kind === "dm" && request.route === "POST /channels/:channelId/messages") answered(request.path.split("/")[2] ?? "");
    if (kind === "interaction" && request.route === "POST /interactions/:interactionId/:token/callback") answered(request.path.split("/")[2] ?? "");
  });
  const wait = (key: string) =>
    early.delete(key) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(key, () => (waiting.delete(key), resolve())));
  const latencies: number[] = [];
  const perUser = Math.ceil(total / USERS);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, u) => {
      const user = { id: `2${String(round).padStart(2, "0")}${String(u).padStart(15, "0")}` };
      for (let i = 0; i < perUser; i++) {
        const sentAt = performance.now();
        if (kind === "dm") {
          const channelId = fake.dmChannelIdOf(user);
          const reply = wait(channelId);
          await fake.sendDm(user, `Day ${i}: slept a bit better, walked to the river.`);
          await reply;
        } else {
          const interaction = await fake.slashCommand(user, "safety");
          await wait(interaction.id);
        }
        latencies.push(performance.now() - sentAt);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  unsubscribe();
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

interface Row {
  name: string;
  dm: Result;
  interaction: Result;
}

async function run(start: (limits: Limits) => Promise<Target>, limits: Limits): Promise<Row> {
  const target = await start(limits);
  // Warm-up (JIT, first rows, DM channels), not measured.
  await closedLoop(target, "dm", USERS * 2, 0);
  await closedLoop(target, "interaction", USERS * 2, 0);
  const dm = await closedLoop(target, "dm", DMS, 1);
  const interaction = await closedLoop(target, "interaction", INTERACTIONS, 1);
  await target.stop();
  await target.fake.close();
  return { name: target.name, dm, interaction };
}

const f0 = (n: number) => n.toFixed(0).padStart(8);
const f1 = (n: number) => n.toFixed(1).padStart(8);
const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(8);

function table(title: string, bare: Row, full: Row): void {
  console.log(`\n${title}`);
  console.log(`${"".padEnd(22)}${"DMs/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}   ${"cmds/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}`);
  for (const row of [bare, full]) {
    console.log(`${row.name.padEnd(22)}${f0(row.dm.perSecond)}${f1(row.dm.p50)}${f1(row.dm.p99)}   ${f0(row.interaction.perSecond)}${f1(row.interaction.p50)}${f1(row.interaction.p99)}`);
  }
  console.log(
    `${"full / bare".padEnd(22)}${ratio(full.dm.perSecond, bare.dm.perSecond)}${ratio(full.dm.p50, bare.dm.p50)}${ratio(full.dm.p99, bare.dm.p99)}   ` +
      `${ratio(full.interaction.perSecond, bare.interaction.perSecond)}${ratio(full.interaction.p50, bare.interaction.p50)}${ratio(full.interaction.p99, bare.interaction.p99)}`,
  );
}

console.log(`bench:discord on Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}); the fake Discord runs in the same process`);
console.log(`${DMS} DMs and ${INTERACTIONS} /safety slash commands from ${USERS} people at once, each waiting for its answer`);
table(
  "With Discord's REST limits (discord.js keeps a bot to 50 requests a second; interaction answers are exempt):",
  await run(startBare, "discord"),
  await run(startFull, "discord"),
);
table("With the global REST limit lifted, to measure the stack itself:", await run(startBare, "unlimited"), await run(startFull, "unlimited"));
console.log("\nFull stack: each DM is screened for crisis language and kept as a journal entry in SQLite; each /safety reads the person and their plan.");
process.exit(0);
