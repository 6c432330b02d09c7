// npm run bench:safety: how long the core takes from a safety request in to the reply out.
// A person with a country and a full plan on SQLite (WAL) in a temp folder; /safety, a bare "help"
// and a journal line with crisis language, each timed one at a time; then /safety with the
// database unreachable (bundled lines), and crisis language and "I'm not safe" with the database
// hanging (answered at the storage deadline), and with another process holding SQLite's write
// lock. Prints median, p99 and max per case.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCrisisDirectory } from "../src/content/crisis-lines";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS, type CoreDeps } from "../src/core/deps";
import type { UserEvent } from "../src/core/events";
import { createCore } from "../src/core/handle-event";
import { VirtualClock } from "../src/scheduler/clocks";
import { freshKeyring } from "../src/storage/encryption/load-keyring";
import { openDatabase } from "../src/storage/open-database";
import { unavailableRepositories } from "../src/storage/unavailable-repositories";
import { percentile } from "./lib/percentile";
import { SILENT_LOGGER } from "./lib/silent-logger";

const RUNS = Number(process.env.BENCH_RUNS ?? 2_000);
const WARM_UP = 200;
const content = { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() };
const dir = mkdtempSync(join(tmpdir(), "between-bench-safety-"));
const database = await openDatabase(`file:${join(dir, "bench.db")}`, { keys: freshKeyring() });

function coreWith(repos: CoreDeps["repos"]) {
  return createCore({ repos, clock: new VirtualClock(new Date("2027-03-10T12:00:00Z")), logger: SILENT_LOGGER, content, settings: DEFAULT_CORE_SETTINGS });
}

/** Every call waits forever: a database that hangs rather than fails. */
function hangingRepositories(): CoreDeps["repos"] {
  const never = () => new Promise<never>(() => {});
  const repository = new Proxy({}, { get: () => never });
  return new Proxy({} as CoreDeps["repos"], { get: () => repository });
}

async function time(core: ReturnType<typeof coreWith>, event: UserEvent, check: RegExp, runs = RUNS, warmUp = WARM_UP) {
  const samples: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const started = performance.now();
    const out = await core.handleEvent(event);
    const took = performance.now() - started;
    // A benchmark that measured the wrong answer would be worse than none.
    if (!out.some((o) => o.reply.kind === "safety" && check.test(o.reply.text))) throw new Error(`unexpected reply for ${event.kind}`);
    if (i >= warmUp) samples.push(took);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => percentile(samples, p).toFixed(2);
  return `median ${at(50)} ms, p99 ${at(99)} ms, max ${samples.at(-1)!.toFixed(2)} ms`;
}

const core = coreWith(database.repos);
const ana = { platform: "console" as const, platformUserId: "ana" };
const say = async (text: string) => core.handleEvent(text.startsWith("/") ? { kind: "command", user: ana, name: text.slice(1).split(" ")[0]!, args: text.split(" ").slice(1).join(" ") } : { kind: "text", user: ana, text });
await say("/country DE");
await say("/plan");
for (const answer of ["can't sleep\npulling away", "next", "box breathing\ncold water", "next", "walk to the bakery", "next", "Sam - 0151 2345678", "next", "Dr. Weber - 030 123456", "next", "give the pills to Sam", "next", "my dog"]) await say(answer);
await say("next");

console.log(`bench:safety  runs=${RUNS} per case (after ${WARM_UP} warm-up)  database=SQLite (WAL)  node=${process.version}`);
const plan = (await database.repos.plans.list((await database.repos.users.find(ana))!.id)).length;
console.log(`person: country DE, ${plan} plan items`);
console.log(`/safety:                  ${await time(core, { kind: "command", user: ana, name: "safety", args: "" }, /TelefonSeelsorge/)}`);
console.log(`bare "help":              ${await time(core, { kind: "text", user: ana, text: "help" }, /Sam/)}`);
console.log(`"pls help me now":        ${await time(core, { kind: "text", user: ana, text: "pls help me now" }, /Sam/)}`);
console.log(`"I'm not safe" button:    ${await time(core, { kind: "press", user: ana, actionId: "safety.check:unsafe" }, /Sam/)}`);
console.log(`"hilfe bitte" (in German): ${await time(core, { kind: "text", user: ana, text: "hilfe bitte" }, /Krisentelefone \(Deutschland\)/)}`);
console.log(`crisis words in German, stored: ${await time(core, { kind: "text", user: ana, text: "ich will nicht mehr leben" }, /Bist du gerade in Sicherheit/)}`);
const crisisLine = { kind: "text" as const, user: ana, text: "honestly i dont want to be here anymore" };
console.log(`crisis words in a journal line (reply includes storing it): ${await time(core, crisisLine, /Are you safe right now/)}`);
console.log(`/safety, database unreachable: ${await time(coreWith(unavailableRepositories()), { kind: "command", user: { platform: "console", platformUserId: "new" }, name: "safety", args: "" }, /findahelpline/)}`);
const hanging = coreWith(hangingRepositories());
const deadline = DEFAULT_CORE_SETTINGS.safetyStorageTimeoutMs;
console.log(`crisis words, database hanging (deadline ${deadline} ms; 20 runs): ${await time(hanging, crisisLine, /Are you safe right now/, 20, 1)}`);
console.log(`"I'm not safe", database hanging (20 runs): ${await time(hanging, { kind: "press", user: ana, actionId: "safety.check:unsafe" }, /Sam/, 20, 1)}`);
// Another process holding SQLite's write lock (a second bot on the same file, a backup tool):
// writes wait in the driver's busy timeout while reads go on (WAL). ben's answers come from what
// is read, not from memory: he has not asked before in this process.
const ben = { platform: "console" as const, platformUserId: "ben" };
await core.handleEvent({ kind: "command", user: ben, name: "country", args: "GB" });
await core.handleEvent({ kind: "command", user: ben, name: "plan", args: "add people: Sam 07700 900123" });
const locker = spawn(process.execPath, ["-e", `const db = new (require("better-sqlite3"))(${JSON.stringify(join(dir, "bench.db"))}); db.exec("BEGIN IMMEDIATE"); console.log("locked"); setInterval(() => {}, 1000);`], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise<void>((resolve) => locker.stdout.once("data", () => resolve()));
console.log(`/safety, SQLite write-locked by another process (first ask, 1 run): ${await time(core, { kind: "command", user: ben, name: "safety", args: "" }, /Sam/, 1, 0)}`);
console.log(`crisis words, SQLite write-locked by another process (5 runs): ${await time(core, { ...crisisLine, user: ben }, /Sam/, 5, 0)}`);
locker.kill();
await new Promise((resolve) => setTimeout(resolve, 6_000)); // the waiting writes time out before the file is closed
await database.close();
rmSync(dir, { recursive: true, force: true });
