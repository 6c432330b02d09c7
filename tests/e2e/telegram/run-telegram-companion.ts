import { spawn, type ChildProcess } from "node:child_process";
import { FAKE_TOKEN } from "./telegram-harness";

export interface CompanionProcess {
  child: ChildProcess;
  /** stderr so far (JSON log lines), for failure messages. */
  logs(): string;
  /** Resolves with the exit code (or the signal's name) once the process group's leader ends. */
  exited: Promise<number | string | null>;
  /** SIGKILL hits the whole process group (npm, tsx, node), as a crash of the machine would. */
  kill(): void;
  /** A signal to every process of the group, as a terminal's Ctrl-C (or an init that forwards signals) does. */
  signal(name: NodeJS.Signals): void;
  /** Resolves once no process of the group is left (npm may exit before node has finished). */
  allGone(): Promise<void>;
}

/** `npm start` as a real process, with Telegram pointed at the stand-in and its own SQLite file. */
export function startCompanionProcess(env: { apiRoot: string; databaseUrl: string }): CompanionProcess {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: process.cwd(),
    // Its own process group, so a signal reaches tsx's node child too.
    detached: true,
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: env.apiRoot,
      TELEGRAM_WEBHOOK_URL: "",
      DISCORD_BOT_TOKEN: "",
      DATABASE_URL: env.databaseUrl,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | string | null>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
  return {
    child,
    logs: () => stderr,
    exited,
    kill() {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
    signal(name) {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // already gone
      }
    },
    async allGone() {
      for (;;) {
        try {
          process.kill(-child.pid!, 0);
        } catch {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
