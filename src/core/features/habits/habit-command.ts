import { kindError, reply, type HandlerContext } from "../../context";
import type { PressHandler } from "../../router";
import type { Reply } from "../../replies";
import { addHabit, habitNameProblem } from "./add-habit";
import { findHabit } from "./find-habit";
import { listHabits } from "./list-habits";
import { pickStarter, starterPicker } from "./starter-picker";
import { unknownHabit, untickByName, untickHabit } from "./tick-habit";

const USAGE =
  "You can say /habit add walk, /habit rename walk to evening walk, /habit archive walk, /habit restore walk, /habit undo walk, or /habit starter for ideas.";

async function findOne(ctx: HandlerContext, typed: string, includeArchived = false) {
  const habits = await ctx.deps.repos.habits.list(ctx.user.id, { includeArchived });
  const match = findHabit(habits, typed);
  return { habits, habit: match.kind === "one" ? match.habit : null };
}

async function renameHabit(ctx: HandlerContext, words: string): Promise<Reply[]> {
  const parts = /^(.+?)\s+(?:to|as|->|→)\s+(.+)$/iu.exec(words);
  if (!parts) return [kindError("Say which habit and its new name, like /habit rename walk to evening walk. Nothing was changed.")];
  const { habits, habit } = await findOne(ctx, parts[1]!);
  if (!habit) return [kindError(unknownHabit(parts[1]!, habits))];
  const name = parts[2]!.trim().replace(/\s+/g, " ");
  const problem = habitNameProblem(name);
  if (problem) return [kindError(`${problem} Nothing was changed.`)];
  const all = await ctx.deps.repos.habits.list(ctx.user.id, { includeArchived: true });
  if (all.some((other) => other.id !== habit.id && other.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
    return [kindError(`You already have a habit called ${name} (maybe archived). Nothing was changed.`)];
  }
  await ctx.deps.repos.habits.update(ctx.user.id, habit.id, { name });
  return [reply(`Renamed ${habit.name} to ${name}. Its days so far are kept.`)];
}

async function archiveHabit(ctx: HandlerContext, typed: string, archive: boolean): Promise<Reply[]> {
  const { habits, habit } = await findOne(ctx, typed, !archive);
  const candidate = habit && (archive ? !habit.archivedAt : Boolean(habit.archivedAt)) ? habit : null;
  if (!candidate) {
    return [kindError(archive ? unknownHabit(typed, habits.filter((h) => !h.archivedAt)) : `You have no archived habit called "${typed.slice(0, 40)}". Nothing was changed.`)];
  }
  if (!archive) return addHabit(ctx, candidate.name);
  await ctx.deps.repos.habits.update(ctx.user.id, candidate.id, { archivedAt: ctx.now });
  return [reply(`${candidate.name} is archived: it leaves your list and check-ins, and its days stay in your summaries. /habit restore ${candidate.name} brings it back.`)];
}

/** `/habit <verb> ...`. */
export async function habitCommand(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const [verb = "", ...rest] = args.split(/\s+/);
  const words = rest.join(" ").trim();
  switch (verb.toLowerCase()) {
    case "":
    case "list":
      return listHabits(ctx);
    case "add":
    case "new":
      return addHabit(ctx, words);
    case "rename":
      return renameHabit(ctx, words);
    case "archive":
    case "remove":
    case "delete":
      return words ? archiveHabit(ctx, words, true) : [kindError(`Which habit? ${USAGE}`)];
    case "restore":
    case "unarchive":
      return words ? archiveHabit(ctx, words, false) : [kindError(`Which habit? ${USAGE}`)];
    case "undo":
    case "untick":
      return untickByName(ctx, words);
    case "starter":
    case "ideas":
      return starterPicker(ctx, "Practices many people keep up between sessions. Tap any that fit; you can rename or archive them later.");
    default:
      return [kindError(`I didn't understand "${verb.slice(0, 20)}". ${USAGE}`)];
  }
}

/** `habit.starter:<key>` and `habit.undo:<habitId>:<date>` buttons. */
export const pressHabit: PressHandler = async (ctx, action) => {
  const [verb = "", value = "", date = ""] = action.split(":");
  if (verb === "starter") return pickStarter(ctx, value);
  if (verb === "undo" && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const habits = await ctx.deps.repos.habits.list(ctx.user.id, { includeArchived: true });
    // Only the person's own habits: an id from someone else's button finds nothing.
    const habit = habits.find((h) => h.id === Number(value));
    if (habit) return untickHabit(ctx, habit, date);
  }
  return [kindError("That button has expired. /habits shows your habits.")];
};
