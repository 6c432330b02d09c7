// npm run bench:telegram: the Telegram adapter under a burst, against the local Bot API stand-in.
// Full stack (real grammY + runner, the core, SQLite) versus a bare grammY bot that echoes.
import { performance } from "node:perf_hooks";
import { run, sequentialize } from "@grammyjs/runner";
import { Bot } from "grammy";
import { createTelegramAdapter } from "../src/adapters/telegram/telegram-adapter";
import { openBenchCore } from "./lib/open-bench-core";
import { percentile } from "./lib/percentile";
import { SILENT_LOGGER } from "./lib/silent-logger";
import { startFakeTelegram, type FakeTelegram } from "../tests/stand-ins/fake-telegram-api";

const USERS = 1_000;
const PER_USER = 10;
const TOTAL = USERS * PER_USER;
const PACED_TOTAL = 3_000; // the steady-load phase runs at half the full stack's burst rate
const CORE_CONCURRENCY = 100; // as the adapter's default
const TOKEN = "7000000001:fake-telegram-token-for-bench";
const FIRST_USER_ID = 10_000_000;


/** What person `user` sends as their `k`-th message: mostly journal lines, a win, /safety and /wins. Each gets one reply. */
function messageFor(user: number, k: number): string {
  if (k % 10 === 3) return `win: walked to the river (${user}/${k})`;
  if (k % 10 === 6) return "/safety";
  if (k % 10 === 9) return "/wins";
  return `Day note ${k}: slept so-so, talked to a friend, ate lunch outside (${user}).`;
}

interface Contender {
  name: string;
  /** Starts the bot against the stand-in; returns how to stop it. */
  start(fake: FakeTelegram): Promise<() => Promise<void>>;
}

/** The core as main.ts builds it, on a fresh SQLite file. */
const openCore = () => openBenchCore("between-bench-telegram");

const fullStack: Contender = {
  name: "full stack (adapter + core + SQLite)",
  async start(fake) {
    const { core, close, dataDir } = await openCore();
    // As main.ts runs it: with the record of answered updates beside the database.
    const adapter = createTelegramAdapter({ core, logger: SILENT_LOGGER, token: fake.token, apiRoot: fake.apiRoot, answeredUpdatesDir: dataDir });
    await adapter.start();
    return async () => {
      await adapter.stop();
      await close();
    };
  },
};

/** The ceiling: the same events straight into the core, CORE_CONCURRENCY at a time, no Telegram at all. */
async function measureCoreAlone(): Promise<number> {
  const { core, close } = await openCore();
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let n = next++; n < TOTAL; n = next++) {
      const user = n % USERS;
      const text = messageFor(user, Math.floor(n / USERS));
      const command = text.startsWith("/") ? { kind: "command" as const, name: text.slice(1), args: "" } : { kind: "text" as const, text };
      await core.handleEvent({ ...command, user: { platform: "telegram", platformUserId: String(FIRST_USER_ID + user) }, eventId: String(n) });
    }
  };
  await Promise.all(Array.from({ length: CORE_CONCURRENCY }, worker));
  const rate = TOTAL / ((performance.now() - started) / 1000);
  await close();
  return rate;
}

function echoBot(fake: FakeTelegram): Bot {
  const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  return bot;
}

const bareStart: Contender = {
  name: "bare grammY echo, bot.start()",
  async start(fake) {
    const bot = echoBot(fake);
    const done = bot.start();
    return async () => {
      await bot.stop();
      await done;
    };
  },
};

// Held to what the adapter promises: one chat's updates in order, the same number at once. (With
// run()'s defaults, 500 at once and no order, replies in a chat can come out of order, and the
// reply-to-update matching below would misread its latencies.)
const bareRunner: Contender = {
  name: "bare grammY echo, runner (in order, 100)",
  async start(fake) {
    const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
    bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? "")));
    bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
    await bot.init();
    const runner = run(bot, { sink: { concurrency: CORE_CONCURRENCY } });
    return async () => {
      await runner.stop();
    };
  },
};

/** run() as it comes: 500 at once, no per-chat order (shown for reference; not held to the same promises). */
const bareRunnerDefaults: Contender = {
  name: "bare grammY echo, run() defaults",
  async start(fake) {
    const bot = echoBot(fake);
    await bot.init();
    const runner = run(bot);
    return async () => {
      await runner.stop();
    };
  },
};

interface Result {
  rate: number;
  fromPush: number[];
  inBot: number[];
}


async function waitFor(condition: () => boolean, what: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Pushes `count` updates (all at once, or at `rate` a second) and measures until every reply is out. */
async function measure(contender: Contender, count: number, rate?: number): Promise<Result> {
  const fake = await startFakeTelegram({ token: TOKEN });
  const stop = await contender.start(fake);
  await fake.waitForCall("getUpdates", () => true, 30_000);
  const pushedAt = new Map<number, number>();
  const updatesOfChat = new Map<number, number[]>();
  const push = (n: number) => {
    const user = n % USERS;
    const chatId = FIRST_USER_ID + user;
    const update = fake.sendText({ id: chatId, first_name: `P${user}` }, messageFor(user, Math.floor(n / USERS)));
    pushedAt.set(update.update_id, performance.now());
    updatesOfChat.set(chatId, [...(updatesOfChat.get(chatId) ?? []), update.update_id]);
  };
  const started = performance.now();
  if (rate === undefined) {
    for (let n = 0; n < count; n += 1) push(n);
  } else {
    // Open loop: the schedule does not wait for the bot, as real people do not.
    for (let n = 0; n < count; ) {
      const due = Math.min(count, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
      while (n < due) push(n++);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
  await waitFor(() => fake.sent.length >= count, `${count} replies from ${contender.name}`);
  await stop();
  if (fake.sent.length !== count) throw new Error(`bench: ${contender.name} sent ${fake.sent.length} replies to ${count} updates`);
  // Replies in a chat come in the order of that chat's updates: the i-th reply answers the i-th update.
  const fromPush: number[] = [];
  const inBot: number[] = [];
  const seenInChat = new Map<number, number>();
  let last = started;
  for (const sent of fake.sent) {
    const index = seenInChat.get(sent.chatId) ?? 0;
    seenInChat.set(sent.chatId, index + 1);
    const updateId = updatesOfChat.get(sent.chatId)![index]!;
    fromPush.push(sent.sentAt - pushedAt.get(updateId)!);
    inBot.push(sent.sentAt - (fake.firstHandedOut(updateId) ?? NaN));
    last = Math.max(last, sent.sentAt);
  }
  const polls = fake.calls.filter((call) => call.method === "getUpdates").length;
  await fake.close();
  if (process.argv.includes("--polls")) console.log(`  (${contender.name}: ${polls} getUpdates calls)`);
  return { rate: count / ((last - started) / 1000), fromPush: fromPush.sort((a, b) => a - b), inBot: inBot.sort((a, b) => a - b) };
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);

function row(name: string, result: Result): string {
  const { rate, fromPush, inBot } = result;
  return `${name.padEnd(44)} ${rate.toFixed(0).padStart(7)}/s ${ms(percentile(fromPush, 50))} ${ms(percentile(fromPush, 99))} ${ms(percentile(inBot, 50))} ${ms(percentile(inBot, 99))}`;
}

async function main(): Promise<void> {
  // `-- --full-stack-only`: the burst through the full stack alone, for a profiler (node --cpu-prof).
  const fullOnly = process.argv.includes("--full-stack-only");
  const contenders = fullOnly ? [fullStack] : [fullStack, bareStart, bareRunner, bareRunnerDefaults];
  // `-- --rounds N` (default 3): more rounds, steadier medians.
  const roundsArg = process.argv.indexOf("--rounds");
  const rounds = roundsArg >= 0 ? Math.max(1, Number(process.argv[roundsArg + 1]) || 1) : fullOnly ? 1 : 3;
  console.log(`Telegram bench: ${TOTAL.toLocaleString("en")} updates from ${USERS.toLocaleString("en")} users (7 journal lines, 1 win, 1 /safety, 1 /wins each), one reply each.`);
  console.log(`Node ${process.version}; the stand-in Bot API runs on 127.0.0.1 in the same process, so it shares the CPU with the bot.`);
  const header = `${"".padEnd(44)} ${"updates".padStart(9)} ${"p50 push".padStart(10)} ${"p99 push".padStart(10)} ${"p50 bot".padStart(10)} ${"p99 bot".padStart(10)}`;
  console.log(`\nBurst: all ${TOTAL.toLocaleString("en")} queued at once. Times to the reply, from "push" (queued) and from "bot" (first handed over by getUpdates).`);
  console.log(header);
  // The machine is shared and noisy: every contender runs ROUNDS times, interleaved, and the median round counts.
  const burst = new Map<Contender, Result[]>(contenders.map((contender) => [contender, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const contender of contenders) {
      const result = await measure(contender, TOTAL);
      burst.get(contender)!.push(result);
      console.log(row(`${contender.name}${rounds > 1 ? ` #${round}` : ""}`, result));
    }
  }
  if (fullOnly) return;
  const coreAlone = await measureCoreAlone();
  console.log(`${"core + SQLite alone (no Telegram)".padEnd(44)} ${coreAlone.toFixed(0).padStart(7)}/s   (${CORE_CONCURRENCY} events at a time: the full stack's ceiling)`);

  const full = median(burst.get(fullStack)!);
  const pacedRate = Math.max(20, Math.round(full.rate / 2 / 10) * 10);
  console.log(`\nSteady load: ${PACED_TOTAL.toLocaleString("en")} updates at ${pacedRate}/s (half the full stack's burst rate), open loop`);
  console.log(header);
  const paced = new Map<Contender, Result[]>(contenders.map((contender) => [contender, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const contender of contenders) {
      const result = await measure(contender, PACED_TOTAL, pacedRate);
      paced.get(contender)!.push(result);
      console.log(row(`${contender.name}${rounds > 1 ? ` #${round}` : ""}`, result));
    }
  }

  const bareRates = [bareStart, bareRunner].map((c) => median(burst.get(c)!).rate);
  const ratio = full.rate / Math.max(...bareRates);
  const ratioDefaults = full.rate / median(burst.get(bareRunnerDefaults)!).rate;
  const p99s = paced.get(fullStack)!.map((result) => percentile(result.fromPush, 99)).sort((a, b) => a - b);
  const p99Steady = p99s[Math.floor(p99s.length / 2)]!;
  const perRound = Array.from({ length: rounds }, (_, i) => (burst.get(fullStack)![i]!.rate / Math.max(burst.get(bareStart)![i]!.rate, burst.get(bareRunner)![i]!.rate)).toFixed(2));
  console.log(`\nMedians of ${rounds} round${rounds > 1 ? "s" : ""}: full stack ${full.rate.toFixed(0)}/s, bare bot in order ${Math.max(...bareRates).toFixed(0)}/s; ratio per round ${perRound.join(", ")}`);
  console.log(`Ratio, full stack / faster bare bot in order (burst updates/s, medians): ${ratio.toFixed(2)}   target >= 0.50: ${ratio >= 0.5 ? "met" : "NOT met"}`);
  console.log(`Ratio, full stack / run() defaults (no order, 500 at once; reference only): ${ratioDefaults.toFixed(2)}`);
  console.log(`Ratio, full stack / core alone (what the adapter keeps of the ceiling): ${(full.rate / coreAlone).toFixed(2)}`);
  console.log(`Full stack p99 update->reply at steady load (median of ${rounds}: ${p99s.map((p) => p.toFixed(1)).join(", ")} ms): ${p99Steady.toFixed(1)} ms   target < 50 ms: ${p99Steady < 50 ? "met" : "NOT met"}`);
}

/** The round with the median rate. */
function median(results: readonly Result[]): Result {
  return [...results].sort((a, b) => a.rate - b.rate)[Math.floor(results.length / 2)]!;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
