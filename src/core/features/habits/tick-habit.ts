import { kindError, reply, type HandlerContext } from "../../context";
import type { Habit } from "../../model";
import type { Reply } from "../../replies";
import { localDateOf } from "../check-ins/local-date";
import { cleanInput } from "../../text/clean-input";
import { askToKeep } from "../journal/ask-to-keep";
import { writeJournalEntry } from "../journal/write-journal-entry";
import { addDays, lastDays } from "../summary/local-days";
import { findHabit } from "./find-habit";
import { consistency } from "./habit-consistency";

/** A tick by message names one habit in a few words; longer text is writing, not a tick. */
const MAX_TICK_WORDS = 5;
const MAX_TICK_LENGTH = 60;
const CHECK_MARKS = "(?:✅|✔️?|☑️?|✓)";

// "done walk", "walked ✅", "walk ✔", "walk done", each optionally ending in "yesterday".
const TICK_PATTERNS: readonly RegExp[] = [
  new RegExp(`^done\\s*[:\\-–]?\\s+(.+?)\\s*${CHECK_MARKS}?$`, "iu"),
  new RegExp(`^${CHECK_MARKS}\\s*(.+)$`, "iu"),
  new RegExp(`^(.+?)\\s*${CHECK_MARKS}+$`, "iu"),
  /^(.+?)\s+done[.!]*$/iu,
];

/** The habit words in a plain message that reads as a tick, or null. */
export function matchHabitTick(text: string): string | null {
  if (text.length > MAX_TICK_LENGTH || text.includes("\n")) return null;
  for (const pattern of TICK_PATTERNS) {
    const words = pattern.exec(text.trim())?.[1]?.trim();
    if (words && words.split(/\s+/).length <= MAX_TICK_WORDS && /[\p{L}\p{N}]/u.test(words)) return words;
  }
  return null;
}

/** "walk yesterday" -> the habit words and the local date meant. */
export function readDay(ctx: HandlerContext, words: string): { name: string; date: string; dayWord: string } {
  const today = localDateOf(ctx.now, ctx.user.timeZone);
  const yesterday = /\s+(?:for\s+)?yesterday$/iu.exec(words);
  if (yesterday) return { name: words.slice(0, yesterday.index).trim(), date: addDays(today, -1), dayWord: "yesterday" };
  return { name: words.replace(/\s+(?:for\s+)?today$/iu, "").trim(), date: today, dayWord: "today" };
}

export function undoButton(habit: Habit, date: string) {
  return [[{ id: `habit.undo:${habit.id}:${date}`, label: "Undo" }]];
}

export function unknownHabit(typed: string, habits: readonly Habit[]): string {
  const names = habits.map((habit) => habit.name).join(", ");
  const yours = names ? ` Your habits: ${names}.` : " You haven't added any habits yet.";
  return `I don't have a habit called "${typed.slice(0, 40)}".${yours} /habit add ${typed.slice(0, 40)} adds it. Nothing was changed.`;
}

/** Ticks a named habit for today (or yesterday): at most once a day, with an undo button. */
export async function tickHabit(ctx: HandlerContext, args: string, from: "command" | "message" = "command"): Promise<Reply[]> {
  const { name, date, dayWord } = readDay(ctx, args.trim());
  if (!name) return [kindError("Which habit? For example /done walk. /habits shows yours.")];
  const habits = await ctx.deps.repos.habits.list(ctx.user.id);
  const match = findHabit(habits, name);
  if (match.kind === "several") {
    return [kindError(`That could be ${match.habits.map((h) => `"${h.name}"`).join(" or ")}. Which one? For example /done ${match.habits[0]!.name}. Nothing was changed.`)];
  }
  if (match.kind === "none") {
    if (from === "command") return [kindError(unknownHabit(name, habits))];
    // "done with work" may be a tick or a line for the journal: ask rather than guess. A check mark
    // after words that name no habit ("finally slept ✅") is simply writing.
    const text = ctx.event.kind === "text" ? cleanInput(ctx.event.text) : args;
    if (!/^done\b/iu.test(text)) return writeJournalEntry(ctx, text);
    return askToKeep(ctx, text, unknownHabit(name, habits).replace(" Nothing was changed.", " Or did you mean it for your journal?"));
  }
  const { habit } = match;
  const ticked = await ctx.deps.repos.habits.tick(ctx.user.id, habit.id, date, ctx.now);
  if (!ticked) return [reply(`${habit.name} is already ticked for ${dayWord}. Once a day is all it counts.`)];
  const week = lastDays(ctx.now, ctx.user.timeZone, 7);
  const ticks = await ctx.deps.repos.habits.ticks(ctx.user.id, week[0]!, week[6]!);
  return [reply(`Ticked ${habit.name} for ${dayWord}: ${consistency(habit, ticks, week, ctx.user.timeZone)}.`, { buttons: undoButton(habit, date) })];
}

/** Takes back a tick: by the Undo button, or `/habit undo walk [yesterday]`. */
export async function untickHabit(ctx: HandlerContext, habit: Habit, date: string): Promise<Reply[]> {
  const removed = await ctx.deps.repos.habits.untick(ctx.user.id, habit.id, date);
  const today = localDateOf(ctx.now, ctx.user.timeZone);
  const day = date === today ? "today" : date === addDays(today, -1) ? "yesterday" : date;
  return [reply(removed ? `Okay, ${habit.name} is no longer ticked for ${day}.` : `${habit.name} wasn't ticked for ${day}, so there was nothing to undo.`)];
}

export async function untickByName(ctx: HandlerContext, words: string): Promise<Reply[]> {
  const { name, date } = readDay(ctx, words);
  const habits = await ctx.deps.repos.habits.list(ctx.user.id);
  const match = findHabit(habits, name);
  if (match.kind !== "one") return [kindError(name ? unknownHabit(name, habits) : "Which habit? For example /habit undo walk.")];
  return untickHabit(ctx, match.habit, date);
}
