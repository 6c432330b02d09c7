import { describe, expect, it } from "vitest";
import { isWeeklyWhen, parseSessionWhen, parseWeeklyWhen } from "../../../src/core/features/sessions/parse-session-when";
import { nextOccurrence, prepInstant } from "../../../src/core/features/sessions/session-schedule";
import type { Appointment } from "../../../src/core/model";

// Wednesday 5 May 2027, 10:00 UTC: 12:00 in Berlin, 06:00 in New York, 15:45 in Kathmandu, 20:00 in Sydney.
const NOW = new Date("2027-05-05T10:00:00Z");
const start = (input: string, zone: string, now = NOW) => {
  const parsed = parseSessionWhen(input, now, zone);
  return parsed.ok ? parsed.start.toISOString() : parsed.problem;
};

describe("reading when a session is, in the person's own time zone", () => {
  it.each([
    ["next Tuesday 17:00", "Europe/Berlin", "2027-05-11T15:00:00.000Z"],
    ["2027-05-11 16:30", "Europe/Berlin", "2027-05-11T14:30:00.000Z"],
    ["tomorrow 9am", "Europe/Berlin", "2027-05-06T07:00:00.000Z"],
    ["fri 17:30", "Europe/Berlin", "2027-05-07T15:30:00.000Z"],
    ["11 May 16:30", "Europe/Berlin", "2027-05-11T14:30:00.000Z"],
    ["May 11th at 4:30 pm", "Europe/Berlin", "2027-05-11T14:30:00.000Z"],
    ["Tue 11 May 2027, 16:30", "Europe/Berlin", "2027-05-11T14:30:00.000Z"],
    ["11.05.2027 16:30", "Europe/Berlin", "2027-05-11T14:30:00.000Z"],
    ["17:00 tomorrow", "Europe/Berlin", "2027-05-06T15:00:00.000Z"],
    ["tomorrow 9am", "America/New_York", "2027-05-06T13:00:00.000Z"],
    ["fri 17:30", "America/New_York", "2027-05-07T21:30:00.000Z"],
    ["2027-05-11 16:30", "Asia/Kathmandu", "2027-05-11T10:45:00.000Z"],
    // Already evening in Sydney: tomorrow is Thursday there.
    ["tomorrow 9am", "Australia/Sydney", "2027-05-05T23:00:00.000Z"],
    ["2027-05-11 16:30", "UTC+5:30", "2027-05-11T11:00:00.000Z"],
  ])("%j in %s is %s", (input, zone, expected) => {
    expect(start(input, zone)).toBe(expected);
  });

  it("reads a bare weekday as its next time ahead, and 'next' as never today", () => {
    // It is Wednesday 12:00 in Berlin.
    expect(start("wed 18:00", "Europe/Berlin")).toBe("2027-05-05T16:00:00.000Z");
    expect(start("wednesday 09:00", "Europe/Berlin")).toBe("2027-05-12T07:00:00.000Z");
    expect(start("next wed 18:00", "Europe/Berlin")).toBe("2027-05-12T16:00:00.000Z");
  });

  it("gives a date without a year that has long passed to next year, but calls a recent one past", () => {
    expect(start("3 May 10:00", "Europe/Berlin")).toBe("past");
    expect(start("2 Jan 10:00", "Europe/Berlin")).toBe("2028-01-02T09:00:00.000Z");
  });

  it.each([
    ["2027-02-30 10:00", "impossible-date"],
    ["31 April 10:00", "impossible-date"],
    ["tomorrow 25:00", "impossible-time"],
    ["fri 17:75", "impossible-time"],
    ["2027-05-01 10:00", "past"],
    ["today 08:00", "past"],
    ["2029-01-01 10:00", "too-far"],
    ["tomorrow", "no-time"],
    ["tomorrow 9", "no-time"],
    ["11 may 2027", "no-time"],
    ["banana bread", "unreadable"],
    ["", "unreadable"],
    ["x".repeat(200), "unreadable"],
  ])("refuses %j (%s)", (input, problem) => {
    expect(start(input, "Europe/Berlin")).toBe(problem);
  });

  it("refuses a time the clocks skip that night, in each zone's own spring", () => {
    const march = new Date("2027-03-01T10:00:00Z");
    expect(start("2027-03-28 02:30", "Europe/Berlin", march)).toBe("clock-change");
    expect(start("2027-03-14 02:30", "America/New_York", march)).toBe("clock-change");
    expect(start("2027-03-28 03:30", "Europe/Berlin", march)).toBe("2027-03-28T01:30:00.000Z");
    expect(start("2027-03-28 02:30", "Asia/Kathmandu", march)).toBe("2027-03-27T20:45:00.000Z");
  });

  it("reads weekly series, and tells them from one-offs", () => {
    expect(parseWeeklyWhen("weekly Tue 17:00")).toEqual({ ok: true, weekday: 2, localTime: "17:00" });
    expect(parseWeeklyWhen("every friday at 5pm")).toEqual({ ok: true, weekday: 5, localTime: "17:00" });
    expect(parseWeeklyWhen("tuesdays 17:00")).toEqual({ ok: true, weekday: 2, localTime: "17:00" });
    expect(parseWeeklyWhen("weekly Tue 25:00")).toEqual({ ok: false, problem: "impossible-time" });
    expect(parseWeeklyWhen("weekly Tue 5")).toEqual({ ok: false, problem: "no-time" });
    expect(parseWeeklyWhen("weekly soon")).toEqual({ ok: false, problem: "unreadable" });
    expect(["weekly Tue 17:00", "every fri 9am", "tuesdays 17:00"].map(isWeeklyWhen)).toEqual([true, true, true]);
    expect(["next Tuesday 17:00", "tue 17:00", "2027-05-11 16:30"].map(isWeeklyWhen)).toEqual([false, false, false]);
  });
});

describe("a weekly series across a clock change", () => {
  const series = (weekday: number, localTime: string, startsAt: string, cancelledDates: string[] = []): Appointment => ({
    id: 1, number: 1, startsAt: new Date(startsAt), weekday, localTime, nextStartsAt: null, lastStartsAt: null, nextPrepAt: null,
    followUpFor: null, nextFollowUpAt: null, cancelledDates, cancelledAt: null, createdAt: new Date(startsAt),
  });
  const walk = (appointment: Appointment, zone: string, from: string, count: number) => {
    const out: string[] = [];
    let after = new Date(from);
    for (let i = 0; i < count; i++) {
      const next = nextOccurrence(appointment, zone, after)!;
      out.push(next.toISOString());
      after = next;
    }
    return out;
  };

  it("stays at 18:00 on the wall clock in New York when the clocks fall back, and skips a cancelled date", () => {
    const monday = series(1, "18:00", "2027-10-25T22:00:00Z", ["2027-11-15"]);
    expect(walk(monday, "America/New_York", "2027-10-25T00:00:00Z", 4)).toEqual([
      "2027-10-25T22:00:00.000Z", // EDT
      "2027-11-01T22:00:00.000Z",
      "2027-11-08T23:00:00.000Z", // EST from 7 November
      "2027-11-22T23:00:00.000Z", // 15 November cancelled
    ]);
  });

  it("never starts a series before its first occurrence, and puts the prep on the day before in local time", () => {
    const tuesday = series(2, "17:00", "2027-03-30T15:00:00Z");
    expect(nextOccurrence(tuesday, "Europe/Berlin", new Date("2027-03-01T00:00:00Z"))!.toISOString()).toBe("2027-03-30T15:00:00.000Z");
    // Monday 29 March 08:30 in Berlin is already summer time.
    expect(prepInstant(new Date("2027-03-30T15:00:00Z"), "08:30", "Europe/Berlin", new Date("2027-03-20T00:00:00Z"))!.toISOString()).toBe("2027-03-29T06:30:00.000Z");
    expect(prepInstant(new Date("2027-03-30T15:00:00Z"), "08:30", "Europe/Berlin", new Date("2027-03-29T07:00:00Z"))).toBeNull();
  });
});
