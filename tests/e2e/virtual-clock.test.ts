import { describe, expect, it } from "vitest";
import { chatJson, tempDatabaseUrl } from "./run-companion";

/** Input lines, then which users got a check-in after each `{"at"}` line, keyed by that instant. */
async function checkInsByInstant(lines: object[]) {
  const { code, out } = await chatJson(lines, { virtual: true, env: { DATABASE_URL: tempDatabaseUrl(), LOG_LEVEL: "silent" } });
  expect(code).toBe(0);
  const sent: [string, string][] = [];
  let pending: string[] = [];
  for (const line of out) {
    if (line.kind === "checkin") pending.push(String(line.user));
    if (typeof line.done === "number") {
      const input = lines[line.done - 1] as { at?: string };
      if (input.at) for (const user of pending) sent.push([input.at, user]);
      pending = [];
    }
  }
  return sent;
}

function everyQuarterHour(from: string, to: string) {
  const lines = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 15 * 60_000) lines.push({ at: new Date(t).toISOString() });
  return lines;
}

describe("npm run chat -- --json --clock virtual drives the real scheduler", () => {
  it("sends New York, Kathmandu and paused users exactly what their local times say, across the March change", async () => {
    const sent = await checkInsByInstant([
      { at: "2027-03-11T23:00:00Z" },
      { user: "ny", text: "/timezone America/New_York" },
      { user: "ny", text: "/checkin 09:00" },
      { user: "np", text: "/timezone Asia/Kathmandu" },
      { user: "np", text: "/checkin 20:30" },
      { user: "rest", text: "/checkin 10:00" },
      { user: "rest", text: "/pause" },
      ...everyQuarterHour("2027-03-12T00:00:00Z", "2027-03-16T00:00:00Z"),
    ]);
    expect(sent.filter(([, user]) => user === "ny").map(([at]) => at)).toEqual([
      "2027-03-12T14:00:00.000Z",
      "2027-03-13T14:00:00.000Z",
      "2027-03-14T13:00:00.000Z",
      "2027-03-15T13:00:00.000Z",
    ]);
    expect(sent.filter(([, user]) => user === "np").map(([at]) => at)).toEqual([
      "2027-03-12T14:45:00.000Z",
      "2027-03-13T14:45:00.000Z",
      "2027-03-14T14:45:00.000Z",
      "2027-03-15T14:45:00.000Z",
    ]);
    expect(sent.filter(([, user]) => user === "rest")).toEqual([]);
  }, 120_000);

  it("after a two-day gap sends each person at most one check-in", async () => {
    const sent = await checkInsByInstant([
      { at: "2027-03-09T23:00:00Z" },
      { user: "ana", text: "/checkin 09:00" },
      { user: "ben", text: "/checkin 08:30" },
      { at: "2027-03-12T10:00:00Z" },
      { at: "2027-03-12T10:01:00Z" },
    ]);
    expect(sent).toEqual([
      ["2027-03-12T10:00:00Z", "ben"],
      ["2027-03-12T10:00:00Z", "ana"],
    ]);
  }, 60_000);
});
