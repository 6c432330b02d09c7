import { DateTime } from "luxon";
import type { CheckInSlot } from "../../model";
import { DAY_MS, firstInstantAtWallClock, millisOf, MINUTE_MS, wallClockAt, zoneOf } from "./local-date";
import { parseLocalTime } from "./parse-local-time";

/** A daily check-in time on the person's own wall clock. */
export interface DailySlot {
  hour: number;
  minute: number;
  /** ISO weekdays (1 = Monday .. 7 = Sunday) it fires on; empty or missing means every day. */
  weekdays?: readonly number[];
}

/** A stored slot as a rule to compute with; null if its time no longer reads (it is then left alone). */
export function slotRule(slot: Pick<CheckInSlot, "localTime" | "weekdays">): DailySlot | null {
  const time = parseLocalTime(slot.localTime);
  return time ? { hour: time.hour, minute: time.minute, weekdays: slot.weekdays } : null;
}

/** A week covers any weekday filter; the extra week covers dates a zone skips entirely. */
const MAX_DAYS_AHEAD = 14;

function assertSlot({ hour, minute, weekdays = [] }: DailySlot): void {
  const valid =
    Number.isInteger(hour) &&
    hour >= 0 &&
    hour <= 23 &&
    Number.isInteger(minute) &&
    minute >= 0 &&
    minute <= 59 &&
    weekdays.every((day) => Number.isInteger(day) && day >= 1 && day <= 7);
  if (!valid) throw new RangeError(`Not a daily slot: ${JSON.stringify({ hour, minute, weekdays })}`);
}

/**
 * The first instant strictly after `after` at which the person's wall clock in `timeZone` shows the
 * slot's time on an allowed weekday.
 *
 * Each local date owns exactly one instant, so feeding the result back in as `after` walks the dates
 * one by one, never twice and never skipping one:
 * - a time that does not exist that day (clocks spring forward over it) fires when the gap ends,
 *   e.g. 02:30 in New York on the March change day fires at 03:00;
 * - a time that happens twice (clocks fall back) fires at its first occurrence only;
 * - a date on which the time cannot land at all (a gap across midnight, or a day the zone skipped,
 *   like Samoa's 2011-12-30) is left out rather than firing on a neighbouring date twice.
 */
export function nextDueInstant(slot: DailySlot, timeZone: string, after: Date): Date {
  assertSlot(slot);
  const zone = zoneOf(timeZone);
  const afterMs = millisOf(after);
  const today = DateTime.fromMillis(afterMs, { zone });
  const todayMidnight = Date.UTC(today.year, today.month - 1, today.day);
  const weekdays = slot.weekdays ?? [];
  for (let days = 0; days <= MAX_DAYS_AHEAD; days++) {
    const dateMidnight = todayMidnight + days * DAY_MS;
    const isoWeekday = new Date(dateMidnight).getUTCDay() || 7;
    if (weekdays.length > 0 && !weekdays.includes(isoWeekday)) continue;
    const due = firstInstantAtWallClock(dateMidnight + (slot.hour * 60 + slot.minute) * MINUTE_MS, zone);
    if (due <= afterMs) continue;
    const dueDateMidnight = Math.floor(wallClockAt(due, zone) / DAY_MS) * DAY_MS;
    if (dueDateMidnight !== dateMidnight) continue;
    return new Date(due);
  }
  // Unreachable with a valid slot: some allowed weekday falls within any 14 consecutive dates.
  throw new RangeError(`No due instant within ${MAX_DAYS_AHEAD} days in ${timeZone}`);
}
