import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_DATA_KEY } from "../storage/test-keys";
import { chatJson, tempDatabaseUrl } from "./run-companion";

const SECRET = "Quillon dreamt of the lighthouse again";

function databaseBytes(url: string): Buffer {
  const path = url.replace(/^file:/, "");
  return Buffer.concat(["", "-wal"].map((suffix) => (existsSync(path + suffix) ? readFileSync(path + suffix) : Buffer.alloc(0))));
}

describe("npm start with encryption at rest", () => {
  it("makes an owner-only key file on first start, keeps the journal sealed, and stops on a wrong key changing nothing", async () => {
    const url = tempDatabaseUrl();
    const keyFile = join(dirname(url.replace(/^file:/, "")), "encryption.key");
    const first = await chatJson([{ user: "ana", text: `/journal ${SECRET}` }, { user: "ana", text: "/journal list" }], { env: { DATABASE_URL: url } });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/made a new key file/);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(JSON.stringify(first.out)).toContain("Quillon");
    expect(databaseBytes(url).includes("Quillon")).toBe(false);

    const before = databaseBytes(url);
    const wrong = await chatJson([{ user: "ana", text: "/journal list" }], { env: { DATABASE_URL: url, DATA_ENCRYPTION_KEY: TEST_DATA_KEY } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Start-up stopped: this database holds data sealed with key id [0-9a-f]{8}/);
    expect(wrong.out).toEqual([]);
    expect(databaseBytes(url).equals(before)).toBe(true);

    const again = await chatJson([{ user: "ana", text: "/journal list" }], { env: { DATABASE_URL: url } });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/made a new key file/);
    expect(JSON.stringify(again.out)).toContain("Quillon");
  });
});
