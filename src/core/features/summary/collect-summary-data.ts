import type { CoreDeps } from "../../deps";
import type { Goal, Habit, HabitTick, JournalEntry, SessionNote, User, Win } from "../../model";
import { localDateOf, startOfLocalDay } from "../check-ins/local-date";
import { findPatterns, type Pattern, type PatternDay } from "../patterns/find-patterns";
import { addDays, datesFromTo } from "./local-days";

/** Patterns look back at least this far: a week is too few days to see anything. */
export const PATTERN_WINDOW_DAYS = 28;
const MAX_WINS = 500;

export interface SummaryPeriod {
  /** Local dates covered, oldest first; the last is today. */
  dates: string[];
  /** The first instant included. */
  start: Date;
  end: Date;
}

export interface SummaryDay {
  date: string;
  moods: number[];
  /** The day's mood: the average of its moods, or null. */
  mood: number | null;
  sleep: number | null;
  habitIds: Set<number>;
  tags: Set<string>;
}

export interface SummaryData {
  user: User;
  period: SummaryPeriod;
  days: SummaryDay[];
  /** Habits with a tick in the period, and every active one. */
  habits: Habit[];
  ticks: HabitTick[];
  /** Goals open now, or done within the period. */
  goals: Goal[];
  /** Oldest first. */
  wins: Win[];
  starred: JournalEntry[];
  notes: SessionNote[];
  tagCounts: [string, number][];
  patterns: Pattern[];
  patternDates: string[];
  /** Wins, notes and starred entries the person chose to leave out: counted, never shown. */
  leftOut: number;
  /** When the period starts at the last session, its instant (the file says so). */
  sinceSession?: Date;
}

/** The period of a summary: the last `days` local dates, or from a given instant to now. */
export function periodOf(user: User, now: Date, from: { days: number } | { since: Date }): SummaryPeriod {
  const today = localDateOf(now, user.timeZone);
  if ("since" in from) return { dates: datesFromTo(localDateOf(from.since, user.timeZone), today), start: from.since, end: now };
  const first = addDays(today, 1 - from.days);
  return { dates: datesFromTo(first, today), start: startOfLocalDay(first, user.timeZone), end: now };
}

/** Reads everything a summary shows, in a fixed number of queries whatever the period's length. */
export async function collectSummaryData(deps: CoreDeps, user: User, period: SummaryPeriod): Promise<SummaryData> {
  const { repos } = deps;
  const today = period.dates[period.dates.length - 1]!;
  const patternDates = period.dates.length >= PATTERN_WINDOW_DAYS ? period.dates : datesFromTo(addDays(today, 1 - PATTERN_WINDOW_DAYS), today);
  const first = patternDates[0]! < period.dates[0]! ? patternDates[0]! : period.dates[0]!;
  const from = startOfLocalDay(first, user.timeZone) < period.start ? startOfLocalDay(first, user.timeZone) : period.start;
  const until = new Date(period.end.getTime() + 1);
  const [moods, allHabits, ticks, sleep, tagged, allWins, goals, allStarred, allNotes, omitted] = await Promise.all([
    repos.moods.list(user.id, from, until),
    repos.habits.list(user.id, { includeArchived: true }),
    repos.habits.ticks(user.id, first, today),
    repos.checkIns.sleepBetween(user.id, first, today),
    repos.journal.tagsBetween(user.id, from, until),
    repos.wins.list(user.id, { since: period.start, limit: MAX_WINS }),
    repos.goals.list(user.id, { doneSince: period.start }),
    repos.journal.starredSince(user.id, period.start),
    repos.notes.list(user.id, { since: period.start }),
    repos.appointments.omitted(user.id),
  ]);
  // What the person left out stays out of the chat text and the file; only the count remains.
  const out = new Set(omitted.map((o) => `${o.kind}:${o.itemId}`));
  const wins = allWins.filter((w) => !out.has(`win:${w.id}`));
  const starred = allStarred.filter((e) => !out.has(`journal:${e.id}`));
  const notes = allNotes.filter((n) => !out.has(`note:${n.id}`));
  const leftOut = allWins.length - wins.length + allStarred.length - starred.length + allNotes.length - notes.length;
  const byDate = new Map<string, SummaryDay>();
  for (const date of datesFromTo(first, today)) byDate.set(date, { date, moods: [], mood: null, sleep: null, habitIds: new Set(), tags: new Set() });
  const inPeriod = (at: Date) => at >= period.start;
  const periodTags = new Map<string, number>();
  for (const mood of moods) byDate.get(localDateOf(mood.at, user.timeZone))?.moods.push(mood.value);
  for (const tick of ticks) byDate.get(tick.localDate)?.habitIds.add(tick.habitId);
  for (const night of sleep) {
    const day = byDate.get(night.localDate);
    if (day) day.sleep = night.hours;
  }
  for (const entry of tagged) {
    for (const tag of entry.tags) byDate.get(localDateOf(entry.at, user.timeZone))?.tags.add(tag);
    if (inPeriod(entry.at)) for (const tag of entry.tags) periodTags.set(tag, (periodTags.get(tag) ?? 0) + 1);
  }
  for (const day of byDate.values()) day.mood = day.moods.length ? day.moods.reduce((a, b) => a + b, 0) / day.moods.length : null;
  const patternDays: PatternDay[] = patternDates.map((date) => byDate.get(date)!);
  const habitSpans = allHabits.map((habit) => ({
    ...habit,
    from: localDateOf(habit.createdAt, user.timeZone),
    until: habit.archivedAt ? localDateOf(habit.archivedAt, user.timeZone) : null,
  }));
  const periodDays = period.dates.map((date) => byDate.get(date)!);
  // Moods before the exact start (earlier on the first day of a "since last summary") stay out of the figures.
  const firstDay = periodDays[0]!;
  const firstMoods = moods.filter((m) => inPeriod(m.at) && localDateOf(m.at, user.timeZone) === firstDay.date).map((m) => m.value);
  periodDays[0] = { ...firstDay, moods: firstMoods, mood: firstMoods.length ? firstMoods.reduce((a, b) => a + b, 0) / firstMoods.length : null };
  const tickedInPeriod = new Set(ticks.filter((t) => t.localDate >= period.dates[0]!).map((t) => t.habitId));
  return {
    user,
    period,
    days: periodDays,
    habits: allHabits.filter((habit) => !habit.archivedAt || tickedInPeriod.has(habit.id)),
    ticks: ticks.filter((t) => t.localDate >= period.dates[0]!),
    goals,
    wins: [...wins].reverse(),
    starred,
    notes,
    tagCounts: [...periodTags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    patterns: findPatterns(patternDays, habitSpans),
    patternDates,
    leftOut,
  };
}
