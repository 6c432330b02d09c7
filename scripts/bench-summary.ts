// npm run bench:summary: how long /summary 90 takes for one person with 90 days of use, end to end
// through the core (queries, figures, patterns, Markdown and the PNG chart), on SQLite (WAL) in a
// temp folder, or on BENCH_DATABASE_URL. Prints the median (and p90, max) of RUNS timed runs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createChartRenderer } from "../src/charts/resvg-chart-renderer";
import { loadCrisisDirectory } from "../src/content/crisis-lines";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS, type CoreDeps } from "../src/core/deps";
import { createCore } from "../src/core/handle-event";
import { VirtualClock } from "../src/scheduler/clocks";
import { freshKeyring } from "../src/storage/encryption/load-keyring";
import { openDatabase } from "../src/storage/open-database";
import { percentile } from "./lib/percentile";
import { SILENT_LOGGER } from "./lib/silent-logger";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 3;
const DAYS = 90;
const NOW = new Date("2027-06-01T20:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "between-bench-summary-"));
const url = process.env.BENCH_DATABASE_URL ?? `file:${join(dir, "bench.db")}`;
const schema = `bench_summary_${process.pid}`;
const database = await openDatabase(url, { keys: freshKeyring(), ...(url.startsWith("postgres") ? { schema } : {}) });
const { repos } = database;

// 90 days of a steady user: two moods a day, sleep from the morning check-in, five habits ticked
// on about two days in three, two journal entries a day (one tagged), a win most days, goals, notes.
const ana = await repos.users.findOrCreate({ platform: "console", platformUserId: "bench-ana" });
await repos.users.update(ana.id, { timeZone: "Europe/Berlin" });
const habitNames = ["walk", "water", "breathing", "meals", "message someone"];
const habits = [];
for (const name of habitNames) habits.push((await repos.habits.add(ana.id, { name, starterKey: null, at: new Date(NOW.getTime() - 120 * 86_400_000) })).value);
let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
for (let d = DAYS - 1; d >= 0; d--) {
  const day = new Date(NOW.getTime() - d * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const morning = new Date(`${date}T07:00:00Z`);
  const evening = new Date(`${date}T19:00:00Z`);
  await repos.checkIns.createMany([{ userId: ana.id, idempotencyKey: `${ana.id}:${date}:09:00`, localDate: date, localTime: "09:00", dueAt: morning, status: "pending" }]);
  for (const habit of habits) if (random() < 0.66) await repos.habits.tick(ana.id, habit.id, date, evening);
  await repos.moods.add(ana.id, { value: 1 + Math.floor(random() * 10), at: morning });
  await repos.moods.add(ana.id, { value: 1 + Math.floor(random() * 10), at: evening });
  await repos.journal.add(ana.id, { text: `Day ${d}: ${"a long-ish journal line ".repeat(20)}#work`, at: evening, tags: ["work"] });
  const entry = await repos.journal.add(ana.id, { text: `Evening note for day ${d}.`, at: new Date(evening.getTime() + 60_000), tags: [] });
  if (d % 9 === 0) await repos.journal.update(ana.id, entry.value.number, { starred: true, starredAt: evening });
  if (random() < 0.8) await repos.wins.add(ana.id, `small win on day ${d}`, evening);
  if (d % 15 === 0) await repos.notes.add(ana.id, `note for the session, day ${d}`, evening);
}
// Each morning check-in was sent and answered with hours of sleep.
for (const { checkIn } of await repos.checkIns.claimSendable(NOW, new Date(0), 1_000)) {
  await repos.checkIns.update(ana.id, checkIn.id, { status: "sent", sentAt: checkIn.dueAt, sleepHours: 5 + Math.floor(random() * 4) });
}
for (let g = 0; g < 3; g++) await repos.goals.add(ana.id, { text: `goal ${g}`, steps: ["one", "two", "three"], at: new Date(NOW.getTime() - 30 * 86_400_000) });

const content = { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() };
function coreWith(charts: CoreDeps["charts"]) {
  return createCore({ repos, clock: new VirtualClock(NOW), logger: SILENT_LOGGER, content, settings: DEFAULT_CORE_SETTINGS, ...(charts ? { charts } : {}) });
}

async function time(core: ReturnType<typeof coreWith>, expectImage: boolean) {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const started = performance.now();
    const [out] = await core.handleEvent({ kind: "command", user: ana, name: "summary", args: String(DAYS) });
    const took = performance.now() - started;
    // A benchmark that measured the wrong answer would be worse than none.
    if (!out?.reply.text.startsWith("Between sessions") || !out.reply.file || Boolean(out.reply.image) !== expectImage) throw new Error("unexpected reply");
    if (i >= WARM_UP) samples.push(took);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => percentile(samples, p).toFixed(1);
  return `median ${at(50)} ms, p90 ${at(90)} ms, max ${samples.at(-1)!.toFixed(1)} ms`;
}

console.log(`bench:summary  runs=${RUNS} (after ${WARM_UP} warm-up)  database=${database.provider}  node=${process.version}`);
const nights = (await repos.checkIns.sleepBetween(ana.id, "2000-01-01", "2100-01-01")).length;
console.log(`person: ${DAYS} days, ${DAYS * 2} moods, ${nights} nights of sleep, ${habits.length} habits, ${DAYS * 2} journal entries, ${(await repos.wins.count(ana.id))} wins, 3 goals`);
console.log(`/summary ${DAYS}, chart as in npm start (system fonts too): ${await time(coreWith(createChartRenderer({ systemFonts: true })), true)}`);
console.log(`/summary ${DAYS}, chart with the bundled font only:          ${await time(coreWith(createChartRenderer()), true)}`);
console.log(`/summary ${DAYS}, without a chart (text and Markdown):         ${await time(coreWith(undefined), false)}`);
await database.close();
rmSync(dir, { recursive: true, force: true });
if (database.provider === "postgresql") {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}
