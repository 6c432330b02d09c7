import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { isTooLong } from "../../text/clean-input";
import { preview, readNumber } from "./entry-text";
import { extractTags, TOO_LONG } from "./write-journal-entry";

const notFound = (what: string) => kindError(`I can't find entry "${what.slice(0, 20)}". /journal lists your entries with their numbers. Nothing was changed.`);

/** `/journal edit 3 <new text>`: replaces the text (and its #tags); the date stays. */
export async function editEntry(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const match = /^(\S+)\s+([\s\S]+)$/u.exec(args);
  const number = match ? readNumber(match[1]!) : null;
  if (!match || number === null) return [kindError("Which entry, and what should it say? For example /journal edit 3 I slept better than I thought. Nothing was changed.")];
  const text = match[2]!.trim();
  if (isTooLong(text)) return [kindError(TOO_LONG.replace("Nothing was saved.", "Nothing was changed."))];
  const entry = await ctx.deps.repos.journal.update(ctx.user.id, number, { text, tags: extractTags(text), editedAt: ctx.now });
  if (!entry) return [notFound(match[1]!)];
  return [reply(`Entry ${entry.number} now reads: ${preview(entry.text, 80)}`)];
}

/** `/journal star 3` (or the button under a saved entry): marks it to bring to the next session. */
export async function starEntry(ctx: HandlerContext, args: string, starred = true): Promise<Reply[]> {
  const number = readNumber(args);
  const entry = number === null ? null : await ctx.deps.repos.journal.find(ctx.user.id, number);
  if (!entry) return [notFound(args)];
  if (entry.starred === starred) {
    return [reply(starred ? `Entry ${entry.number} is already starred for your session.` : `Entry ${entry.number} wasn't starred.`)];
  }
  await ctx.deps.repos.journal.update(ctx.user.id, entry.number, { starred, starredAt: starred ? ctx.now : null });
  return [
    reply(
      starred
        ? `★ Entry ${entry.number} is starred: your next /summary brings it, for your session.`
        : `Entry ${entry.number} is no longer starred.`,
    ),
  ];
}

/** `/journal delete 3`: asks first, since a deleted entry is gone for good. */
export async function askToDelete(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const number = readNumber(args);
  const entry = number === null ? null : await ctx.deps.repos.journal.find(ctx.user.id, number);
  if (!entry) return [notFound(args)];
  return [
    reply(`Delete entry ${entry.number} ("${preview(entry.text, 60)}")? It can't be brought back.`, {
      kind: "prompt",
      buttons: [[{ id: `journal.delete:${entry.number}`, label: "Delete it" }, { id: "journal.keepentry", label: "Keep it" }]],
    }),
  ];
}

export async function deleteEntry(ctx: HandlerContext, number: number): Promise<Reply[]> {
  const removed = await ctx.deps.repos.journal.remove(ctx.user.id, number);
  return [removed ? reply(`Entry ${number} is deleted.`) : kindError(`Entry ${number} isn't there any more.`)];
}
