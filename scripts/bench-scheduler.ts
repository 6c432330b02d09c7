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
import { openDatabase } from "../src/storage/open-database";

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const RUSH = 10_000;
const SEND_RATE = Number(process.env.BENCH_SEND_RATE ?? 2_000);
const ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Sydney", "America/Sao_Paulo"];
const START = new Date("2027-03-10T00:00:00Z");

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const dir = mkdtempSync(join(tmpdir(), "between-bench-"));
const url = `file:${join(dir, "bench.db")}`;
const database = await openDatabase(url);
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
    slot.run(id, `${String(hour).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`, due.toISOString());
  }
});
const seedStart = performance.now();
seed();
raw.close();
const seedMs = performance.now() - seedStart;

const reopened = await openDatabase(url);
const clock = new VirtualClock(START);
const core = createCore({
  repos: reopened.repos,
  clock,
  logger: { debug() {}, info() {}, warn() {}, error() {} },
  content: { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() },
  settings: DEFAULT_CORE_SETTINGS,
});

async function tick(at: Date) {
  clock.set(at);
  const started = performance.now();
  const out = await core.handleEvent({ kind: "tick", at });
  return { ms: performance.now() - started, out };
}

// Ordinary minutes: about USERS / 1440 people due each.
const ordinary: number[] = [];
let ordinaryDue = 0;
for (let m = 0; m < 20; m++) {
  const { ms: took, out } = await tick(new Date(START.getTime() + (6 * 60 + m) * 60_000));
  ordinary.push(took);
  ordinaryDue += out.length;
  for (const message of out) await core.recordDelivery(message.receipt!, "sent");
}
// An empty tick: nothing due (measures the find alone).
const idle = (await tick(new Date(START.getTime() + (6 * 60 + 20) * 60_000 + 30_000))).ms;

// The 09:00 rush: 10,000 due at once, produced into a null sink.
const rush = await tick(new Date("2027-03-10T09:00:00Z"));
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
console.log(`ordinary tick (~${Math.round(ordinaryDue / 20)} due): median ${ms(median(ordinary))}, max ${ms(Math.max(...ordinary))} over 20 ticks`);
console.log(`tick with nothing due: ${ms(idle)}`);
console.log(`09:00 rush: ${rush.out.length} check-ins claimed and produced in ${ms(rush.ms)} (${Math.round(rush.out.length / (rush.ms / 1000))}/s)`);
console.log(`drain through the outgoing queue at ${SEND_RATE}/s: ${ms(drainMs)} (rate-limited ideal ${ms((rush.out.length / SEND_RATE) * 1000)})`);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
await reopened.close();
rmSync(dir, { recursive: true, force: true });
