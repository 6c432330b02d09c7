import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { PressHandler } from "../../router";
import type { Reply } from "../../replies";
import { isTooLong } from "../../text/clean-input";
import { lastDays, weekdayOf } from "../summary/local-days";
import { localDateOf } from "../check-ins/local-date";
import { TOO_LONG, writeJournalEntry } from "../journal/write-journal-entry";

const USAGE = "Send /mood and a number from 1 (very low) to 10 (very good), like /mood 6. You can add a few words after it.";

// "mood 6", "mood: 6/10" as a plain message.
const MOOD_MESSAGE = /^mood\s*[:=-]?\s*(\d{1,2})(?:\s*\/\s*10)?[.!]?$/iu;

export function matchMoodMessage(text: string): string | null {
  const match = MOOD_MESSAGE.exec(text.trim());
  return match ? match[1]! : null;
}

/** `asked` names this one question, so a double tap or a stale button on it keeps one mood, not two. */
function moodButtons(asked: string) {
  const button = (value: number) => ({ id: `mood.set:${value}:${asked}`, label: String(value) });
  return [[1, 2, 3, 4, 5].map(button), [6, 7, 8, 9, 10].map(button)];
}

/** The last 7 days' moods, one line: "Mon 6 · Tue 4, 5 · Wed –". */
async function lastWeek(ctx: HandlerContext): Promise<string> {
  const days = lastDays(ctx.now, ctx.user.timeZone, 7);
  const since = new Date(ctx.now.getTime() - 8 * 86_400_000);
  const moods = await ctx.deps.repos.moods.list(ctx.user.id, since, new Date(ctx.now.getTime() + 1));
  const byDay = days.map((date) => {
    const values = moods.filter((m) => localDateOf(m.at, ctx.user.timeZone) === date).map((m) => m.value);
    return `${weekdayOf(date)} ${values.length ? values.join(", ") : "–"}`;
  });
  return byDay.join(" · ");
}

/** `question` (from a /mood picker) keeps one mood per question; otherwise one per platform event. */
async function saveMood(ctx: HandlerContext, value: number, note: string, question?: string): Promise<Reply[]> {
  if (isTooLong(note)) return [kindError(TOO_LONG)];
  const sourceEventId = question ?? ctx.event.eventId;
  const { value: kept, created } = await ctx.deps.repos.moods.add(ctx.user.id, { value, at: ctx.now, ...(sourceEventId ? { sourceEventId } : {}) });
  if (question && !created) return [reply(`You already answered this one (mood ${kept.value}). /mood asks again.`)];
  const time = DateTime.fromJSDate(ctx.now, { zone: ctx.user.timeZone }).toFormat("HH:mm");
  const out = [reply(`Noted: mood ${value} at ${time}. /mood shows your last week, /mood undo takes it back.`)];
  // Words after the number are writing: kept whole in the journal, not squeezed into a mood.
  if (note) out.push(...(await writeJournalEntry(ctx, note)));
  return out;
}

/** `/mood`, `/mood 6`, `/mood 6 tired but ok`, `/mood undo`; the history is the person's to see and correct. */
export async function logMood(ctx: HandlerContext, args: string): Promise<Reply[]> {
  if (!args) {
    const asked = ctx.now.getTime().toString(36);
    return [reply(`How are you feeling right now? (1 = very low, 10 = very good)\nLast 7 days: ${await lastWeek(ctx)}`, { kind: "prompt", buttons: moodButtons(asked) })];
  }
  if (/^(?:undo|remove|delete)$/iu.test(args)) {
    const removed = await ctx.deps.repos.moods.removeLatestLogged(ctx.user.id);
    if (!removed) return [reply("There's no mood from /mood to take back. (Check-in answers stay with their check-in.)")];
    const when = DateTime.fromJSDate(removed.at, { zone: ctx.user.timeZone }).toFormat("ccc HH:mm");
    return [reply(`Took back mood ${removed.value} from ${when}.`)];
  }
  if (/^(?:history|week)$/iu.test(args)) return [reply(`Your last 7 days: ${await lastWeek(ctx)}`)];
  const match = /^(\d{1,2})(?:\s*\/\s*10)?(?:\s+([\s\S]*))?$/u.exec(args);
  const value = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(value) || value < 1 || value > 10) return [kindError(`${USAGE} Nothing was saved.`)];
  return saveMood(ctx, value, (match![2] ?? "").trim());
}

/** `mood.set:<1-10>:<asked>` buttons under `/mood` (older ones have no `asked`). */
export const pressMood: PressHandler = async (ctx, action) => {
  const [verb, value, asked] = action.split(":");
  const mood = Number(value);
  if (verb !== "set" || !Number.isInteger(mood) || mood < 1 || mood > 10) return [kindError("That button has expired. /mood asks again.")];
  // A double tap, or the same picker pressed again later, finds the mood it already gave.
  return saveMood(ctx, mood, "", asked && /^[a-z0-9]{1,12}$/.test(asked) ? `mood-picker:${asked}` : undefined);
};
