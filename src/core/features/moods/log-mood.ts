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

function moodButtons() {
  const button = (value: number) => ({ id: `mood.set:${value}`, label: String(value) });
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

async function saveMood(ctx: HandlerContext, value: number, note: string): Promise<Reply[]> {
  if (isTooLong(note)) return [kindError(TOO_LONG)];
  await ctx.deps.repos.moods.add(ctx.user.id, { value, at: ctx.now, ...(ctx.event.eventId ? { sourceEventId: ctx.event.eventId } : {}) });
  const time = DateTime.fromJSDate(ctx.now, { zone: ctx.user.timeZone }).toFormat("HH:mm");
  const out = [reply(`Noted: mood ${value} at ${time}. /mood shows your last week, /mood undo takes it back.`)];
  // Words after the number are writing: kept whole in the journal, not squeezed into a mood.
  if (note) out.push(...(await writeJournalEntry(ctx, note)));
  return out;
}

/** `/mood`, `/mood 6`, `/mood 6 tired but ok`, `/mood undo`; the history is the person's to see and correct. */
export async function logMood(ctx: HandlerContext, args: string): Promise<Reply[]> {
  if (!args) {
    return [reply(`How are you feeling right now? (1 = very low, 10 = very good)\nLast 7 days: ${await lastWeek(ctx)}`, { kind: "prompt", buttons: moodButtons() })];
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

/** `mood.set:<1-10>` buttons under `/mood`. */
export const pressMood: PressHandler = async (ctx, action) => {
  const [verb, value] = action.split(":");
  const mood = Number(value);
  if (verb !== "set" || !Number.isInteger(mood) || mood < 1 || mood > 10) return [kindError("That button has expired. /mood asks again.")];
  return saveMood(ctx, mood, "");
};
