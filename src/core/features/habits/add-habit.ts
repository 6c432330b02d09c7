import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { findHabit } from "./find-habit";
import { STARTER_HABITS } from "./starter-habits";

/** Room for a handful of practices: more would turn a check-in into a chore. */
export const MAX_HABITS = 12;
export const HABIT_NAME_MAX_LENGTH = 40;

/** A habit name the person can type back: a few words with at least one letter or digit, one line. */
export function habitNameProblem(name: string): string | null {
  if (!name) return "What should the habit be called? For example /habit add walk.";
  if (name.includes("\n") || name.length > HABIT_NAME_MAX_LENGTH) {
    return `Habit names need to be short (up to ${HABIT_NAME_MAX_LENGTH} characters, one line), since you'll type them to tick them. Details can go in your journal.`;
  }
  if (!/[\p{L}\p{N}]/u.test(name)) return "Habit names need a word in them (emoji alone are hard to type back), like /habit add walk.";
  if (/^\d+$/u.test(name)) return "Habit names need a word in them, like /habit add walk.";
  return null;
}

/** Adds a habit (or brings back an archived one of that name); the first one switches on the check-in step. */
export async function addHabit(ctx: HandlerContext, rawName: string, starterKey: string | null = null): Promise<Reply[]> {
  const name = rawName.trim().replace(/\s+/g, " ");
  const problem = habitNameProblem(name);
  if (problem) return [kindError(`${problem} Nothing was changed.`)];
  const { habits } = ctx.deps.repos;
  const all = await habits.list(ctx.user.id, { includeArchived: true });
  const same = all.find((habit) => habit.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (same && !same.archivedAt) return [reply(`You already have ${same.name}. /done ${same.name} ticks it.`)];
  const active = all.filter((habit) => !habit.archivedAt);
  if (active.length >= MAX_HABITS) {
    return [kindError(`You have ${MAX_HABITS} habits, which is plenty to keep track of. /habit archive <name> makes room. Nothing was changed.`)];
  }
  if (same) {
    await habits.update(ctx.user.id, same.id, { archivedAt: null });
    return [reply(`${same.name} is back on your list, with its earlier days kept.`)];
  }
  // "walk" typed by hand is the starter practice too: patterns can then say "on days you walked".
  const lower = name.toLocaleLowerCase();
  const starter = starterKey ?? STARTER_HABITS.find((s) => s.name === lower || s.aliases.includes(lower))?.key ?? null;
  const { value: habit } = await habits.add(ctx.user.id, { name, starterKey: starter, at: ctx.now });
  let note = "";
  if (active.length === 0 && !ctx.user.checkInSteps.includes("habits")) {
    await ctx.deps.repos.users.update(ctx.user.id, { checkInSteps: [...ctx.user.checkInSteps, "habits"] });
    note = " Your check-ins will offer your habits as buttons to tick (/checkin steps changes that).";
  }
  const clash = findHabit(active, name);
  const hint = clash.kind === "one" ? ` (It's close to ${clash.habit.name}: type the full name to tick the one you mean.)` : "";
  return [reply(`Added ${habit.name}. Tick it with /done ${habit.name} or "done ${habit.name}", at most once a day.${note}${hint}`)];
}
