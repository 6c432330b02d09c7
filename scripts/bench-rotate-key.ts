// npm run bench:rotate-key [entries]: seeds a SQLite database with journal entries (default 100,000)
// sealed with the key file's key, then runs `npm run rotate-key` on it as a separate process and
// prints its time and peak memory; then rotates again, kills that run part-way (SIGKILL), runs it
// once more to finish, and checks every entry still reads back under the final key.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadKeyring } from "../src/storage/encryption/load-keyring";
import { countStaleRows } from "../src/storage/encryption/reseal-rows";
import { defaultKeyFile, openDatabase } from "../src/storage/open-database";

const ENTRIES = Number(process.argv[2] ?? 100_000);
const USERS = 1_000;
const dir = mkdtempSync(join(tmpdir(), "between-rotate-"));
const url = `file:${join(dir, "bench.db")}`;
const keyFile = defaultKeyFile(url)!;

/** Runs rotate-key; with `killOnProgress`, kills it (SIGKILL) as soon as it reports its first rows sealed. */
function runRotate(killOnProgress = false): Promise<{ ms: number; output: string; killed: boolean }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/rotate-key.ts"], { env: { ...process.env, DATABASE_URL: url, DATA_ENCRYPTION_KEY: "" } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (killOnProgress && / rows sealed with key /.test(output)) child.kill("SIGKILL");
  });
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (_code, signal) => resolve({ ms: performance.now() - started, output, killed: signal === "SIGKILL" })));
}

async function openWithKeyFile() {
  return openDatabase(url, { keys: loadKeyring({ keyFile }).keyring });
}

try {
  const seeded = await openWithKeyFile();
  const users = [];
  for (let i = 0; i < USERS; i++) users.push(await seeded.repos.users.findOrCreate({ platform: "telegram", platformUserId: String(10_000 + i) }));
  const text = "Slept badly again, but I went for the short walk by the river and called my sister. #sleep";
  for (let start = 0; start < ENTRIES; start += 5_000) {
    const rows = [];
    for (let i = start; i < Math.min(ENTRIES, start + 5_000); i++) {
      rows.push({ userId: users[i % USERS]!.id, number: Math.floor(i / USERS) + 1, text: seeded.cipher.seal(`${text} (${i})`), tags: seeded.cipher.seal("sleep") });
    }
    await seeded.db.journalEntry.createMany({ data: rows });
  }
  await seeded.close();
  console.log(`seeded ${ENTRIES} journal entries for ${USERS} people`);

  const full = await runRotate();
  console.log(full.output.trim().split("\n").filter((line) => /sealed in|done/.test(line)).join("\n"));
  console.log(`rotate-key on ${ENTRIES} entries: wall ${(full.ms / 1000).toFixed(1)} s (process start included)`);

  const interrupted = await runRotate(true);
  const progress = interrupted.output.split("\n").find((line) => / rows sealed with key /.test(line));
  const finished = await runRotate();
  console.log(`crash and resume: first run ${interrupted.killed ? `killed (SIGKILL) after "${progress}"` : "finished before the kill"}`);
  console.log(`second run: ${finished.output.trim().split("\n").find((line) => /sealed in/.test(line))}`);

  const check = await openWithKeyFile();
  const stale = await countStaleRows(check.db, check.cipher);
  const rows = await check.db.journalEntry.findMany({ select: { text: true } });
  const readable = rows.filter((row) => check.cipher.open(row.text).startsWith("Slept badly")).length;
  await check.close();
  console.log(`after resume: ${readable}/${rows.length} entries read back, ${stale} values not under the current key`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
