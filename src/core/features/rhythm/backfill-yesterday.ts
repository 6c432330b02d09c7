import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { isTooLong } from "../../text/clean-input";
import { TOO_LONG, extractTags } from "../journal/write-journal-entry";
import { matchMoodMessage } from "../moods/log-mood";

/** Backfilled entries sit at midday of the previous local date. */
const MIDDAY = { hour: 12, minute: 0, second: 0, millisecond: 0 };

/**
 * "yesterday: mood 4", "yesterday mood 4" -> `mood:4`; "yesterday: <words>" -> `text:<words>`.
 * Plain writing that merely starts with "yesterday" (no colon) stays ordinary journal writing.
 */
export function matchBackfill(text: string): string | null {
  const mood = /^yesterday\s*[:,-]?\s*(mood\b[\s\S]*)$/iu.exec(text.trim());
  if (mood && matchMoodMessage(mood[1]!) !== null) return `mood:${matchMoodMessage(mood[1]!)}`;
  const entry = /^yesterday\s*:\s*([\s\S]*\S[\s\S]*)$/iu.exec(text.trim());
  return entry ? `text:${entry[1]!.trim()}` : null;
}

/** Keeps a mood or a journal entry for the person's previous local date (once per platform event). */
export async function backfillYesterday(ctx: HandlerContext, matched: string): Promise<Reply[]> {
  const yesterday = DateTime.fromJSDate(ctx.now, { zone: ctx.user.timeZone }).minus({ days: 1 }).set(MIDDAY);
  const at = yesterday.toJSDate();
  const day = yesterday.toFormat("cccc d LLL");
  const source = ctx.event.eventId ? { sourceEventId: ctx.event.eventId } : {};
  if (matched.startsWith("mood:")) {
    const value = Number(matched.slice(5));
    if (!Number.isInteger(value) || value < 1 || value > 10) {
      return [kindError("A mood is a number from 1 (very low) to 10 (very good), like: yesterday: mood 4. Nothing was saved.")];
    }
    await ctx.deps.repos.moods.add(ctx.user.id, { value, at, ...source });
    return [reply(`Noted for yesterday (${day}): mood ${value}. /mood shows your last week.`)];
  }
  const text = matched.slice(5);
  if (isTooLong(text)) return [kindError(TOO_LONG)];
  const { value: entry } = await ctx.deps.repos.journal.add(ctx.user.id, { text, at, checkInId: null, tags: extractTags(text), ...source });
  return [
    reply(`Saved to your journal for yesterday, ${day} (entry ${entry.number}).`, {
      buttons: [[{ id: `journal.star:${entry.number}`, label: "★ Star for my session" }]],
    }),
  ];
}
