import { describe, expect, it } from "vitest";
import { localDateOf, startOfLocalDay } from "../../../src/core/features/check-ins/local-date";
import { nextDueInstant, type DailySlot } from "../../../src/core/features/check-ins/next-due-instant";
import { addDays, intlWallClock, MINUTE_MS } from "./intl-wall-clock";

const at = (iso: string) => new Date(iso);
const due = (slot: DailySlot, zone: string, after: string) => nextDueInstant(slot, zone, at(after)).toISOString();
const NINE = { hour: 9, minute: 0 };

/** The instants a slot produces, feeding each back in as `after`, starting just before `firstDate` begins locally. */
function walk(slot: DailySlot, zone: string, firstDate: string, count: number): Date[] {
  const instants: Date[] = [];
  let after = new Date(startOfLocalDay(firstDate, zone).getTime() - 1);
  for (let i = 0; i < count; i++) {
    after = nextDueInstant(slot, zone, after);
    instants.push(after);
  }
  return instants;
}

const text = ({ hour, minute }: DailySlot) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;

describe("nextDueInstant: daylight saving in the northern hemisphere", () => {
  it("keeps 09:00 New York at 09:00 local across the 2027-03-14 change (14:00Z before, 13:00Z after)", () => {
    expect(due(NINE, "America/New_York", "2027-03-13T00:00:00Z")).toBe("2027-03-13T14:00:00.000Z");
    expect(due(NINE, "America/New_York", "2027-03-13T14:00:00Z")).toBe("2027-03-14T13:00:00.000Z");
    expect(due(NINE, "America/New_York", "2027-03-14T13:00:00Z")).toBe("2027-03-15T13:00:00.000Z");
  });

  it("fires a time that does not exist (02:30 on the spring-forward day) when the gap ends, at 03:00 local", () => {
    const slot = { hour: 2, minute: 30 };
    const instant = due(slot, "America/New_York", "2027-03-13T12:00:00Z");
    expect(instant).toBe("2027-03-14T07:00:00.000Z");
    expect(intlWallClock(new Date(instant), "America/New_York")).toMatchObject({ date: "2027-03-14", time: "03:00" });
    expect(due(slot, "America/New_York", instant)).toBe("2027-03-15T06:30:00.000Z");
  });

  it("fires a time that happens twice (01:30 on the fall-back day) once, at its first occurrence", () => {
    const slot = { hour: 1, minute: 30 };
    const first = due(slot, "America/New_York", "2027-11-06T12:00:00Z");
    expect(first).toBe("2027-11-07T05:30:00.000Z"); // 01:30 EDT
    // Neither the first occurrence nor any moment between the two makes the second one (06:30Z, 01:30 EST) due.
    expect(due(slot, "America/New_York", first)).toBe("2027-11-08T06:30:00.000Z");
    expect(due(slot, "America/New_York", "2027-11-07T06:00:00Z")).toBe("2027-11-08T06:30:00.000Z");
  });

  it("does the same in London: 09:00 is 09:00Z in winter and 08:00Z in summer; gap and overlap at 01:30", () => {
    expect(due(NINE, "Europe/London", "2027-03-27T00:00:00Z")).toBe("2027-03-27T09:00:00.000Z");
    expect(due(NINE, "Europe/London", "2027-03-28T00:00:00Z")).toBe("2027-03-28T08:00:00.000Z");
    expect(due(NINE, "Europe/London", "2027-10-31T00:30:00Z")).toBe("2027-10-31T09:00:00.000Z");
    const slot = { hour: 1, minute: 30 };
    expect(due(slot, "Europe/London", "2027-03-27T12:00:00Z")).toBe("2027-03-28T01:00:00.000Z"); // 02:00 BST
    const overlap = due(slot, "Europe/London", "2027-10-30T12:00:00Z");
    expect(overlap).toBe("2027-10-31T00:30:00.000Z"); // 01:30 BST, not 01:30 GMT an hour later
    expect(due(slot, "Europe/London", overlap)).toBe("2027-11-01T01:30:00.000Z");
  });
});

describe("nextDueInstant: southern hemisphere and zones without daylight saving", () => {
  it("follows Sydney's April (end) and October (start) changes", () => {
    expect(due(NINE, "Australia/Sydney", "2027-04-02T12:00:00Z")).toBe("2027-04-02T22:00:00.000Z"); // +11
    expect(due(NINE, "Australia/Sydney", "2027-04-03T12:00:00Z")).toBe("2027-04-03T23:00:00.000Z"); // +10
    expect(due(NINE, "Australia/Sydney", "2027-10-01T12:00:00Z")).toBe("2027-10-01T23:00:00.000Z"); // +10
    expect(due(NINE, "Australia/Sydney", "2027-10-02T12:00:00Z")).toBe("2027-10-02T22:00:00.000Z"); // +11
    const slot = { hour: 2, minute: 30 };
    expect(due(slot, "Australia/Sydney", "2027-04-03T12:00:00Z")).toBe("2027-04-03T15:30:00.000Z"); // first 02:30, AEDT
    expect(due(slot, "Australia/Sydney", "2027-10-02T12:00:00Z")).toBe("2027-10-02T16:00:00.000Z"); // 03:00 AEDT
  });

  it("uses Kolkata's +5:30 and Kathmandu's +5:45 all year", () => {
    expect(due(NINE, "Asia/Kolkata", "2027-01-10T00:00:00Z")).toBe("2027-01-10T03:30:00.000Z");
    expect(due(NINE, "Asia/Kolkata", "2027-07-10T00:00:00Z")).toBe("2027-07-10T03:30:00.000Z");
    expect(due({ hour: 20, minute: 30 }, "Asia/Kathmandu", "2027-01-10T00:00:00Z")).toBe("2027-01-10T14:45:00.000Z");
    expect(due({ hour: 20, minute: 30 }, "Asia/Kathmandu", "2027-07-10T00:00:00Z")).toBe("2027-07-10T14:45:00.000Z");
  });

  it("understands the fixed offsets resolveTimeZone produces", () => {
    expect(due(NINE, "UTC+5:30", "2027-07-10T00:00:00Z")).toBe("2027-07-10T03:30:00.000Z");
    expect(due(NINE, "UTC-3:30", "2027-07-10T00:00:00Z")).toBe("2027-07-10T12:30:00.000Z");
    expect(due(NINE, "UTC", "2027-07-10T00:00:00Z")).toBe("2027-07-10T09:00:00.000Z");
  });
});

describe("nextDueInstant: one instant per local date, checked against Intl", () => {
  const ZONES = [
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe", // half-hour daylight saving
    "America/Havana", // clocks change at midnight
    "America/Santiago",
    "Pacific/Auckland",
  ];
  const SLOTS = [
    { hour: 0, minute: 0 },
    { hour: 0, minute: 30 },
    { hour: 1, minute: 30 },
    { hour: 2, minute: 30 },
    { hour: 9, minute: 0 },
    { hour: 23, minute: 30 },
  ];

  for (const zone of ZONES) {
    it(`gives ${zone} exactly one check-in on each of 400 local dates, at the right wall-clock time`, () => {
      for (const slot of SLOTS) {
        const instants = walk(slot, zone, "2027-01-01", 400);
        instants.forEach((instant, i) => {
          const shown = intlWallClock(instant, zone);
          expect(shown.date, `${zone} ${text(slot)} #${i}`).toBe(addDays("2027-01-01", i));
          expect(localDateOf(instant, zone)).toBe(shown.date);
          // After clocks fall back (by 30 or 60 minutes) the same reading came earlier; the earlier one must win.
          for (const minutesBack of [30, 60]) {
            const earlier = intlWallClock(new Date(instant.getTime() - minutesBack * MINUTE_MS), zone);
            expect(earlier, `${zone} ${shown.date} repeats ${text(slot)}`).not.toEqual(shown);
          }
          if (shown.time !== text(slot)) {
            // Only in a spring-forward gap, and then at the first minute after it.
            expect(shown.time > text(slot), `${zone} ${shown.date} ${shown.time}`).toBe(true);
            const before = intlWallClock(new Date(instant.getTime() - MINUTE_MS), zone);
            expect(before.date !== shown.date || before.time < text(slot), `${zone} ${shown.date}`).toBe(true);
          }
        });
      }
    });
  }

  it("handles every zone the runtime knows that changes its clocks, for 400 days at 02:30 (most often skipped or doubled)", () => {
    const slot = { hour: 2, minute: 30 };
    const changesClocks = (zone: string) =>
      intlWallClock(at("2027-01-15T12:00:00Z"), zone).time !== intlWallClock(at("2027-07-15T12:00:00Z"), zone).time;
    const zones = Intl.supportedValuesOf("timeZone").filter(changesClocks);
    expect(zones.length).toBeGreaterThan(50);
    for (const zone of zones) {
      walk(slot, zone, "2027-01-01", 400).forEach((instant, i) => {
        const shown = intlWallClock(instant, zone);
        expect(shown.date, `${zone} #${i}`).toBe(addDays("2027-01-01", i));
        expect(shown.time >= "02:30" && shown.time <= "03:30", `${zone} ${shown.date} ${shown.time}`).toBe(true);
      });
    }
  });

  it("leaves out a date the zone skipped entirely (Samoa jumped from 2011-12-29 to 2011-12-31)", () => {
    const dates = walk(NINE, "Pacific/Apia", "2011-12-28", 4).map((instant) => intlWallClock(instant, "Pacific/Apia"));
    expect(dates).toEqual([
      { date: "2011-12-28", time: "09:00", isoWeekday: 3 },
      { date: "2011-12-29", time: "09:00", isoWeekday: 4 },
      { date: "2011-12-31", time: "09:00", isoWeekday: 6 },
      { date: "2012-01-01", time: "09:00", isoWeekday: 7 },
    ]);
  });
});

describe("nextDueInstant: weekdays and bad input", () => {
  it("fires only on the chosen weekdays, on every one of them, across a clock change", () => {
    const slot = { hour: 7, minute: 15, weekdays: [1, 3, 5] };
    const instants = walk(slot, "America/New_York", "2027-03-01", 30);
    const expected = Array.from({ length: 80 }, (_, i) => addDays("2027-03-01", i))
      .filter((date) => [1, 3, 5].includes(new Date(`${date}T12:00:00Z`).getUTCDay() || 7))
      .slice(0, 30);
    expect(instants.map((instant) => intlWallClock(instant, "America/New_York").date)).toEqual(expected);
    for (const instant of instants) expect(intlWallClock(instant, "America/New_York").time).toBe("07:15");
  });

  it("treats an empty weekday list as every day", () => {
    expect(due({ ...NINE, weekdays: [] }, "Europe/Berlin", "2027-05-01T12:00:00Z")).toBe("2027-05-02T07:00:00.000Z");
  });

  it("is strictly after: a check-in due right now is not due again", () => {
    expect(due(NINE, "Asia/Kolkata", "2027-01-10T03:30:00Z")).toBe("2027-01-11T03:30:00.000Z");
    expect(due(NINE, "Asia/Kolkata", "2027-01-10T03:29:59.999Z")).toBe("2027-01-10T03:30:00.000Z");
  });

  it("refuses an unknown zone, the server's own zone, impossible times and weekdays, and invalid dates", () => {
    const after = at("2027-01-10T00:00:00Z");
    expect(() => nextDueInstant(NINE, "Mars/Olympus_Mons", after)).toThrow(RangeError);
    expect(() => nextDueInstant(NINE, "local", after)).toThrow(RangeError);
    expect(() => nextDueInstant(NINE, "", after)).toThrow(RangeError);
    expect(() => nextDueInstant({ hour: 24, minute: 0 }, "UTC", after)).toThrow(RangeError);
    expect(() => nextDueInstant({ hour: 8, minute: 60 }, "UTC", after)).toThrow(RangeError);
    expect(() => nextDueInstant({ hour: 8.5, minute: 0 }, "UTC", after)).toThrow(RangeError);
    expect(() => nextDueInstant({ ...NINE, weekdays: [0] }, "UTC", after)).toThrow(RangeError);
    expect(() => nextDueInstant(NINE, "UTC", new Date(Number.NaN))).toThrow(RangeError);
  });
});
