import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCommandTable } from "../../src/core/command-list";
import { TEST_DATA_KEY } from "../storage/test-keys";
import { CRISIS_WITH_SECRET, expectPrivateJsonLogs, SECRET, SECRET_PARTS } from "./log-privacy-lines";
import { chatJson, tempDatabaseUrl } from "./run-companion";

// The real companion in the terminal (`npm run chat -- --json`), logging everything (trace) to
// stderr. Known secret words go through every command, every kind of message, a check-in, a guided
// flow and button presses; no log line may carry them, or the person's id.

/** The person at the terminal: their platform id must not reach the log either. */
const PERSON = "Quillon-5523";
const COMMANDS = createCommandTable().list.map((command) => command.name);

function conversation(): object[] {
  const say = (text: string, extra: object = {}) => ({ user: PERSON, text, ...extra });
  const press = (id: string) => ({ user: PERSON, press: id });
  return [
    { at: "2030-01-07T07:00:00Z" },
    say("/timezone UTC"),
    say("/checkin 09:00"),
    { at: "2030-01-07T09:00:00Z" },
    // The check-in (the first one in a new database) answered, and its journal question too.
    press("checkin.mood:1:4"),
    say(SECRET),
    say("/plan build"),
    say(SECRET),
    press("plan.stop"),
    say(SECRET),
    say(`win: ${SECRET}`),
    say(`/mood 3 ${SECRET}`),
    say(CRISIS_WITH_SECRET),
    say(`hello? ${SECRET}`),
    press("journal.keep"),
    press("safety.ground:box"),
    // A press carrying the words, as a forged button would.
    press(`journal.star:${SECRET}`),
    say(SECRET, { chat: "group" }),
    say(`/journal ${SECRET}`, { chat: "group" }),
    // Every command in the table, with the secret as its argument (new commands are picked up here).
    ...COMMANDS.map((name) => say(`/${name} ${SECRET}`)),
    say(`/plan add people: ${SECRET}`),
    say(`/goal add ${SECRET}; ${SECRET}`),
    say(`/tosession ${SECRET}`),
    say("/journal list"),
    say("/summary"),
    say("/export"),
  ];
}

describe("logs in the terminal", () => {
  it("carry no words a person wrote and not their id, through every command, flow and press; every line is pino JSON", async () => {
    const lines = conversation();
    const [run, down] = await Promise.all([
      chatJson([...lines, { user: PERSON, txet: SECRET }], { virtual: true, env: { DATABASE_URL: tempDatabaseUrl(), LOG_LEVEL: "trace" } }),
      // The failure path: storage unreachable, so every handler fails and is logged.
      chatJson(lines.slice(5, 30), {
        virtual: true,
        env: { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", DATA_ENCRYPTION_KEY: TEST_DATA_KEY, LOG_LEVEL: "trace" },
      }),
    ]);
    // /summary and /export wrote files beside the project (data/console-files): they are not kept.
    for (const line of run.out) for (const path of [line.file, line.image]) if (typeof path === "string") rmSync(path, { force: true });
    expect(run.code).toBe(0);
    expect(down.code).toBe(0);

    // The conversation really went where the test says: check-in answer kept, flow, crisis response, all commands.
    const said = run.out.map((line) => String(line.text ?? "")).join("\n");
    expect(said).toMatch(/with today's check-in/);
    expect(run.out.some((line) => line.kind === "safety")).toBe(true);
    // One "done" per input line: none was lost on the way.
    expect(run.out.filter((line) => "done" in line)).toHaveLength(lines.length + 1);
    expect(said).toContain("Zephyrine");

    const forbidden = [...SECRET_PARTS, PERSON];
    const logged = expectPrivateJsonLogs(run.stderr, forbidden);
    const failed = expectPrivateJsonLogs(down.stderr, forbidden);
    // Logging did happen, at every level it is used for here.
    expect(logged.map((line) => line.event)).toEqual(expect.arrayContaining(["crisis-language", "console-input"]));
    expect(failed.filter((line) => line.level === 50 && line.msg === "handler failed").length).toBeGreaterThan(5);
  }, 60_000);
});
