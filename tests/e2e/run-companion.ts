import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh SQLite file in a temp folder, so each run starts from nothing. */
export function tempDatabaseUrl(): string {
  return `file:${join(mkdtempSync(join(tmpdir(), "between-e2e-")), "companion.db")}`;
}

/** Runs an npm script as a person would, feeding `input` on stdin; no token, so the terminal adapter. */
export function runNpm(args: string[], input: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", args, {
      cwd: process.cwd(),
      env: { ...process.env, TELEGRAM_BOT_TOKEN: "", DISCORD_BOT_TOKEN: "", LOG_LEVEL: "info", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Runs `npm run --silent chat -- --json [...]` with JSON Lines in; returns the parsed lines out. */
export async function chatJson(lines: object[], options: { virtual?: boolean; env?: Record<string, string> } = {}) {
  const args = ["run", "--silent", "chat", "--", "--json", ...(options.virtual ? ["--clock", "virtual"] : [])];
  const input = lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
  const result = await runNpm(args, input, options.env);
  const out = result.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { ...result, out };
}
