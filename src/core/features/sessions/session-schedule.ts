import { DateTime } from "luxon";
import type { CoreDeps } from "../../deps";
import type { Appointment, User } from "../../model";
import { DAY_MS, firstInstantAtWallClock, localDateOf, MINUTE_MS, parseLocalDate, zoneOf } from "../check-ins/local-date";
import { nextDueInstant } from "../check-ins/next-due-instant";
import { parseLocalTime } from "../check-ins/parse-local-time";
import { afterQuietHours } from "../check-ins/quiet-hours";

/** "How did it go?" comes this long after a session begins. */
export const FOLLOW_UP_AFTER_MS = 3 * 60 * 60_000;
/** Without quiet hours of their own, nobody is asked about their session in the night. */
const NIGHT = { quietStart: "22:00", quietEnd: "08:00" };
/** The prep message's time when the person set none and has no check-ins. */
export const DEFAULT_PREP_TIME = "18:00";
/** A cancelled series occurrence more than this often is not looked past (a year of weeks). */
const MAX_SKIPPED = 60;

/** ISO weekday 1 (Monday) to 7, as words. */
export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The first occurrence strictly after `after`, skipping cancelled dates; null when there is none. */
export function nextOccurrence(appointment: Appointment, timeZone: string, after: Date): Date | null {
  if (appointment.cancelledAt) return null;
  if (appointment.weekday === null) return appointment.startsAt > after ? appointment.startsAt : null;
  const time = parseLocalTime(appointment.localTime);
  if (!time) return null;
  // A series starts at its first occurrence, never before.
  let from = after < appointment.startsAt ? new Date(appointment.startsAt.getTime() - 1) : after;
  for (let i = 0; i < MAX_SKIPPED; i++) {
    const due = nextDueInstant({ hour: time.hour, minute: time.minute, weekdays: [appointment.weekday] }, timeZone, from);
    if (!appointment.cancelledDates.includes(localDateOf(due, timeZone))) return due;
    from = due;
  }
  return null;
}

/** The time of day for prep messages: the person's choice, else their first check-in time, else 18:00. */
export async function prepTimeOf(deps: CoreDeps, user: User): Promise<string> {
  if (user.sessionPrepTime) return user.sessionPrepTime;
  const slots = await deps.repos.slots.list(user.id);
  return slots.map((slot) => slot.localTime).sort()[0] ?? DEFAULT_PREP_TIME;
}

/** The day before the session at the prep time (on the person's wall clock); null if that has passed. */
export function prepInstant(sessionAt: Date | null, prepTime: string, timeZone: string, now: Date): Date | null {
  if (!sessionAt) return null;
  const time = parseLocalTime(prepTime);
  if (!time) return null;
  const dayBefore = parseLocalDate(localDateOf(sessionAt, timeZone)) - DAY_MS;
  const instant = new Date(firstInstantAtWallClock(dayBefore + (time.hour * 60 + time.minute) * MINUTE_MS, zoneOf(timeZone)));
  return instant > now && instant < sessionAt ? instant : null;
}

/** A few hours after the session began, moved out of the person's quiet hours (or the night). */
export function followUpInstant(sessionAt: Date, user: User): Date {
  const quiet = user.quietStart && user.quietEnd ? user : { timeZone: user.timeZone, ...NIGHT };
  return afterQuietHours(new Date(sessionAt.getTime() + FOLLOW_UP_AFTER_MS), { ...quiet, timeZone: user.timeZone });
}

/** The person's next session across all their appointments, or null. */
export function nextSessionOf(appointments: readonly Appointment[]): { appointment: Appointment; at: Date } | null {
  const upcoming = appointments.filter((a) => a.nextStartsAt).sort((a, b) => a.nextStartsAt!.getTime() - b.nextStartsAt!.getTime());
  return upcoming[0] ? { appointment: upcoming[0], at: upcoming[0].nextStartsAt! } : null;
}

/** The latest session that has begun before `before`, or null when none is known. */
export function lastSessionOf(appointments: readonly Appointment[], before: Date): Date | null {
  const past = appointments.flatMap((a) => (a.lastStartsAt && a.lastStartsAt < before ? [a.lastStartsAt] : []));
  return past.length ? new Date(Math.max(...past.map((d) => d.getTime()))) : null;
}

/** The last session (from storage) before now; null when the person has told me of none. */
export async function lastSessionAt(deps: CoreDeps, user: User, now: Date): Promise<Date | null> {
  return lastSessionOf(await deps.repos.appointments.list(user.id), now);
}

/** "Tue 11 May, 17:00". */
export function describeInstant(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat("ccc d LLL, HH:mm");
}

/** "every Tuesday at 17:00" or "Tue 11 May, 17:00". */
export function describeAppointment(appointment: Appointment, timeZone: string): string {
  if (appointment.weekday !== null) return `every ${DAY_NAMES[appointment.weekday - 1]} at ${appointment.localTime}`;
  return describeInstant(appointment.startsAt, timeZone);
}

/** "today", "tomorrow" or "on Tue 11 May", for the session's local date seen from `now`. */
export function dayWord(sessionAt: Date, now: Date, timeZone: string): string {
  const days = (parseLocalDate(localDateOf(sessionAt, timeZone)) - parseLocalDate(localDateOf(now, timeZone))) / DAY_MS;
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return `on ${DateTime.fromJSDate(sessionAt, { zone: timeZone }).toFormat("ccc d LLL")}`;
}

/** True while the person is away (`/vacation until ...`). */
export function onVacation(user: Pick<User, "vacationUntil">, at: Date): boolean {
  return Boolean(user.vacationUntil && user.vacationUntil > at);
}
