import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCrisisDirectory } from "../../src/content/crisis-lines";
import { loadCrisisPhrases } from "../../src/content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS } from "../../src/core/deps";
import { createCore } from "../../src/core/handle-event";
import { systemClock } from "../../src/scheduler/clocks";
import { freshKeyring } from "../../src/storage/encryption/load-keyring";
import { openDatabase } from "../../src/storage/open-database";
import { SILENT_LOGGER } from "./silent-logger";

/** The core as main.ts builds it (system clock, bundled content), on a fresh SQLite file that close() removes. */
export async function openBenchCore(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const database = await openDatabase(`file:${join(dir, "bench.db")}`, { keys: freshKeyring() });
  const core = createCore({
    repos: database.repos,
    clock: systemClock,
    logger: SILENT_LOGGER,
    content: { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() },
    settings: DEFAULT_CORE_SETTINGS,
  });
  return {
    core,
    database,
    /** The database's folder, where main.ts also keeps the Telegram adapter's record of answered updates. */
    dataDir: dir,
    async close() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
