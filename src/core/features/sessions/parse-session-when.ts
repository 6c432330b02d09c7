import { DateTime } from "luxon";
import { DAY_MS, firstInstantAtWallClock, localDateOf, MINUTE_MS, parseLocalDate, wallClockAt, zoneOf } from "../check-ins/local-date";
import { parseLocalTime } from "../check-ins/parse-local-time";
import { readWeekly } from "../summary/weekly-schedule";

/** Longer input is not a date and time; it is refused unread. */
export const MAX_WHEN_INPUT = 60;
/** Sessions are booked weeks or months ahead, not years. */
export const MAX_DAYS_AHEAD = 366;
/** A date without a year this far in the past is a mistake ("past"); further back it means next year. */
const RECENT_PAST_DAYS = 60;

export type WhenProblem =
  | "unreadable" // no date and time I can read
  | "no-time" // a day but no time
  | "impossible-date" // 31 April, 2027-02-30
  | "impossible-time" // 25:00, 17:75
  | "clock-change" // a time the clocks skip that day (02:30 on a spring-forward night)
  | "past"
  | "too-far";

/** When a one-off session is: the instant, and the wall-clock reading it was given as. */
export type SessionWhen = { ok: true; start: Date; localDate: string; localTime: string } | { ok: false; problem: WhenProblem };

/** A weekly series: the ISO weekday and `HH:MM` on the person's wall clock. */
export type WeeklyWhen = { ok: true; weekday: number; localTime: string } | { ok: false; problem: WhenProblem };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const FILLER = new Set(["at", "on", "the", "for", "of"]);

function monthOf(word: string): number | null {
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((month) => word.startsWith(month) && (word.length === 3 || "january february march april may june july august september october november december".includes(word)));
  return index >= 0 ? index + 1 : null;
}

function weekdayOf(word: string): number | null {
  if (word.length < 3) return null;
  const index = WEEKDAYS.findIndex((day) => day.startsWith(word) || (word.length > 3 && word.endsWith("s") && day === word.slice(0, -1)));
  return index >= 0 ? index + 1 : null;
}

const ordinal = (word: string) => (/^\d{1,2}(?:st|nd|rd|th)?\.?$/.test(word) ? Number.parseInt(word, 10) : null);

/** Looks like a time but is not one ("25:00", "13pm"): worth a specific message. */
const TIME_LIKE = /^\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm)?$|^\d{1,2}[:.]\d{1,2}$/;

function words(input: string): string[] {
  return input
    .toLowerCase()
    .replace(/,/g, " ")
    .replace(/\b([ap])\.m\.?/g, "$1m")
    .split(/\s+/)
    .filter((word) => word && !FILLER.has(word));
}

/** A time as people write it for an appointment: "17:00", "5pm", "9 am", "20h", "noon"; a bare "2027" or "5" is not one. */
function readTime(text: string) {
  if (!/[:.h]|am|pm|noon|midnight/.test(text)) return null;
  return parseLocalTime(text);
}

/** Takes the time off either end ("tomorrow 9 am", "17:00 fri"); the rest is the day. */
function splitTime(all: string[]): { time: { hour: number; minute: number; text: string } | null; day: string[]; timeLike: boolean } {
  for (const n of [2, 1]) {
    if (all.length < n) continue;
    const tail = readTime(all.slice(-n).join(" "));
    if (tail) {
      return { time: tail, day: all.slice(0, -n), timeLike: true };
    }
    const head = readTime(all.slice(0, n).join(" "));
    if (head && n <= all.length - 1) return { time: head, day: all.slice(n), timeLike: true };
  }
  const last = all[all.length - 1] ?? "";
  return { time: null, day: all, timeLike: TIME_LIKE.test(last) && /[:.h]|am|pm/.test(last) };
}

type DayResult = { kind: "date"; year: number | null; month: number; day: number } | { kind: "relative"; days: number } | { kind: "weekday"; weekday: number; next: boolean } | null;

function readDay(day: string[]): DayResult {
  const text = day.join(" ");
  if (text === "today" || text === "tonight") return { kind: "relative", days: 0 };
  if (text === "tomorrow" || text === "tmrw" || text === "tomorrow evening" || text === "tomorrow morning") return { kind: "relative", days: 1 };
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (iso) return { kind: "date", year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$/.exec(text);
  if (dotted) return { kind: "date", year: dotted[3] ? Number(dotted[3]) : null, month: Number(dotted[2]), day: Number(dotted[1]) };
  // "tue 11 may 2027": a weekday in front of a date is allowed (and not checked against it).
  if (day.length >= 3 && weekdayOf(day[0]!) && !/^(next|this)$/.test(day[0]!)) return readDate(day.slice(1));
  const [a = "", b = "", c = "", ...rest] = day;
  if (rest.length) return null;
  if ((a === "next" || a === "this") && !c) {
    const weekday = weekdayOf(b);
    return weekday ? { kind: "weekday", weekday, next: a === "next" } : null;
  }
  if (day.length === 1 && weekdayOf(a)) return { kind: "weekday", weekday: weekdayOf(a)!, next: false };
  return readDate(day);
}

/** "11 may", "may 11th", "11 may 2027". */
function readDate(day: string[]): DayResult {
  if (day.length > 3) return null;
  const [d1 = "", d2 = "", d3 = ""] = day;
  const year = d3 && /^\d{4}$/.test(d3) ? Number(d3) : d3 ? NaN : null;
  if (Number.isNaN(year)) return null;
  if (ordinal(d1) !== null && monthOf(d2)) return { kind: "date", year, month: monthOf(d2)!, day: ordinal(d1)! };
  if (monthOf(d1) && ordinal(d2) !== null) return { kind: "date", year, month: monthOf(d1)!, day: ordinal(d2)! };
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = DateTime.fromObject({ year, month, day }, { zone: "utc" });
  return date.isValid ? date.toISODate() : null;
}

/** The instant a local date and time happen in a zone, or null when the clocks skip that reading. */
function instantAt(localDate: string, hour: number, minute: number, timeZone: string): Date | null {
  const zone = zoneOf(timeZone);
  const wall = parseLocalDate(localDate) + (hour * 60 + minute) * MINUTE_MS;
  const instant = firstInstantAtWallClock(wall, zone);
  return wallClockAt(instant, zone) === wall ? new Date(instant) : null;
}

const addDays = (localDate: string, days: number) => new Date(parseLocalDate(localDate) + days * DAY_MS).toISOString().slice(0, 10);
const isoWeekday = (localDate: string) => new Date(parseLocalDate(localDate)).getUTCDay() || 7;

/**
 * Reads when a one-off session is, on the person's wall clock in `timeZone`: "next Tuesday 17:00",
 * "2027-05-11 16:30", "tomorrow 9am", "fri 17:30", "11 May 16:30", "11.05.2027 16:30". A bare weekday is
 * its next occurrence (today if the time is still ahead); "next <weekday>" is never today. Refuses the
 * past, impossible dates and times, a time the clocks skip that day, and anything over a year ahead.
 */
export function parseSessionWhen(input: string, now: Date, timeZone: string): SessionWhen {
  if (!input.trim() || input.length > MAX_WHEN_INPUT) return { ok: false, problem: "unreadable" };
  const all = words(input);
  const { time, day, timeLike } = splitTime(all);
  const read = readDay(day);
  if (!time) {
    // "tomorrow 9": a day, and a number that could be either 9:00 or 21:00.
    const bare = day.length > 1 && /^\d{1,2}$/.test(day[day.length - 1]!) && readDay(day.slice(0, -1));
    if (read || timeLike || bare) return { ok: false, problem: timeLike ? "impossible-time" : "no-time" };
    return { ok: false, problem: "unreadable" };
  }
  if (!read) return { ok: false, problem: "unreadable" };
  const today = localDateOf(now, timeZone);
  let date: string | null;
  if (read.kind === "relative") date = addDays(today, read.days);
  else if (read.kind === "weekday") {
    const ahead = (read.weekday - isoWeekday(today) + 7) % 7;
    date = addDays(today, ahead === 0 && read.next ? 7 : ahead);
    // "fri 17:30" said on a Friday evening means next Friday.
    const instant = instantAt(date, time.hour, time.minute, timeZone);
    if (!read.next && ahead === 0 && instant && instant <= now) date = addDays(date, 7);
  } else {
    const year = read.year ?? Number(today.slice(0, 4));
    date = isoDate(year, read.month, read.day);
    if (!date) return { ok: false, problem: "impossible-date" };
    if (read.year === null && date < today) {
      const daysAgo = (parseLocalDate(today) - parseLocalDate(date)) / DAY_MS;
      if (daysAgo <= RECENT_PAST_DAYS) return { ok: false, problem: "past" };
      date = isoDate(year + 1, read.month, read.day);
      if (!date) return { ok: false, problem: "impossible-date" };
    }
  }
  const start = instantAt(date, time.hour, time.minute, timeZone);
  if (!start) return { ok: false, problem: "clock-change" };
  if (start <= now) return { ok: false, problem: "past" };
  if (start.getTime() - now.getTime() > MAX_DAYS_AHEAD * DAY_MS) return { ok: false, problem: "too-far" };
  return { ok: true, start, localDate: date, localTime: time.text };
}

/** "weekly Tue 17:00", "every tuesday at 5pm", "tuesdays 17:00" -> a weekly series. */
export function parseWeeklyWhen(input: string): WeeklyWhen {
  if (!input.trim() || input.length > MAX_WHEN_INPUT) return { ok: false, problem: "unreadable" };
  const text = input.trim().replace(/^(?:weekly|every\s+week|every)\s+(?:on\s+)?/i, "");
  const read = /\d[:.h]|\d\s*[ap]\.?m|noon|midnight/i.test(text) ? readWeekly(text) : null;
  if (read) return { ok: true, weekday: read.weekday, localTime: read.time };
  const all = words(text);
  const hasDay = all.some((word) => weekdayOf(word));
  const last = all[all.length - 1] ?? "";
  if (hasDay && TIME_LIKE.test(last) && /[:.h]|am|pm/.test(last)) return { ok: false, problem: "impossible-time" };
  return { ok: false, problem: hasDay ? "no-time" : "unreadable" };
}

/** True for "weekly ...", "every ...", "tuesdays ...": the person means a series. */
export function isWeeklyWhen(input: string): boolean {
  const first = input.trim().toLowerCase().split(/\s+/)[0] ?? "";
  return first === "weekly" || first === "every" || (first.length > 4 && first.endsWith("s") && weekdayOf(first) !== null && WEEKDAYS.includes(first.slice(0, -1)));
}

/** The kind sentence for each problem; the caller adds "Nothing was changed." */
export function whenProblemText(problem: WhenProblem): string {
  switch (problem) {
    case "past":
      return "That time has already passed, so I can't book it.";
    case "too-far":
      return "That's more than a year away; I keep sessions up to a year ahead.";
    case "impossible-date":
      return "That date doesn't exist in the calendar (maybe a typo?).";
    case "impossible-time":
      return "That time doesn't exist on a clock. Times go from 00:00 to 23:59, like 17:00 or 5pm.";
    case "clock-change":
      return "The clocks change that night, so that time doesn't happen that day. Could you pick another time?";
    case "no-time":
      return "What time is it? For example /session fri 17:30.";
    case "unreadable":
      return "I couldn't read that as a date and time. You can say next Tuesday 17:00, 2027-05-11 16:30, tomorrow 9am, fri 17:30 or 11 May 16:30.";
  }
}
