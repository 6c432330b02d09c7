import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { entryLine, readNumber } from "./entry-text";

const ENTRIES_SHOWN = 10;
const MATCHES_SHOWN = 10;
const TAG_WINDOW_DAYS = 90;
const TAGS_SHOWN = 20;
const HOW =
  "/journal show 3 shows an entry whole, /journal edit 3 <new text>, /journal star 3 (for your session), /journal delete 3, /journal search <words>, /journal tags.";

/** `/journal` with no words: the latest entries, newest first. */
export async function listJournal(ctx: HandlerContext): Promise<Reply[]> {
  const entries = await ctx.deps.repos.journal.list(ctx.user.id, { limit: ENTRIES_SHOWN });
  if (entries.length === 0) {
    return [reply("Your journal is empty so far. Anything you write to me is kept here; #tags help you spot themes later.")];
  }
  const lines = entries.map((entry) => entryLine(entry, ctx.user.timeZone));
  return [reply([`Your latest journal entries:`, ...lines, "", HOW].join("\n"))];
}

/** `/journal search <words>`: entries with every word, any case; a #tag finds that tag. */
export async function searchJournal(ctx: HandlerContext, query: string): Promise<Reply[]> {
  const words = query.split(/\s+/).filter(Boolean).slice(0, 10);
  if (words.length === 0) return [kindError("What should I look for? For example /journal search sleep, or /journal search #work.")];
  const found = await ctx.deps.repos.journal.search(ctx.user.id, words, MATCHES_SHOWN);
  if (found.length === 0) return [reply(`No entries with "${query.slice(0, 60)}".`)];
  const more = found.length === MATCHES_SHOWN ? ` (the latest ${MATCHES_SHOWN})` : "";
  return [reply([`Entries with "${query.slice(0, 60)}"${more}:`, ...found.map((e) => entryLine(e, ctx.user.timeZone))].join("\n"))];
}

/** `/journal show 3`: one entry, whole. */
export async function showEntry(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const number = readNumber(args);
  const entry = number === null ? null : await ctx.deps.repos.journal.find(ctx.user.id, number);
  if (!entry) return [kindError(`I can't find entry "${args.slice(0, 20)}". /journal lists your entries with their numbers.`)];
  const when = DateTime.fromJSDate(entry.createdAt, { zone: ctx.user.timeZone }).toFormat("cccc d LLLL yyyy, HH:mm");
  const edited = entry.editedAt ? " (edited)" : "";
  const star = entry.starred ? " ★ for your session" : "";
  return [reply(`Entry ${entry.number}, ${when}${edited}${star}\n\n${entry.text}`)];
}

/** `/journal tags`: the tags used in the last 90 days, most used first. */
export async function listTags(ctx: HandlerContext): Promise<Reply[]> {
  const since = new Date(ctx.now.getTime() - TAG_WINDOW_DAYS * 86_400_000);
  const rows = await ctx.deps.repos.journal.tagsBetween(ctx.user.id, since, new Date(ctx.now.getTime() + 1));
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  if (counts.size === 0) return [reply("No #tags in the last 90 days. Add one anywhere in an entry, like #work or #sleep, to spot themes later.")];
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TAGS_SHOWN);
  return [reply(["Your tags in the last 90 days:", ...sorted.map(([tag, n]) => `#${tag}: ${n} ${n === 1 ? "entry" : "entries"}`)].join("\n"))];
}
