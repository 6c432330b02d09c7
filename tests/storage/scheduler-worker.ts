// One scheduler process for the multi-process test: ticks the given instants against a shared
// database and prints one JSON line per check-in it sent. Run with tsx.
import { loadCrisisDirectory } from "../../src/content/crisis-lines";
import { loadCrisisPhrases } from "../../src/content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS } from "../../src/core/deps";
import { createCore } from "../../src/core/handle-event";
import { VirtualClock } from "../../src/scheduler/clocks";
import { openDatabase } from "../../src/storage/open-database";
import { TEST_KEYS } from "./test-keys";

const [url, schema, ...instants] = process.argv.slice(2);
const database = await openDatabase(url!, { keys: TEST_KEYS, ...(schema ? { schema } : {}) });
const clock = new VirtualClock(new Date(instants[0]!));
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const core = createCore({
  repos: database.repos,
  clock,
  logger: silent,
  content: { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() },
  settings: DEFAULT_CORE_SETTINGS,
});
// Like real processes sharing one wall clock: every worker runs instant i at the same moment.
const startAt = Number(process.env.START_AT ?? 0);
const STEP_MS = 1_500;
for (const [index, instant] of instants.entries()) {
  const runAt = startAt + index * STEP_MS;
  if (runAt > Date.now()) await new Promise((resolve) => setTimeout(resolve, runAt - Date.now()));
  clock.set(new Date(instant));
  const out = await core.handleEvent({ kind: "tick", at: new Date(instant) });
  for (const message of out) {
    if (!message.receipt) continue;
    await core.recordDelivery(message.receipt, "sent");
    process.stdout.write(`${JSON.stringify({ pid: process.pid, checkIn: message.receipt.id, user: message.to.platformUserId })}\n`);
  }
}
await database.close();
