import { describe, expect, it } from "vitest";
import { localDateOf, startOfLocalDay } from "../../../src/core/features/check-ins/local-date";
import { addDays, intlWallClock, MINUTE_MS } from "./intl-wall-clock";

describe("localDateOf", () => {
  it("gives the person's own calendar date, not the server's", () => {
    const instant = new Date("2027-03-15T03:00:00Z");
    expect(localDateOf(instant, "America/New_York")).toBe("2027-03-14");
    expect(localDateOf(instant, "Asia/Tokyo")).toBe("2027-03-15");
    expect(localDateOf(new Date("2027-01-10T18:20:00Z"), "Asia/Kathmandu")).toBe("2027-01-11");
    expect(localDateOf(new Date("2027-01-10T18:20:00Z"), "UTC+5:30")).toBe("2027-01-10");
  });

  it("refuses an unknown zone and an invalid date", () => {
    expect(() => localDateOf(new Date(), "Nowhere/Special")).toThrow(RangeError);
    expect(() => localDateOf(new Date(Number.NaN), "UTC")).toThrow(RangeError);
  });
});

describe("startOfLocalDay", () => {
  it("is local midnight, in UTC terms", () => {
    expect(startOfLocalDay("2027-03-14", "America/New_York").toISOString()).toBe("2027-03-14T05:00:00.000Z");
    expect(startOfLocalDay("2027-03-15", "America/New_York").toISOString()).toBe("2027-03-15T04:00:00.000Z");
    expect(startOfLocalDay("2027-07-01", "Asia/Kolkata").toISOString()).toBe("2027-06-30T18:30:00.000Z");
  });

  it("is when the day really begins, where clocks change at midnight, for every day of 2027 (checked with Intl)", () => {
    for (const zone of ["America/Havana", "America/Santiago", "Asia/Beirut", "America/Asuncion", "Europe/London"]) {
      for (let i = 0; i < 365; i++) {
        const date = addDays("2027-01-01", i);
        const start = startOfLocalDay(date, zone);
        expect(intlWallClock(start, zone).date, `${zone} ${date}`).toBe(date);
        expect(intlWallClock(new Date(start.getTime() - MINUTE_MS), zone).date, `${zone} ${date}`).toBe(addDays(date, -1));
      }
    }
  });

  it("refuses dates that do not exist", () => {
    for (const bad of ["2027-02-30", "2027-13-01", "27-01-01", "", "2027-01-01T00:00"]) {
      expect(() => startOfLocalDay(bad, "UTC"), bad).toThrow(RangeError);
    }
  });
});
