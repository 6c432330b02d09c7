// Composition root: config -> storage -> core -> adapters -> scheduler. The only file that sees everything.
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { ConsoleAdapter } from "./adapters/console/console-adapter";
import { createChartRenderer } from "./charts/resvg-chart-renderer";
import type { Adapter } from "./adapters/adapter";
import { createDiscordAdapter } from "./adapters/discord/discord-adapter";
import { createTelegramAdapter } from "./adapters/telegram/telegram-adapter";
import { parseEnv, type Env } from "./config/env";
import { loadCrisisDirectory } from "./content/crisis-lines";
import { loadCrisisPhrases } from "./content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS, type CoreDeps } from "./core/deps";
import { createCore, type Core } from "./core/handle-event";
import type { Logger } from "./core/ports";
import type { Outgoing } from "./core/replies";
import { createLogger } from "./logging/create-logger";
import { systemClock, VirtualClock } from "./scheduler/clocks";
import { createJobs, runJobs } from "./scheduler/jobs";
import { startCron } from "./scheduler/start-cron";
import { DataKeyError, loadKeyring } from "./storage/encryption/load-keyring";
import type { Keyring } from "./storage/encryption/field-cipher";
import { resealAndRetire } from "./storage/encryption/reseal-rows";
import { defaultKeyFile, openDatabase, type OpenDatabase } from "./storage/open-database";
import { unavailableRepositories } from "./storage/unavailable-repositories";

const STORAGE_RETRY_MS = 30_000;
// How long shutdown waits for storing that outlived its replies before closing the database.
const SETTLE_ON_STOP_MS = 5_000;

function readArgs() {
  const { values } = parseArgs({
    options: {
      console: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      clock: { type: "string", default: "system" },
      user: { type: "string", default: "me" },
    },
    allowPositionals: false,
  });
  if (values.clock !== "system" && values.clock !== "virtual") {
    console.error("Usage error: --clock must be system or virtual");
    process.exit(2);
  }
  return values;
}

/** Opens storage; if it is unreachable the companion still starts (safety answers from bundled data). */
async function connectStorage(url: string, keys: Keyring, deps: CoreDeps, logger: Logger): Promise<OpenDatabase | null> {
  try {
    const database = await openDatabase(url, { keys });
    deps.repos = database.repos;
    sealInBackground(database, logger);
    return database;
  } catch (error) {
    // A wrong key is not a passing outage: stop, having changed nothing.
    if (error instanceof DataKeyError) throw error;
    logger.error({ event: "storage", error: (error as Error).name }, "database unreachable; retrying in the background");
    return null;
  }
}

/** Plaintext from before encryption, or values under a retired key, are sealed anew while the bot runs. */
function sealInBackground(database: OpenDatabase, logger: Logger): void {
  resealAndRetire(database.db, database.cipher)
    .then(({ resealed, stale, retiredKeys }) => {
      if (resealed || stale || retiredKeys) logger.info({ event: "encryption", resealed, stale, retiredKeys }, "sealed stored values with the current key");
    })
    .catch((error: unknown) => logger.error({ event: "encryption", error: (error as Error).name }, "sealing stored values failed; it is tried again on next start"));
}

/** The data keys, or one line saying what is wrong with them and exit 2. */
function readKeys(env: Env, logger: Logger): Keyring {
  try {
    const loaded = loadKeyring({ key: env.DATA_ENCRYPTION_KEY, oldKeys: env.DATA_ENCRYPTION_OLD_KEYS, keyFile: defaultKeyFile(env.DATABASE_URL) });
    if (loaded.createdKeyFile) {
      logger.warn(
        { event: "encryption", keyFile: loaded.createdKeyFile },
        "no DATA_ENCRYPTION_KEY set: made a new key file (owner-only). Back it up apart from the database; without it nothing written can be read",
      );
    }
    if (loaded.looseKeyFile) logger.warn({ event: "encryption", keyFile: loaded.looseKeyFile }, "the key file can be read by other users: chmod 600 it");
    return loaded.keyring;
  } catch (error) {
    console.error(`Configuration error: ${(error as Error).message}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const args = readArgs();
  const parsed = parseEnv(process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  const env = parsed.env;
  const logger = createLogger(env.LOG_LEVEL);
  const clock = args.clock === "virtual" ? new VirtualClock(new Date()) : systemClock;

  const deps: CoreDeps = {
    repos: unavailableRepositories(),
    clock,
    logger,
    content: { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() },
    settings: { ...DEFAULT_CORE_SETTINGS, catchUpWindowMinutes: env.CHECKIN_CATCH_UP_MINUTES, planReviewWeeks: env.PLAN_REVIEW_WEEKS, askToPauseAfter: env.CHECKIN_ASK_TO_PAUSE_AFTER },
    charts: createChartRenderer({ systemFonts: true }),
  };
  const keys = readKeys(env, logger);
  let database = await connectStorage(env.DATABASE_URL, keys, deps, logger).catch(stopOnKeyError);
  const retry = database
    ? null
    : setInterval(async () => {
        database = await connectStorage(env.DATABASE_URL, keys, deps, logger).catch(stopOnKeyError);
        if (database && retry) clearInterval(retry);
      }, STORAGE_RETRY_MS).unref();

  const core = createCore(deps);
  const jobs = createJobs(core);
  const onJobError = (job: { name: string }, error: unknown) =>
    logger.error({ event: "job", job: job.name, error: (error as Error).name }, "scheduled job failed");

  const useConsole = args.console || (!env.TELEGRAM_BOT_TOKEN && !env.DISCORD_BOT_TOKEN);
  const adapters: Adapter[] = useConsole ? [] : platformAdapters(env, core, logger);
  // Scheduled messages go to their platform's adapter; what happened to each is told to the core.
  const deliver = async (messages: Outgoing[]) => {
    for (const adapter of adapters) {
      const mine = messages.filter((m) => m.to.platform === adapter.platform);
      if (mine.length === 0) continue;
      const outcomes = await adapter.deliver(mine);
      for (const [index, message] of mine.entries()) {
        if (message.receipt) await core.recordDelivery(message.receipt, outcomes[index] ?? "transient");
      }
    }
  };
  const consoleAdapter = useConsole
    ? new ConsoleAdapter({
        core,
        logger,
        input: process.stdin,
        output: process.stdout,
        json: args.json,
        attachmentsDir: resolve("data", "console-files"),
        localUser: args.user,
        ...(clock instanceof VirtualClock
          ? {
              advanceClock: async (at: Date) => {
                clock.set(at);
                await deliver(await runJobs(jobs, at, onJobError));
              },
            }
          : {}),
      })
    : null;
  if (consoleAdapter) adapters.push(consoleAdapter);
  const cron = clock instanceof VirtualClock ? null : startCron(jobs, clock, logger, deliver);

  let stopping: Promise<void> | null = null;
  const shutdown = () =>
    (stopping ??= (async () => {
      cron?.stop();
      if (retry) clearInterval(retry);
      // Adapters first: they finish the updates in flight, which still need the database.
      for (const adapter of adapters) await adapter.stop();
      // Storing that outlived its replies gets a moment to finish before the database closes.
      await Promise.race([core.settled(), new Promise((resolve) => setTimeout(resolve, SETTLE_ON_STOP_MS).unref())]);
      await database?.close();
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void shutdown().then(() => process.exit(0)));
  }
  if (consoleAdapter) {
    // The console adapter's start resolves at end of input: then the companion ends cleanly.
    await consoleAdapter.start();
    await shutdown();
    process.exit(0);
  }
  for (const adapter of adapters) await adapter.start();
  logger.info({ event: "ready", adapters: adapters.map((a) => a.platform).join(",") }, "companion running");
}

/** The chat platforms whose tokens are set; each runs beside the others. */
function platformAdapters(env: Env, core: Core, logger: Logger): Adapter[] {
  const adapters: Adapter[] = [];
  if (env.TELEGRAM_BOT_TOKEN) {
    adapters.push(
      createTelegramAdapter({
        core,
        logger,
        token: env.TELEGRAM_BOT_TOKEN,
        // Replies already sent are not sent again after a crash: the record lives beside the SQLite
        // file (as its key does), or in ./data with PostgreSQL (one poller per bot, so one record).
        answeredUpdatesDir: defaultKeyFile(env.DATABASE_URL) ? dirname(defaultKeyFile(env.DATABASE_URL)!) : resolve("data"),
        ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}),
        ...(env.TELEGRAM_WEBHOOK_URL
          ? { webhook: { url: env.TELEGRAM_WEBHOOK_URL, port: env.PORT, ...(env.TELEGRAM_WEBHOOK_SECRET ? { secret: env.TELEGRAM_WEBHOOK_SECRET } : {}) } }
          : {}),
      }),
    );
  }
  if (env.DISCORD_BOT_TOKEN) {
    adapters.push(
      createDiscordAdapter({
        core,
        logger,
        token: env.DISCORD_BOT_TOKEN,
        ...(env.DISCORD_APPLICATION_ID ? { applicationId: env.DISCORD_APPLICATION_ID } : {}),
        ...(env.DISCORD_API_ROOT ? { apiRoot: env.DISCORD_API_ROOT } : {}),
      }),
    );
  }
  return adapters;
}

function stopOnKeyError(error: unknown): never {
  console.error(`Start-up stopped: ${(error as Error).message}`);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(`Start-up failed: ${(error as Error).message}`);
  process.exit(1);
});
