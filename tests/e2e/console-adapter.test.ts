import { describe, expect, it } from "vitest";
import { TEST_DATA_KEY } from "../storage/test-keys";
import { chatJson, runNpm, tempDatabaseUrl } from "./run-companion";

describe("npm start in the terminal", () => {
  it("answers /safety piped on stdin and exits 0 at end of input", async () => {
    const result = await runNpm(["start", "--silent"], "/safety\n", { DATABASE_URL: tempDatabaseUrl() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/safety plan|crisis lines/i);
    expect(result.stdout).toMatch(/\[1\] Box breathing\n  \[2\] 5-4-3-2-1 grounding/);
  });

  it("lets a numbered choice press a button", async () => {
    const result = await runNpm(["start", "--silent"], "/safety\n1\n", { DATABASE_URL: tempDatabaseUrl() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Breathe in through your nose for 4/);
  });

  it("stops with one clear line and exit code 2 on a bad setting", async () => {
    const result = await runNpm(["start", "--silent"], "", { DATABASE_URL: "mysql://nope" });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("Configuration error: DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)");
  });

  it("still answers /safety when the database is unreachable", async () => {
    const result = await runNpm(["start", "--silent"], "/safety\n", {
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
      DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/findahelpline\.com/);
  });
});

describe("npm run chat -- --json", () => {
  it("speaks JSON Lines for many users, with a done line after each input line", async () => {
    const { code, out } = await chatJson(
      [
        { user: "ana", text: "/country US" },
        { user: "ben", text: "/safety" },
        { user: "ana", text: "win: went for a walk" },
        { user: "ana", text: "/wins" },
      ],
      { env: { DATABASE_URL: tempDatabaseUrl() } },
    );
    expect(code).toBe(0);
    expect(out.filter((line) => "done" in line).map((line) => line.done)).toEqual([1, 2, 3, 4]);
    const ben = out.find((line) => line.user === "ben")!;
    expect(ben.kind).toBe("safety");
    expect(ben.buttons).toEqual(expect.arrayContaining([{ id: "safety.ground:box", label: "Box breathing" }]));
    expect(out.find((line) => line.kind === "celebration")).toMatchObject({ user: "ana" });
    expect(String(out.at(-2)!.text)).toContain("went for a walk");
  });

  it("takes button presses and reports bad lines without stopping", async () => {
    const { code, out } = await chatJson([{ user: "ana", press: "safety.ground:54321" }, { nonsense: true }, { user: "ana", text: "/commands" }], {
      env: { DATABASE_URL: tempDatabaseUrl() },
    });
    expect(code).toBe(0);
    expect(String(out[0]!.text)).toMatch(/5 things you can see/);
    expect(out[2]).toMatchObject({ error: expect.stringMatching(/^line 2/) });
    expect(out.at(-1)).toEqual({ done: 3 });
  });

  it("keeps its data between runs on the same database", async () => {
    const DATABASE_URL = tempDatabaseUrl();
    await chatJson([{ user: "ana", text: "win: first run" }], { env: { DATABASE_URL } });
    const { out } = await chatJson([{ user: "ana", text: "/wins" }], { env: { DATABASE_URL } });
    expect(String(out[0]!.text)).toContain("first run");
  });
});
