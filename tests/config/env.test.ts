import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEnv, ZEnv } from "../../src/config/env";

describe("configuration", () => {
  it("needs nothing set: the defaults run the terminal companion on SQLite", () => {
    const result = parseEnv({});
    expect(result).toMatchObject({ ok: true, env: { DATABASE_URL: "file:./data/companion.db", LOG_LEVEL: "info", CHECKIN_CATCH_UP_MINUTES: 120, CHECKIN_ASK_TO_PAUSE_AFTER: 5 } });
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ TELEGRAM_BOT_TOKEN: "", DISCORD_BOT_TOKEN: "  " })).toMatchObject({ ok: true, env: { TELEGRAM_BOT_TOKEN: undefined } });
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ TELEGRAM_BOT_TOKEN: "not-a-token" }, "TELEGRAM_BOT_TOKEN"],
    [{ TELEGRAM_WEBHOOK_URL: "http://insecure.example" }, "TELEGRAM_WEBHOOK_URL"],
    [{ CHECKIN_CATCH_UP_MINUTES: "-5" }, "CHECKIN_CATCH_UP_MINUTES"],
    [{ CHECKIN_ASK_TO_PAUSE_AFTER: "often" }, "CHECKIN_ASK_TO_PAUSE_AFTER"],
    [{ PORT: "seventy" }, "PORT"],
  ])("names the bad variable in one line: %j", (source, name) => {
    const result = parseEnv(source);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(new RegExp(`^Configuration error: ${name} `));
      expect(result.message).not.toContain("\n");
    }
  });

  it("keeps .env.example and the schema in step, each variable with a comment", () => {
    const example = readFileSync(".env.example", "utf8");
    const names = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(names.sort()).toEqual(Object.keys(ZEnv.shape).sort());
    for (const name of names) expect(example).toMatch(new RegExp(`#[^\\n]*\\n(?:#[^\\n]*\\n)*${name}=`));
  });
});
