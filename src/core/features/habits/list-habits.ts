import { reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { localDateOf } from "../check-ins/local-date";
import { addDays, lastDays, weekdayOf } from "../summary/local-days";
import { consistency } from "./habit-consistency";
import { starterPicker } from "./starter-picker";

/** The dates of this week so far, Monday first (the person's week, in their zone). */
function thisWeek(today: string): string[] {
  const isoWeekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const dates: string[] = [];
  for (let d = 1 - isoWeekday; d <= 0; d++) dates.push(addDays(today, d));
  return dates;
}

/** `/habits`: each habit as "X of the last 7 days" and of the last 30, and the days ticked this week. */
export async function listHabits(ctx: HandlerContext): Promise<Reply[]> {
  const habits = await ctx.deps.repos.habits.list(ctx.user.id);
  if (habits.length === 0) return starterPicker(ctx, "You have no habits yet. Pick any that fit from the practices below, or add your own with /habit add <name>.");
  const month = lastDays(ctx.now, ctx.user.timeZone, 30);
  const week = month.slice(-7);
  const today = localDateOf(ctx.now, ctx.user.timeZone);
  const ticks = await ctx.deps.repos.habits.ticks(ctx.user.id, month[0]!, today);
  const lines = ["Your habits:"];
  for (const habit of habits) {
    const days = thisWeek(today).filter((date) => ticks.some((t) => t.habitId === habit.id && t.localDate === date));
    const thisWeekText = days.length ? days.map(weekdayOf).join(", ") : "none yet";
    lines.push(
      "",
      `• ${habit.name}: ${consistency(habit, ticks, week, ctx.user.timeZone)}`,
      `  last 30 days: ${consistency(habit, ticks, month, ctx.user.timeZone)}`,
      `  this week: ${thisWeekText}`,
    );
  }
  lines.push("", "Tick one with /done <habit> or a message like \"done walk\". Every day counts on its own; a missed one breaks nothing.");
  return [reply(lines.join("\n"))];
}
