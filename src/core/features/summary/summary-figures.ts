import { oneDecimal } from "../patterns/find-patterns";
import { consistency } from "../habits/habit-consistency";
import { shortDate } from "./local-days";
import type { SummaryData } from "./collect-summary-data";

export interface MoodFigures {
  count: number;
  daysWithMood: number;
  /** The mean of every mood in the period, one decimal. */
  average: number;
  lowest: number;
  highest: number;
  lowestOn: string[];
  highestOn: string[];
}

/** Average and range of every mood in the period; null when there is none. */
export function moodFigures(data: SummaryData): MoodFigures | null {
  const all = data.days.flatMap((day) => day.moods);
  if (all.length === 0) return null;
  const lowest = Math.min(...all);
  const highest = Math.max(...all);
  return {
    count: all.length,
    daysWithMood: data.days.filter((day) => day.moods.length).length,
    average: oneDecimal(all.reduce((a, b) => a + b, 0) / all.length),
    lowest,
    highest,
    lowestOn: data.days.filter((day) => day.moods.includes(lowest)).map((day) => shortDate(day.date)),
    highestOn: data.days.filter((day) => day.moods.includes(highest)).map((day) => shortDate(day.date)),
  };
}

export function sleepFigures(data: SummaryData): { nights: number; average: number } | null {
  const nights = data.days.flatMap((day) => (day.sleep === null ? [] : [day.sleep]));
  return nights.length ? { nights: nights.length, average: oneDecimal(nights.reduce((a, b) => a + b, 0) / nights.length) } : null;
}

/** "walk: 5 of the last 7 days" for each habit. */
export function habitFigures(data: SummaryData): { name: string; text: string }[] {
  return data.habits.map((habit) => ({ name: habit.name, text: consistency(habit, data.ticks, data.period.dates, data.user.timeZone) }));
}

/** "one mood", "9 moods". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Mon 8 Mar and Sat 13 Mar", or the first three and a count. */
export function listDays(days: readonly string[]): string {
  if (days.length <= 2) return days.join(" and ");
  if (days.length === 3) return `${days[0]}, ${days[1]} and ${days[2]}`;
  return `${days.slice(0, 2).join(", ")} and ${days.length - 2} other days`;
}

export function moodLine(mood: MoodFigures, totalDays: number): string {
  if (mood.lowest === mood.highest) return `${mood.average.toFixed(1)} from ${plural(mood.count, "mood")} on ${mood.daysWithMood} of ${plural(totalDays, "day")}`;
  return `average ${mood.average.toFixed(1)} from ${plural(mood.count, "mood")} on ${mood.daysWithMood} of ${plural(totalDays, "day")}; range ${mood.lowest} to ${mood.highest} (lowest ${listDays(mood.lowestOn)}, highest ${listDays(mood.highestOn)})`;
}
