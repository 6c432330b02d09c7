import type { Habit, HabitTick } from "../../model";
import { localDateOf } from "../check-ins/local-date";
import { daysBetween } from "../summary/local-days";

/**
 * "X of the last 7 days", never a streak: a missed day changes one number by one, it breaks nothing.
 * A habit younger than the window is counted over the days since it was added.
 */
export function consistency(habit: Habit, ticks: readonly HabitTick[], dates: readonly string[], timeZone: string): string {
  const done = ticks.filter((tick) => tick.habitId === habit.id && dates.includes(tick.localDate)).length;
  const added = localDateOf(habit.createdAt, timeZone);
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first && last && added > first && added <= last) {
    const days = daysBetween(added, last) + 1;
    return days === 1 ? `${done} of 1 day since you added it` : `${done} of the ${days} days since you added it`;
  }
  return `${done} of the last ${dates.length} days`;
}
