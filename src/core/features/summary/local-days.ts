import { DateTime } from "luxon";
import { DAY_MS, localDateOf, parseLocalDate } from "../check-ins/local-date";

/** Calendar arithmetic on the person's local dates ("YYYY-MM-DD"), independent of any zone. */
export function addDays(localDate: string, days: number): string {
  return new Date(parseLocalDate(localDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date from `from` to `to`, both included (empty when `to` is before `from`). */
export function datesFromTo(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** The person's today, and the `days` dates ending with it. */
export function lastDays(now: Date, timeZone: string, days: number): string[] {
  const today = localDateOf(now, timeZone);
  return datesFromTo(addDays(today, 1 - days), today);
}

/** Days from one date to another: 0 for the same date. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseLocalDate(to) - parseLocalDate(from)) / DAY_MS);
}

/** "Mon", "Tue" ... for a local date. */
export function weekdayOf(localDate: string): string {
  return DateTime.fromISO(localDate, { zone: "utc" }).toFormat("ccc");
}

/** "Mon 8 Mar" for a local date. */
export function shortDate(localDate: string): string {
  return DateTime.fromISO(localDate, { zone: "utc" }).toFormat("ccc d LLL");
}

/** "8 Mar" for a local date. */
export function dayMonth(localDate: string): string {
  return DateTime.fromISO(localDate, { zone: "utc" }).toFormat("d LLL");
}

/** "3–9 March 2027", "28 Feb – 6 Mar 2027", "30 Dec 2026 – 5 Jan 2027". */
export function dateRange(from: string, to: string): string {
  const a = DateTime.fromISO(from, { zone: "utc" });
  const b = DateTime.fromISO(to, { zone: "utc" });
  if (from === to) return b.toFormat("d LLLL yyyy");
  if (a.year !== b.year) return `${a.toFormat("d LLL yyyy")} – ${b.toFormat("d LLL yyyy")}`;
  if (a.month !== b.month) return `${a.toFormat("d LLL")} – ${b.toFormat("d LLL yyyy")}`;
  return `${a.toFormat("d")}–${b.toFormat("d LLLL yyyy")}`;
}
