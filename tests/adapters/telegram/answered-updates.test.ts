import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ANSWERED_RECORD_MAX_AGE_MS, AnsweredUpdatesFile } from "../../../src/adapters/telegram/answered-updates";

const TOKEN = "7000000001:fake-telegram-token-for-tests";
let dir: string | undefined;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function folder(): string {
  dir = mkdtempSync(join(tmpdir(), "between-answered-"));
  return dir;
}

describe("the record of answered updates", () => {
  it("remembers an answered update across a restart, until Telegram confirms it", () => {
    const at = folder();
    const first = AnsweredUpdatesFile.inFolder(at, TOKEN);
    first.record(501);
    first.record(502);
    // No close(): the process was killed.
    const second = AnsweredUpdatesFile.inFolder(at, TOKEN);
    expect([second.has(501), second.has(502), second.has(503)]).toEqual([true, true, false]);
    second.confirmedBelow(502);
    expect([second.has(501), second.has(502)]).toEqual([false, true]);
    second.close();
    first.close();
  });

  it("keeps one file per bot, so a new token never skips an update", () => {
    const at = folder();
    const one = AnsweredUpdatesFile.inFolder(at, TOKEN);
    one.record(7);
    one.close();
    const other = AnsweredUpdatesFile.inFolder(at, "8000000002:another-bot-token-for-tests");
    expect(other.has(7)).toBe(false);
    other.close();
    expect(readdirSync(at).sort()).toEqual(["telegram-answered-7000000001", "telegram-answered-8000000002"]);
  });

  it("forgets records older than Telegram keeps updates, and a line cut short by a crash", () => {
    const at = folder();
    let now = 1_000_000_000_000;
    const path = join(at, "telegram-answered-7000000001");
    const first = new AnsweredUpdatesFile(path, () => now);
    first.record(10);
    now += ANSWERED_RECORD_MAX_AGE_MS / 2;
    first.record(11);
    first.close();
    appendFileSync(path, "12 17");
    appendFileSync(path, "\n13");
    now += ANSWERED_RECORD_MAX_AGE_MS / 2 + 1;
    const second = new AnsweredUpdatesFile(path, () => now);
    expect([10, 11, 13].map((id) => second.has(id))).toEqual([false, true, false]);
    second.close();
  });

  it("stays small: confirmed records leave the file when it is compacted", () => {
    const at = folder();
    const record = AnsweredUpdatesFile.inFolder(at, TOKEN);
    for (let id = 1; id <= 5_000; id += 1) {
      record.record(id);
      record.confirmedBelow(id);
    }
    record.close();
    const lines = readFileSync(join(at, "telegram-answered-7000000001"), "utf8").trim().split("\n");
    expect(lines.length).toBeLessThan(2_100);
    expect(AnsweredUpdatesFile.inFolder(at, TOKEN).has(5_000)).toBe(true);
  });

  it("ignores a record after close (an update that outlived stop)", () => {
    const record = AnsweredUpdatesFile.inFolder(folder(), TOKEN);
    record.close();
    expect(() => record.record(1)).not.toThrow();
  });
});
