import type { HandlerContext } from "../../context";
import type { CheckIn } from "../../model";
import type { Button, Reply } from "../../replies";

/** The check-in's habit step: one button per habit, a tick shown as ✓; tapping again takes it back. */
export async function habitQuestion(ctx: HandlerContext, checkIn: CheckIn, said = ""): Promise<Reply | null> {
  const habits = await ctx.deps.repos.habits.list(ctx.user.id);
  if (habits.length === 0) return null;
  const ticks = await ctx.deps.repos.habits.ticks(ctx.user.id, checkIn.localDate, checkIn.localDate);
  const done = new Set(ticks.map((tick) => tick.habitId));
  const buttons: Button[] = habits.map((habit) => ({
    id: `checkin.habit:${checkIn.id}:${habit.id}`,
    label: `${done.has(habit.id) ? "✓ " : ""}${habit.name}`,
  }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push(buttons.slice(i, i + 3));
  rows.push([{ id: `checkin.next:${checkIn.id}:habits`, label: "Next" }]);
  const text = said || "Any of your habits today? Tap each one you did (tap again to undo), then Next.";
  return { kind: "checkin", text, buttons: rows };
}

/** A habit button in the check-in: ticks it for the check-in's date, or takes the tick back. */
export async function toggleCheckInHabit(ctx: HandlerContext, checkIn: CheckIn, habitId: number): Promise<Reply | null> {
  const habit = (await ctx.deps.repos.habits.list(ctx.user.id)).find((h) => h.id === habitId);
  if (!habit) return null;
  const { habits } = ctx.deps.repos;
  const ticked = await habits.tick(ctx.user.id, habit.id, checkIn.localDate, ctx.now);
  if (!ticked) await habits.untick(ctx.user.id, habit.id, checkIn.localDate);
  return habitQuestion(ctx, checkIn, ticked ? `Ticked ${habit.name}. Any others? Then Next.` : `Took back ${habit.name}. Any others? Then Next.`);
}
