import type { Habit } from "../../model";
import { starterHabit } from "../habits/starter-habits";

/** What one local date holds, for patterns: the day's mood (its average) and what went with it. */
export interface PatternDay {
  date: string;
  mood: number | null;
  habitIds: ReadonlySet<number>;
  tags: ReadonlySet<string>;
  sleep: number | null;
}

export interface Pattern {
  kind: "habit" | "tag" | "sleep";
  /** "walked", "tagged #work", "slept 7 hours or more". */
  subject: string;
  withAverage: number;
  withoutAverage: number;
  withDays: number;
  withoutDays: number;
}

/** Too few days either side and a difference is noise: say nothing rather than something false. */
export const MIN_DAYS_EACH_SIDE = 3;
/** Differences smaller than this (on the 1 to 10 scale) are not worth a person's attention. */
export const MIN_DIFFERENCE = 0.5;
export const MAX_PATTERNS = 5;
export const GOOD_NIGHT_HOURS = 7;

const average = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
/** One decimal, as shown: comparisons use the shown figures, so the text never contradicts itself. */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function compare(kind: Pattern["kind"], subject: string, days: readonly PatternDay[], has: (day: PatternDay) => boolean): Pattern | null {
  const withMood = days.filter((day) => day.mood !== null);
  const yes = withMood.filter(has).map((day) => day.mood!);
  const no = withMood.filter((day) => !has(day)).map((day) => day.mood!);
  if (yes.length < MIN_DAYS_EACH_SIDE || no.length < MIN_DAYS_EACH_SIDE) return null;
  const withAverage = oneDecimal(average(yes));
  const withoutAverage = oneDecimal(average(no));
  if (Math.abs(withAverage - withoutAverage) < MIN_DIFFERENCE) return null;
  return { kind, subject, withAverage, withoutAverage, withDays: yes.length, withoutDays: no.length };
}

/**
 * Habits, tags and sleep that went with a higher or lower mood over the given days. Each habit is
 * judged only on the days it existed; sleep only on days with a sleep answer. Largest gaps first.
 */
export function findPatterns(days: readonly PatternDay[], habits: readonly (Habit & { from: string; until: string | null })[]): Pattern[] {
  const found: Pattern[] = [];
  for (const habit of habits) {
    const span = days.filter((day) => day.date >= habit.from && (!habit.until || day.date < habit.until));
    const subject = starterHabit(habit.starterKey)?.pastTense ?? `ticked "${habit.name}"`;
    const pattern = compare("habit", subject, span, (day) => day.habitIds.has(habit.id));
    if (pattern) found.push(pattern);
  }
  const tags = new Set(days.flatMap((day) => [...day.tags]));
  for (const tag of [...tags].sort()) {
    const pattern = compare("tag", `tagged #${tag}`, days, (day) => day.tags.has(tag));
    if (pattern) found.push(pattern);
  }
  const slept = days.filter((day) => day.sleep !== null);
  const sleep = compare("sleep", `slept ${GOOD_NIGHT_HOURS} hours or more`, slept, (day) => day.sleep! >= GOOD_NIGHT_HOURS);
  if (sleep) found.push(sleep);
  return found
    .sort((a, b) => Math.abs(b.withAverage - b.withoutAverage) - Math.abs(a.withAverage - a.withoutAverage) || a.subject.localeCompare(b.subject))
    .slice(0, MAX_PATTERNS);
}

/** "On days you walked, your mood averaged 6.1; on other days 4.3 (5 days and 9 days)." */
export function describePattern(pattern: Pattern): string {
  const figure = (n: number) => n.toFixed(1);
  const counts = `(${pattern.withDays} and ${pattern.withoutDays} days)`;
  if (pattern.kind === "sleep") {
    return `On days after you ${pattern.subject}, your mood averaged ${figure(pattern.withAverage)}; after shorter nights ${figure(pattern.withoutAverage)} ${counts}.`;
  }
  return `On days you ${pattern.subject}, your mood averaged ${figure(pattern.withAverage)}; on other days ${figure(pattern.withoutAverage)} ${counts}.`;
}

export const PATTERNS_CAVEAT = "These show what went together, not what caused what. Worth looking at with your therapist, if you like.";
export const NO_PATTERNS =
  "No clear patterns yet. I only mention one when there are at least 3 days with a mood on each side (with and without a habit or #tag) and the averages differ by half a point or more.";
