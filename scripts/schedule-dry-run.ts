// npm run schedule -- --at 2027-03-14T13:00:00Z: lists the check-ins a tick at that instant would
// send, skip or mark missed, from the database in DATABASE_URL. A dry run: nothing is claimed,
// written or sent. Prints ids and times only, never anything a person wrote.
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { parseEnv } from "../src/config/env";
import { loadCrisisDirectory } from "../src/content/crisis-lines";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS } from "../src/core/deps";
import { previewDueCheckIns } from "../src/core/features/check-ins/preview-due-check-ins";
import { VirtualClock } from "../src/scheduler/clocks";
import { loadKeyring } from "../src/storage/encryption/load-keyring";
import { defaultKeyFile, openDatabase } from "../src/storage/open-database";
import { SILENT_LOGGER } from "./lib/silent-logger";

const WHAT: Record<string, string> = { pending: "send", skipped: "skip (paused or skipped today)", missed: "mark missed (older than the catch-up window)" };

dotenv.config({ quiet: true });
const { values } = parseArgs({ options: { at: { type: "string" } } });
const at = values.at ? new Date(values.at) : new Date();
if (Number.isNaN(at.getTime())) {
  console.error(`Usage error: --at must be an ISO instant like 2027-03-14T13:00:00Z (got "${values.at}")`);
  process.exit(2);
}
const parsed = parseEnv(process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const database = await openDatabase(parsed.env.DATABASE_URL, {
  keys: loadKeyring({ key: parsed.env.DATA_ENCRYPTION_KEY, oldKeys: parsed.env.DATA_ENCRYPTION_OLD_KEYS, keyFile: defaultKeyFile(parsed.env.DATABASE_URL) }).keyring,
});
try {
  const preview = await previewDueCheckIns(
    {
      repos: database.repos,
      clock: new VirtualClock(at),
      logger: SILENT_LOGGER,
      content: { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() },
      settings: { ...DEFAULT_CORE_SETTINGS, catchUpWindowMinutes: parsed.env.CHECKIN_CATCH_UP_MINUTES },
    },
    at,
  );
  console.log(`Due at ${at.toISOString()} (catch-up window ${parsed.env.CHECKIN_CATCH_UP_MINUTES} min): ${preview.length} check-in(s)`);
  for (const item of preview) {
    console.log(
      `${item.dueAt.toISOString()}  user #${item.user.id} (${item.user.platform})  ${item.localTime} ${item.user.timeZone}  -> ${WHAT[item.status] ?? item.status}`,
    );
  }
} finally {
  await database.close();
}
