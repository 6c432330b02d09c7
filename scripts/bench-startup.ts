// npm run bench:startup: wall time from `npm start` to the first prompt in the terminal, five
// times, each on a fresh SQLite database (so migrations run every time), and the median.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { percentile } from "./lib/percentile";

const RUNS = 5;
const PROMPT = "> ";

function startOnce(databaseUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("npm", ["start", "--silent"], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes(PROMPT)) return;
      resolve(performance.now() - started);
      child.stdin.end();
    });
    child.on("exit", (code) => (output.includes(PROMPT) ? undefined : reject(new Error(`npm start exited ${code} before its prompt`))));
  });
}

const dir = mkdtempSync(join(tmpdir(), "between-startup-"));
const times: number[] = [];
for (let i = 0; i < RUNS; i++) times.push(await startOnce(`file:${join(dir, `run-${i}.db`)}`));
rmSync(dir, { recursive: true, force: true });
const sorted = [...times].sort((a, b) => a - b);
console.log(`bench:startup  node=${process.version}  runs: ${times.map((t) => `${t.toFixed(0)} ms`).join(", ")}`);
console.log(`npm start to first prompt (fresh SQLite, migrations applied): median ${percentile(sorted, 50).toFixed(0)} ms`);
