import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { isTooLong } from "../../text/clean-input";
import { preview } from "../journal/entry-text";
import { TOO_LONG } from "../journal/write-journal-entry";

const NOTES_SHOWN = 20;

async function listNotes(ctx: HandlerContext): Promise<Reply[]> {
  const since = ctx.user.lastSummaryAt ?? undefined;
  const notes = await ctx.deps.repos.notes.list(ctx.user.id, since ? { since } : {});
  if (notes.length === 0) {
    const when = since ? " since your last summary" : "";
    return [reply(`No notes for your session${when}. /tosession <note> keeps one, like /tosession ask about the nightmares.`)];
  }
  const lines = notes.slice(-NOTES_SHOWN).map((note) => {
    const day = DateTime.fromJSDate(note.createdAt, { zone: ctx.user.timeZone }).toFormat("ccc d LLL");
    return `${note.number} · ${day}: ${preview(note.text)}`;
  });
  return [reply([`For your next session${since ? " (since your last summary)" : ""}:`, ...lines, "", "/summary brings them all; /tosession remove 2 takes one out."].join("\n"))];
}

/** `/tosession <note>` keeps a note for the next session; `/tosession` lists; `/tosession remove 2`. */
export async function addSessionNote(ctx: HandlerContext, args: string): Promise<Reply[]> {
  if (!args) return listNotes(ctx);
  const remove = /^(?:remove|delete)\s+#?(\d{1,9})$/iu.exec(args);
  if (remove) {
    const removed = await ctx.deps.repos.notes.remove(ctx.user.id, Number(remove[1]));
    return [removed ? reply(`Note ${remove[1]} is removed.`) : kindError(`I can't find note ${remove[1]}. /tosession lists your notes. Nothing was changed.`)];
  }
  if (isTooLong(args)) return [kindError(TOO_LONG)];
  if (!/[\p{L}\p{N}]/u.test(args)) return [kindError("What would you like to bring up? A few words are enough, like /tosession sleep has been hard. Nothing was saved.")];
  const { value: note } = await ctx.deps.repos.notes.add(ctx.user.id, args, ctx.now, ctx.event.eventId);
  return [reply(`Kept for your next session (note ${note.number}). /summary brings it, with your starred journal entries.`)];
}
