import { kindError, reply, type HandlerContext } from "../../context";
import type { PressHandler } from "../../router";
import type { Reply } from "../../replies";
import { takeAskedText } from "./ask-to-keep";
import { askToDelete, deleteEntry, editEntry, starEntry } from "./edit-journal-entry";
import { listJournal, listTags, searchJournal, showEntry } from "./list-journal";
import { writeJournalEntry } from "./write-journal-entry";

/**
 * `/journal` lists; `/journal <verb> ...` manages entries; `/journal <anything else>` is an entry.
 * A verb only counts where its argument fits ("/journal star 3", not "/journal star gazing tonight").
 */
export async function journalCommand(ctx: HandlerContext, args: string): Promise<Reply[]> {
  if (!args) return listJournal(ctx);
  const [verb = "", ...restWords] = args.split(/\s+/);
  const rest = args.slice(verb.length).trim();
  const numbered = /^#?\d{1,9}\b/u.test(rest);
  switch (verb.toLowerCase()) {
    case "search":
    case "find":
      if (rest) return searchJournal(ctx, rest);
      break;
    case "tags":
      if (!rest) return listTags(ctx);
      break;
    case "list":
      if (!rest) return listJournal(ctx);
      break;
    case "show":
    case "read":
      if (numbered && restWords.length === 1) return showEntry(ctx, rest);
      break;
    case "edit":
      if (numbered) return editEntry(ctx, rest);
      break;
    case "star":
      if (numbered && restWords.length === 1) return starEntry(ctx, rest, true);
      break;
    case "unstar":
      if (numbered && restWords.length === 1) return starEntry(ctx, rest, false);
      break;
    case "delete":
    case "remove":
      if (numbered && restWords.length === 1) return askToDelete(ctx, rest);
      break;
  }
  return writeJournalEntry(ctx, args);
}

/** `journal.*` buttons: keep or drop an asked-about message, star, confirm a delete. */
export const pressJournal: PressHandler = async (ctx, action) => {
  const [verb = "", value = ""] = action.split(":");
  switch (verb) {
    case "keep": {
      const asked = await takeAskedText(ctx);
      if (!asked) return [kindError("That question has passed. Anything you write now is kept in your journal.")];
      return writeJournalEntry(ctx, asked.text, null, asked.eventId);
    }
    case "drop":
      await takeAskedText(ctx);
      return [reply("Okay, I didn't keep it. /commands shows what I can do.")];
    case "star":
      return starEntry(ctx, value, true);
    case "delete":
      return /^\d{1,9}$/.test(value) ? deleteEntry(ctx, Number(value)) : [kindError("That button has expired. /journal shows your entries.")];
    case "keepentry":
      return [reply("Okay, it stays in your journal.")];
    default:
      return [kindError("That button has expired. /journal shows your entries.")];
  }
};
