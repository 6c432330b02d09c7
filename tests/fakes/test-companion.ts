import { loadCrisisDirectory } from "../../src/content/crisis-lines";
import { loadCrisisPhrases } from "../../src/content/crisis-phrases";
import { DEFAULT_CORE_SETTINGS, type CoreDeps } from "../../src/core/deps";
import type { Platform, UserEvent, UserRef } from "../../src/core/events";
import { createCore } from "../../src/core/handle-event";
import type { LogFields, Logger, Repositories } from "../../src/core/ports";
import type { Reply } from "../../src/core/replies";
import { parseCommand } from "../../src/core/router";
import { createChartRenderer } from "../../src/charts/resvg-chart-renderer";
import { VirtualClock } from "../../src/scheduler/clocks";
import { inMemoryRepositories } from "./in-memory-repositories";

type InMemoryRepositories = ReturnType<typeof inMemoryRepositories>;

export interface LogLine {
  level: string;
  fields: LogFields;
  message: string;
}

/** A logger that keeps every line, so tests can assert what was (and was not) logged. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: string) => (fields: LogFields, message: string) => void lines.push({ level, fields, message });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

const CRISIS_LINES = loadCrisisDirectory();
const CRISIS_PHRASES = loadCrisisPhrases();
const CHARTS = createChartRenderer();

/**
 * The core with a virtual clock and in-memory (or given) repositories, driven like a conversation:
 * `await bot.send("ana", "/safety")` returns the replies Ana would see.
 */
export function testCompanion<R extends Repositories = InMemoryRepositories>(
  options: { now?: string; repos?: R; platform?: Platform } = {},
) {
  const clock = new VirtualClock(new Date(options.now ?? "2027-03-10T12:00:00Z"));
  const logger = recordingLogger();
  // The default is in-memory; a test that passes real repositories gets their type back.
  const repos = (options.repos ?? inMemoryRepositories()) as R;
  const deps: CoreDeps = {
    repos,
    clock,
    logger,
    content: { crisisLines: CRISIS_LINES, crisisPhrases: CRISIS_PHRASES },
    settings: { ...DEFAULT_CORE_SETTINGS, safetyStorageTimeoutMs: 200 },
    charts: CHARTS,
  };
  const core = createCore(deps);
  const platform = options.platform ?? "console";
  const userRef = (name: string): UserRef => ({ platform, platformUserId: name });

  async function dispatch(event: UserEvent): Promise<Reply[]> {
    const out = await core.handleEvent(event);
    return out.map((o) => o.reply);
  }

  return {
    core,
    deps,
    clock,
    logger,
    repos,
    userRef,
    /** Sends what a person typed; `/x` becomes a command as every adapter does. */
    send(name: string, text: string, extra: Partial<Pick<UserEvent, "chat" | "eventId">> = {}) {
      const command = text.startsWith("/") ? parseCommand(text) : null;
      const base = { user: userRef(name), ...extra };
      return dispatch(command ? { ...base, kind: "command", ...command } : { ...base, kind: "text", text });
    },
    press(name: string, actionId: string, extra: Partial<Pick<UserEvent, "chat">> = {}) {
      return dispatch({ kind: "press", user: userRef(name), actionId, ...extra });
    },
    /** Runs the scheduled work due at `at` and reports each message as delivered (or as `outcome`). */
    async tick(at: string, outcome: "sent" | "transient" | "permanent" = "sent") {
      clock.set(new Date(at));
      const out = await core.handleEvent({ kind: "tick", at: new Date(at) });
      for (const message of out) if (message.receipt) await core.recordDelivery(message.receipt, outcome);
      return out;
    },
    /** Ticks every `stepMinutes` from `from` to `to` (inclusive), collecting what was sent. */
    async runClock(from: string, to: string, stepMinutes = 15) {
      const out = [];
      for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += stepMinutes * 60_000) {
        out.push(...(await this.tick(new Date(t).toISOString())));
      }
      return out;
    },
  };
}

/** All reply texts joined, for `toContain` checks. */
export function textOf(replies: readonly Reply[]): string {
  return replies.map((r) => r.text).join("\n---\n");
}

export function buttonIds(replies: readonly Reply[]): string[] {
  return replies.flatMap((r) => r.buttons?.flat().map((b) => b.id) ?? []);
}
