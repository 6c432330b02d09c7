import { describe, expect, it } from "vitest";
import { chatJson, tempDatabaseUrl } from "./run-companion";

/** `{"at"}` lines every `stepMinutes` from `from` to `to`, both included. */
function ticks(from: string, to: string, stepMinutes = 30) {
  const lines = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMinutes * 60_000) lines.push({ at: new Date(t).toISOString() });
  return lines;
}

/** What each person received after each input line, with the clock instant of the last `{"at"}` before it. */
async function run(lines: object[]) {
  const { code, out, stderr } = await chatJson(lines, { virtual: true, env: { DATABASE_URL: tempDatabaseUrl(), LOG_LEVEL: "silent" } });
  expect(code, stderr).toBe(0);
  const received: { at: string; user: string; kind: string; text: string; buttons: { id: string; label: string }[] }[] = [];
  let at = "";
  let pending: Record<string, unknown>[] = [];
  for (const line of out) {
    if (typeof line.done !== "number") {
      pending.push(line);
      continue;
    }
    const input = lines[line.done - 1] as { at?: string };
    if (input.at) at = input.at;
    for (const message of pending) {
      received.push({ at, user: String(message.user), kind: String(message.kind), text: String(message.text), buttons: (message.buttons as { id: string; label: string }[]) ?? [] });
    }
    pending = [];
  }
  return received;
}

describe("the therapy-session rhythm through npm run chat -- --json --clock virtual", () => {
  it("prepares a weekly session the day before with starred entries, asks how it went, keeps the answer as a goal; backfills and asks once to pause", async () => {
    const received = await run([
      { at: "2027-05-03T10:00:00Z" },
      { user: "ana", text: "/timezone Europe/Berlin" },
      { user: "ana", text: "/session prep 08:30" },
      { user: "ana", text: "/session weekly Tue 17:00" },
      { user: "ben", text: "/checkin 09:00" },
      // Tuesday: the session at 17:00 Berlin (15:00 UTC), the question three hours later.
      ...ticks("2027-05-04T00:00:00Z", "2027-05-04T18:00:00Z"),
      { user: "ana", text: "Practise saying no once a day" },
      { user: "ana", text: "/goals" },
      ...ticks("2027-05-04T18:30:00Z", "2027-05-06T17:30:00Z"),
      { user: "ana", text: "yesterday: mood 4" },
      { user: "ana", text: "I keep apologising for things that aren't my fault" },
      { user: "ana", text: "/journal star 1" },
      { user: "ana", text: "/tosession the argument with my brother" },
      // Monday 10 May at 08:30 Berlin (06:30 UTC): the prep message.
      ...ticks("2027-05-06T18:00:00Z", "2027-05-10T09:00:00Z"),
    ]);
    const ana = received.filter((r) => r.user === "ana");
    // Ben's messages from the scheduler (after his /checkin reply).
    const ben = received.filter((r) => r.user === "ben" && r.at >= "2027-05-04");

    expect(ana.find((r) => r.text.startsWith("Booked"))!.text).toMatch(/^Booked: every Tuesday at 17:00 \(session 1\), starting Tue 4 May, 17:00\. Times are in Europe\/Berlin\./);
    const question = ana.find((r) => r.text.startsWith("How did it go?"))!;
    expect(question.at).toBe("2027-05-04T18:00:00.000Z");
    expect(question.buttons.map((b) => b.id)).toEqual(["session.practice:1", "session.nopractice"]);
    expect(ana.find((r) => r.text.startsWith("Kept as goal"))!.text).toMatch(/^Kept as goal 1: Practise saying no once a day \(from my session on Tue 4 May\)\./);
    expect(ana.find((r) => r.text.startsWith("Your goals"))!.text).toContain("1. Practise saying no once a day (from my session on Tue 4 May)");
    expect(ana.find((r) => r.text.startsWith("Noted for yesterday"))!.text).toBe("Noted for yesterday (Wednesday 5 May): mood 4. /mood shows your last week.");

    const preps = ana.filter((r) => r.text.startsWith("Your session is"));
    expect(preps.map((p) => p.at)).toEqual(["2027-05-10T06:30:00.000Z"]);
    const prep = preps[0]!;
    expect(prep.text).toMatch(/^Your session is tomorrow at 17:00\. Here is your week:\n\nSince your last session \(Tue 4 May, 17:00\):\n• Mood: 4\.0 from 1 mood on 1 of 7 days\./);
    expect(prep.text).toContain("What you took from your session on Tue 4 May: Practise saying no once a day. Still open, and that's okay (goal 1");
    expect(prep.text).toMatch(/1\. ★ Entry 1 \(Thu\): I keep apologising for things that aren't my fault\n2\. Note \(Thu\): the argument with my brother/);
    expect(prep.buttons.map((b) => b.id)).toEqual([expect.stringMatching(/^session\.omit:j:\d+$/), expect.stringMatching(/^session\.omit:n:\d+$/), "session.more"]);

    // Ben never answers: five check-ins, then the question once, then quiet until he chooses.
    expect(ben.map((r) => [r.at, r.kind])).toEqual([
      ["2027-05-04T09:00:00.000Z", "checkin"],
      ["2027-05-05T09:00:00.000Z", "checkin"],
      ["2027-05-06T09:00:00.000Z", "checkin"],
      ["2027-05-07T09:00:00.000Z", "checkin"],
      ["2027-05-08T09:00:00.000Z", "checkin"],
      ["2027-05-09T09:00:00.000Z", "prompt"],
    ]);
    expect(ben[5]!.text).toMatch(/Would a pause help\?/);
    expect(ben[5]!.buttons.map((b) => b.id)).toEqual(["rhythm.pause", "rhythm.keep"]);
  }, 180_000);
});
