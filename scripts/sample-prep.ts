// `npm run sample:prep`: a sample week with a weekly session, run through the real core on a fresh
// SQLite file under a virtual clock, and the prep message it produces the day before. Nothing here
// touches your own data: the database lives in a temp folder and is removed afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCrisisDirectory } from "../src/content/crisis-lines";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS } from "../src/core/deps";
import type { Outgoing } from "../src/core/replies";
import { createCore } from "../src/core/handle-event";
import { parseCommand } from "../src/core/router";
import { VirtualClock } from "../src/scheduler/clocks";
import { freshKeyring } from "../src/storage/encryption/load-keyring";
import { openDatabase } from "../src/storage/open-database";
import { SILENT_LOGGER } from "./lib/silent-logger";

const dir = mkdtempSync(join(tmpdir(), "between-sample-prep-"));
const database = await openDatabase(`file:${join(dir, "sample.db")}`, { keys: freshKeyring() });
const clock = new VirtualClock(new Date("2027-05-03T08:00:00Z"));
const core = createCore({
  repos: database.repos,
  clock,
  logger: SILENT_LOGGER,
  content: { crisisLines: loadCrisisDirectory(), crisisPhrases: loadCrisisPhrases() },
  settings: DEFAULT_CORE_SETTINGS,
});
const user = { platform: "console" as const, platformUserId: "sample" };
let eventNumber = 0;

async function say(at: string, text: string): Promise<void> {
  clock.set(new Date(at));
  const command = text.startsWith("/") ? parseCommand(text) : null;
  const base = { user, eventId: `sample-${++eventNumber}` };
  await core.handleEvent(command ? { ...base, kind: "command", ...command } : { ...base, kind: "text", text });
}

async function tick(at: string): Promise<Outgoing[]> {
  clock.set(new Date(at));
  return core.handleEvent({ kind: "tick", at: new Date(at) });
}

try {
  // Monday 3 May 2027, Berlin: a weekly session on Tuesdays at 17:00, prep at 08:30 the day before.
  await say("2027-05-03T08:00:00Z", "/timezone Europe/Berlin");
  await say("2027-05-03T08:01:00Z", "/session prep 08:30");
  await say("2027-05-03T08:02:00Z", "/session weekly Tue 17:00");
  await say("2027-05-03T08:03:00Z", "/habit add walk");
  await tick("2027-05-04T15:00:00Z"); // the first session begins
  await tick("2027-05-04T18:00:00Z"); // "How did it go?"
  await say("2027-05-04T18:10:00Z", "Notice when I apologise for no reason");
  await say("2027-05-05T17:00:00Z", "/mood 4");
  await say("2027-05-05T17:01:00Z", "done walk");
  await say("2027-05-06T19:00:00Z", "yesterday: mood 5");
  await say("2027-05-06T19:01:00Z", "/mood 3");
  await say("2027-05-06T19:02:00Z", "Froze when my manager asked for the report. Apologised three times. #work");
  await say("2027-05-06T19:03:00Z", "/journal star 1");
  await say("2027-05-07T18:00:00Z", "win: told my sister I needed a quiet weekend");
  await say("2027-05-08T10:00:00Z", "/mood 6");
  await say("2027-05-08T10:01:00Z", "walked ✅");
  await say("2027-05-08T10:02:00Z", "Long walk by the river, first calm morning in weeks");
  await say("2027-05-08T10:03:00Z", "/journal star 2");
  await say("2027-05-09T20:00:00Z", "/tosession the nightmares are back");
  await say("2027-05-09T20:01:00Z", "/mood 5");
  await say("2027-05-09T20:02:00Z", "/goal done 1");
  // Monday 10 May, 08:30 in Berlin: the day before the second session.
  for (const out of await tick("2027-05-10T06:30:00Z")) {
    console.log(out.reply.text);
    for (const row of out.reply.buttons ?? []) console.log(row.map((button) => `[${button.label}] (${button.id})`).join("  "));
    console.log("");
  }
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
