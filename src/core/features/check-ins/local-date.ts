import { DateTime, Info, type Zone } from "luxon";

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Names luxon reads as "whatever zone the server runs in": a person's schedule must never follow the machine. */
const SERVER_ZONE_NAMES = new Set(["local", "system", "default"]);

/**
 * The luxon zone for a stored time-zone string: an IANA name ("Europe/Berlin") or a luxon fixed offset
 * ("UTC", "UTC+5:30"). Throws a RangeError for anything else, so a bad zone fails loudly instead of
 * silently scheduling in UTC.
 */
export function zoneOf(timeZone: string): Zone {
  const zone = SERVER_ZONE_NAMES.has(timeZone.trim().toLowerCase()) ? null : Info.normalizeZone(timeZone);
  if (!zone || !zone.isValid) throw new RangeError(`Unknown time zone "${timeZone.slice(0, 64)}"`);
  return zone;
}

/** An instant as epoch milliseconds; throws for an Invalid Date rather than scheduling at NaN. */
export function millisOf(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid date");
  return ms;
}

/** The local wall clock at an instant, written as if it were a UTC timestamp (so plain arithmetic works on it). */
export function wallClockAt(ms: number, zone: Zone): number {
  return ms + zone.offset(ms) * MINUTE_MS;
}

/**
 * The first instant at which the zone's wall clock reads `wall` (a wall-clock reading written as a UTC
 * timestamp) or later. That is the reading itself when it happens once; its first occurrence when
 * clocks fall back and it happens twice; and the end of the gap (e.g. 03:00) when clocks spring forward
 * over it. Assumes at most one offset change within a day of `wall`, which holds for all real zones.
 */
export function firstInstantAtWallClock(wall: number, zone: Zone): number {
  const offsetBefore = zone.offset(wall - DAY_MS);
  const offsetAfter = zone.offset(wall + DAY_MS);
  const exact = [offsetBefore, offsetAfter]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((ms) => wallClockAt(ms, zone) === wall);
  if (exact.length > 0) return Math.min(...exact);
  // A gap: the reading never happens. Search (by whole minutes) for the instant the clock jumps past it.
  let lo = wall - Math.max(offsetBefore, offsetAfter) * MINUTE_MS;
  let hi = wall - Math.min(offsetBefore, offsetAfter) * MINUTE_MS;
  if (wallClockAt(lo, zone) >= wall || wallClockAt(hi, zone) < wall) return wall - offsetBefore * MINUTE_MS;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / MINUTE_MS / 2) * MINUTE_MS;
    if (wallClockAt(mid, zone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** "YYYY-MM-DD" -> that date's midnight as a UTC timestamp; throws for impossible dates like 2027-02-30. */
export function parseLocalDate(localDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== localDate) {
    throw new RangeError(`Not a date: "${localDate.slice(0, 20)}"`);
  }
  return ms;
}

/** The person's calendar date ("YYYY-MM-DD") at an instant, in their time zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const date = DateTime.fromMillis(millisOf(instant), { zone: zoneOf(timeZone) }).toISODate();
  if (!date) throw new RangeError("Date out of range");
  return date;
}

/**
 * The first instant of a local date: normally its midnight; where midnight is skipped by a clock
 * change, the moment the day actually begins. A date the zone skipped entirely (Samoa, 2011-12-30)
 * yields the start of the next date, so `[startOfLocalDay(d), startOfLocalDay(d + 1))` still covers
 * exactly the instants on date d.
 */
export function startOfLocalDay(localDate: string, timeZone: string): Date {
  return new Date(firstInstantAtWallClock(parseLocalDate(localDate), zoneOf(timeZone)));
}
