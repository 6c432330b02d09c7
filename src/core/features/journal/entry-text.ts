import { DateTime } from "luxon";
import type { JournalEntry } from "../../model";

const PREVIEW_LENGTH = 100;

/** The first words of an entry on one line, for lists. */
export function preview(text: string, length = PREVIEW_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** "12 · Tue 9 Mar 21:14 ★: first words…" in the person's time zone. */
export function entryLine(entry: JournalEntry, timeZone: string): string {
  const when = DateTime.fromJSDate(entry.createdAt, { zone: timeZone }).toFormat("ccc d LLL HH:mm");
  return `${entry.number} · ${when}${entry.starred ? " ★" : ""}: ${preview(entry.text)}`;
}

/** Reads the entry number in "12", "#12" or "entry 12"; null if there is none. */
export function readNumber(text: string): number | null {
  const match = /^(?:entry\s+|no\.?\s*|#)?(\d{1,9})$/iu.exec(text.trim());
  return match ? Number(match[1]) : null;
}
