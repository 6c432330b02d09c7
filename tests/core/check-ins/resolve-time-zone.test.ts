import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { nextDueInstant } from "../../../src/core/features/check-ins/next-due-instant";
import { resolveTimeZone } from "../../../src/core/features/check-ins/resolve-time-zone";
import { MULTI_ZONE_PLACES, PLACE_ALIASES } from "../../../src/core/features/check-ins/time-zone-names";

const zoneFor = (input: string) => {
  const resolved = resolveTimeZone(input);
  return resolved.ok ? resolved.zone : null;
};

describe("resolveTimeZone: names", () => {
  it.each([
    ["europe/berlin", "Europe/Berlin"],
    ["EUROPE/BERLIN", "Europe/Berlin"],
    ["America/New York", "America/New_York"],
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["US/Eastern", "America/New_York"],
    ["berlin", "Europe/Berlin"],
    ["New York", "America/New_York"],
    ["são paulo", "America/Sao_Paulo"],
    ["sao paulo", "America/Sao_Paulo"],
    ["  Sao-Paulo ", "America/Sao_Paulo"],
    ["kathmandu", "Asia/Kathmandu"],
    ["mumbai", "Asia/Kolkata"],
    ["delhi", "Asia/Kolkata"],
    ["bangalore", "Asia/Kolkata"],
    ["sydney", "Australia/Sydney"],
    ["london", "Europe/London"],
    ["los angeles", "America/Los_Angeles"],
    ["LA", "America/Los_Angeles"],
    ["sf", "America/Los_Angeles"],
    ["tokyo", "Asia/Tokyo"],
    ["beijing", "Asia/Shanghai"],
    ["moscow", "Europe/Moscow"],
    ["cairo", "Africa/Cairo"],
    ["lagos", "Africa/Lagos"],
    ["nairobi", "Africa/Nairobi"],
    ["johannesburg", "Africa/Johannesburg"],
    ["mexico city", "America/Mexico_City"],
    ["buenos aires", "America/Argentina/Buenos_Aires"],
    ["toronto", "America/Toronto"],
    ["vancouver", "America/Vancouver"],
    ["chicago", "America/Chicago"],
    ["denver", "America/Denver"],
    ["phoenix", "America/Phoenix"],
    ["honolulu", "Pacific/Honolulu"],
    ["anchorage", "America/Anchorage"],
    ["dubai", "Asia/Dubai"],
    ["singapore", "Asia/Singapore"],
    ["hong kong", "Asia/Hong_Kong"],
    ["seoul", "Asia/Seoul"],
    ["auckland", "Pacific/Auckland"],
    ["paris", "Europe/Paris"],
    ["madrid", "Europe/Madrid"],
    ["rome", "Europe/Rome"],
    ["amsterdam", "Europe/Amsterdam"],
    ["stockholm", "Europe/Stockholm"],
    ["kyiv", "Europe/Kyiv"],
    ["kiev", "Europe/Kyiv"],
    ["istanbul", "Europe/Istanbul"],
    ["Zürich", "Europe/Zurich"],
    ["St. Petersburg", "Europe/Moscow"],
    ["Nepal", "Asia/Kathmandu"],
    ["EST", "America/New_York"],
  ])("reads %j as %s", (input, zone) => {
    expect(zoneFor(input)).toBe(zone);
  });

  it("labels a city with its zone, so the person can see what was understood", () => {
    expect(resolveTimeZone("mumbai")).toEqual({ ok: true, zone: "Asia/Kolkata", label: "Mumbai (Asia/Kolkata)" });
  });

  it("accepts every zone the runtime knows, and each one can be scheduled in", () => {
    const after = new Date("2027-01-01T00:00:00Z");
    for (const name of Intl.supportedValuesOf("timeZone")) {
      const zone = zoneFor(name);
      expect(zone, name).not.toBeNull();
      expect(IANAZone.isValidZone(zone!), name).toBe(true);
      expect(() => nextDueInstant({ hour: 9, minute: 0 }, zone!, after), name).not.toThrow();
    }
  });

  it("maps every alias to a real zone, and offers only names that resolve for multi-zone places", () => {
    for (const [place, zone] of Object.entries(PLACE_ALIASES)) {
      expect(IANAZone.isValidZone(zone), place).toBe(true);
      expect(zoneFor(place), place).toBe(zone);
    }
    for (const suggestions of Object.values(MULTI_ZONE_PLACES)) {
      for (const suggestion of suggestions) expect(zoneFor(suggestion), suggestion).not.toBeNull();
    }
  });
});

describe("resolveTimeZone: UTC offsets", () => {
  it.each([
    ["UTC+2", "UTC+2"],
    ["GMT-3", "UTC-3"],
    ["+05:30", "UTC+5:30"],
    ["utc+5:45", "UTC+5:45"],
    ["-0330", "UTC-3:30"],
    ["UTC −5", "UTC-5"],
    ["UTC+14", "UTC+14"],
    ["UTC", "UTC"],
    ["gmt", "UTC"],
    ["+00:00", "UTC"],
  ])("reads %j as the fixed offset %s", (input, zone) => {
    expect(zoneFor(input)).toBe(zone);
  });

  it("says in the label that a fixed offset ignores daylight saving", () => {
    const resolved = resolveTimeZone("UTC+2");
    expect(resolved.ok && resolved.label).toMatch(/UTC\+2.*daylight saving/);
    const etc = resolveTimeZone("Etc/GMT+5");
    expect(etc.ok && etc.label).toMatch(/UTC-5.*daylight saving/);
  });

  it("refuses offsets no place uses", () => {
    for (const input of ["UTC+15", "UTC-13", "+05:75", "GMT+99"]) expect(resolveTimeZone(input), input).toEqual({ ok: false, suggestions: [] });
  });
});

describe("resolveTimeZone: unknown input", () => {
  it("suggests the nearest names for a typo", () => {
    const berlin = resolveTimeZone("berln");
    expect(berlin.ok).toBe(false);
    expect(!berlin.ok && berlin.suggestions[0]).toBe("Berlin");
    const newYork = resolveTimeZone("new yrok");
    expect(!newYork.ok && newYork.suggestions).toContain("New York");
    const zone = resolveTimeZone("Europe/Berlln");
    expect(!zone.ok && zone.suggestions[0]).toBe("Europe/Berlin");
  });

  it("asks which city for a country or abbreviation that spans several zones", () => {
    expect(resolveTimeZone("USA")).toEqual({ ok: false, suggestions: ["New York", "Chicago", "Los Angeles"] });
    expect(resolveTimeZone("IST")).toEqual({ ok: false, suggestions: ["Kolkata", "Dublin", "Jerusalem"] });
  });

  it("never suggests more than three names, and nothing for garbage", () => {
    for (const input of ["a", "ab", "abc", "asdfghjkl", "zzzz", "🙂", "Europe/", "x".repeat(20_000), "", "   "]) {
      const resolved = resolveTimeZone(input);
      expect(resolved.ok, input.slice(0, 20)).toBe(false);
      expect(!resolved.ok && resolved.suggestions.length).toBeLessThanOrEqual(3);
    }
    expect(resolveTimeZone("asdfghjkl")).toEqual({ ok: false, suggestions: [] });
    expect(resolveTimeZone("x".repeat(20_000))).toEqual({ ok: false, suggestions: [] });
  });

  it("never hands out the server's own zone", () => {
    for (const input of ["local", "system", "default"]) expect(resolveTimeZone(input).ok, input).toBe(false);
  });
});
