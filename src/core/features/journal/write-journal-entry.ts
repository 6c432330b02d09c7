import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { isTooLong, MAX_MESSAGE_LENGTH } from "../../text/clean-input";

/** A reply to a check-in can come hours later; after this long it is simply a journal entry. */
export const CHECK_IN_REPLY_WINDOW_MS = 24 * 60 * 60_000;
const MAX_TAGS = 20;

/** `#sleep #work-stress` -> ["sleep", "work-stress"], lower case, each once. */
export function extractTags(text: string): string[] {
  const tags = [...text.matchAll(/(?:^|\s)#([\p{L}\p{N}_-]{1,40})/gu)].map((m) => m[1]!.toLowerCase());
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

export const TOO_LONG = `That's longer than I can keep in one piece (${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters). Could you send it in parts? Nothing was saved.`;

/**
 * Keeps a plain message as a journal entry, linked to the check-in it answers: the one given, or
 * else the newest check-in sent in the last day (so a reply after a new check-in joins the new one).
 * `sourceEventId` defaults to the event's own id, so a redelivered message is kept once.
 */
export async function writeJournalEntry(
  ctx: HandlerContext,
  text: string,
  checkInId: number | null = null,
  sourceEventId: string | undefined = ctx.event.eventId,
): Promise<Reply[]> {
  if (isTooLong(text)) return [kindError(TOO_LONG)];
  const linked =
    checkInId ?? (await ctx.deps.repos.checkIns.latestSent(ctx.user.id, new Date(ctx.now.getTime() - CHECK_IN_REPLY_WINDOW_MS)))?.id ?? null;
  const tags = extractTags(text);
  const { value: entry } = await ctx.deps.repos.journal.add(ctx.user.id, {
    text,
    at: ctx.now,
    checkInId: linked,
    tags,
    ...(sourceEventId ? { sourceEventId } : {}),
  });
  const tagged = entry.tags.length ? `, tagged ${entry.tags.map((t) => `#${t}`).join(" ")}` : "";
  const saved = linked
    ? `Saved to your journal, with today's check-in (entry ${entry.number}${tagged}). Thank you for writing it down.`
    : `Saved to your journal (entry ${entry.number}${tagged}).`;
  return [reply(saved, entry.starred ? {} : { buttons: [[{ id: `journal.star:${entry.number}`, label: "★ Star for my session" }]] })];
}
