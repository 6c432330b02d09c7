// npm run bench:scheduler: 100,000 people with check-in times spread over the day, in SQLite.
// Prints: the time one tick takes to find and claim what is due; the time to produce 10,000 check-ins
// due at once into a null sink; draining those through the outgoing queue at a configured rate; peak memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { OutgoingQueue } from "../src/adapters/outgoing-queue";
import { loadCrisisDirectory } from "../src/content/crisis-lines";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS } from "../src/core/deps";
import { nextDueInstant } from "../src/core/features/check-ins/next-due-instant";
import { createCore } from "../src/core/handle-event";
import { VirtualClock } from "../src/scheduler/clocks";
import { freshKeyring } from "../src/storage/encryption/load-keyring";
import { openDatabase } from "../src/storage/open-database";
import { percentile, sortedCopy } from "./lib/percentile";
import { SILENT_LOGGER } from "./lib/silent-logger";

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const RUSH = 10_000;
const SEND_RATE = Number(process.env.BENCH_SEND_RATE ?? 2_000);
const ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Sydney", "America/Sao_Paulo"];
const START = new Date("2027-03-10T00:00:00Z");

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const median = (xs: number[]) => percentile(sortedCopy(xs), 50);
const ms = (n: number) => `${n.toFixed(1)} ms`;

const dir = mkdtempSync(join(tmpdir(), "between-bench-"));
const url = `file:${join(dir, "bench.db")}`;
const keys = freshKeyring();
const database = await openDatabase(url, { keys });
await database.close();

// Seeding is not what is measured: raw inserts in one transaction.
const raw = new BetterSqlite3(join(dir, "bench.db"));
const seed = raw.transaction(() => {
  const user = raw.prepare(`INSERT INTO "User" (platform, platformUserId, timeZone) VALUES ('telegram', ?, ?)`);
  const slot = raw.prepare(`INSERT INTO "CheckInSlot" (userId, localTime, weekdays, nextDueAt) VALUES (?, ?, '', ?)`);
  for (let i = 0; i < USERS; i++) {
    const zone = ZONES[i % ZONES.length]!;
    const id = Number(user.run(String(100_000 + i), zone).lastInsertRowid);
    // The first RUSH people all want their check-in at 09:00 UTC; the rest are spread over the day.
    const rush = i < RUSH;
    const minute = rush ? 9 * 60 : (i * 7) % 1440;
    const hour = Math.floor(minute / 60);
    const due = nextDueInstant({ hour, minute: minute % 60 }, rush ? "UTC" : zone, START);
    // Written the way Prisma's SQLite adapter writes DateTime, so comparisons in SQL hold.
    slot.run(id, `${String(hour).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`, due.toISOString().replace("Z", "+00:00"));
  }
});
const seedStart = performance.now();
seed();
raw.close();
const seedMs = performance.now() - seedStart;

const reopened = await openDatabase(url, { keys });
const clock = new VirtualClock(START);
// The claim is timed on its own: finding due slots and moving them on, as one tick does.
let claimMs = 0;
const checkIns = reopened.repos.checkIns;
const timedCheckIns: typeof checkIns = Object.create(checkIns);
for (const name of ["findDueSlots", "claimSlots"] as const) {
  const original = checkIns[name].bind(checkIns) as (...args: never[]) => Promise<unknown>;
  Object.assign(timedCheckIns, {
    [name]: async (...args: never[]) => {
      const started = performance.now();
      try {
        return await original(...args);
      } finally {
        claimMs += performance.now() - started;
      }
    },
  });
}
const core = createCore({
  repos: { ...reopened.repos, checkIns: timedCheckIns },
  clock,
  logger: SILENT_LOGGER,
  content: { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() },
  settings: DEFAULT_CORE_SETTINGS,
});

async function tick(at: Date) {
  clock.set(at);
  claimMs = 0;
  const started = performance.now();
  const out = await core.handleEvent({ kind: "tick", at });
  const took = performance.now() - started;
  for (const message of out) await core.recordDelivery(message.receipt!, "sent");
  return { ms: took, claimMs, out };
}
const minute = (hhmm: string) => new Date(`2027-03-10T${hhmm}:00Z`);
const everyMinute = async (from: string, count: number) => {
  const ticks = [];
  for (let m = 0; m < count; m++) ticks.push(await tick(new Date(minute(from).getTime() + m * 60_000)));
  return ticks;
};

// The scheduler "starts" at 08:00: one catch-up tick marks the night's slots missed (not measured).
const catchUp = await tick(minute("08:00"));
await everyMinute("08:01", 29);
// Ordinary minutes: about USERS / 1440 people due each.
const ordinary = await everyMinute("08:30", 20);
const ordinaryDue = ordinary.reduce((sum, t) => sum + t.out.length, 0);
// An empty tick between minutes: nothing due (measures the find alone).
const idle = await tick(new Date(minute("08:49").getTime() + 30_000));
await everyMinute("08:50", 10);

// The 09:00 rush: 10,000 due at once, produced into a null sink.
const rush = await tick(minute("09:00"));
const sink = new OutgoingQueue<(typeof rush.out)[number]>(
  { perSecond: SEND_RATE, perRecipientIntervalMs: 1000, concurrency: 64 },
  async () => {},
  (m) => m.to.platformUserId,
);
const drainStart = performance.now();
await Promise.all(rush.out.map((m) => sink.push(m)));
const drainMs = performance.now() - drainStart;
clearInterval(sampler);

console.log(`bench:scheduler  users=${USERS}  database=SQLite (WAL)  node=${process.version}`);
console.log(`seed (not measured work): ${ms(seedMs)}`);
console.log(`catch-up tick at start (08:00, night's slots marked missed, not a target): ${ms(catchUp.ms)}`);
console.log(
  `ordinary tick (~${Math.round(ordinaryDue / ordinary.length)} due): find+claim median ${ms(median(ordinary.map((t) => t.claimMs)))}, max ${ms(Math.max(...ordinary.map((t) => t.claimMs)))}; whole tick median ${ms(median(ordinary.map((t) => t.ms)))}, max ${ms(Math.max(...ordinary.map((t) => t.ms)))} (${ordinary.length} ticks)`,
);
console.log(`tick with nothing due: find+claim ${ms(idle.claimMs)}, whole tick ${ms(idle.ms)}`);
console.log(
  `09:00 rush: ${rush.out.length} check-ins; find+claim ${ms(rush.claimMs)}; claimed and produced in ${ms(rush.ms)} (${Math.round(rush.out.length / (rush.ms / 1000))}/s)`,
);
console.log(`drain through the outgoing queue at ${SEND_RATE}/s: ${ms(drainMs)} (rate-limited ideal ${ms((rush.out.length / SEND_RATE) * 1000)})`);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
await reopened.close();
rmSync(dir, { recursive: true, force: true });
