import { DateTime } from "luxon";
import { preview } from "../journal/entry-text";
import { goalLines } from "../goals/goal-text";
import { describePattern, NO_PATTERNS, PATTERNS_CAVEAT } from "../patterns/find-patterns";
import type { SummaryData } from "./collect-summary-data";
import { dateRange } from "./local-days";
import { habitFigures, moodFigures, moodLine, plural, sleepFigures } from "./summary-figures";

// The chat text stays within one message on every platform; the file has everything.
const WINS_SHOWN = 7;
const ITEMS_SHOWN = 5;
const TAGS_SHOWN = 8;
const LINE_LENGTH = 80;

export function summaryTitle(data: SummaryData): string {
  const { dates } = data.period;
  return `Between sessions: ${dateRange(dates[0]!, dates[dates.length - 1]!)} (${plural(dates.length, "day")})`;
}

const day = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toFormat("ccc d LLL");

/** The summary as a chat message: short lines, the first words of long texts (the file has them whole). */
export function writeSummaryText(data: SummaryData): string {
  const zone = data.user.timeZone;
  const lines = [summaryTitle(data), ""];
  const mood = moodFigures(data);
  lines.push(mood ? `Mood: ${moodLine(mood, data.period.dates.length)}.` : "Mood: none noted in this period.");
  const sleep = sleepFigures(data);
  if (sleep) lines.push(`Sleep: about ${sleep.average.toFixed(1)} hours a night (${plural(sleep.nights, "night")} noted).`);
  const habits = habitFigures(data);
  if (habits.length) lines.push("", "Habits:", ...habits.map((h) => `• ${h.name}: ${h.text}`));
  if (data.goals.length) lines.push("", "Goals:", ...data.goals.flatMap((goal) => goalLines({ ...goal, text: preview(goal.text, LINE_LENGTH) }, false).map((line) => `• ${line}`)));
  lines.push("", data.wins.length ? `Wins (${data.wins.length}):` : "Wins: none logged this time, and that's okay.");
  for (const win of data.wins.slice(-WINS_SHOWN)) lines.push(`• ${day(win.createdAt, zone)}: ${preview(win.text, LINE_LENGTH)}`);
  if (data.wins.length > WINS_SHOWN) lines.push(`• …and ${data.wins.length - WINS_SHOWN} earlier ones in the file.`);
  if (data.notes.length || data.starred.length) {
    lines.push("", "For your session:");
    for (const note of data.notes.slice(0, ITEMS_SHOWN)) lines.push(`• Note: ${preview(note.text, LINE_LENGTH)}`);
    for (const entry of data.starred.slice(0, ITEMS_SHOWN)) lines.push(`• ★ Entry ${entry.number} (${day(entry.createdAt, zone)}): ${preview(entry.text, LINE_LENGTH)}`);
    const more = Math.max(0, data.notes.length - ITEMS_SHOWN) + Math.max(0, data.starred.length - ITEMS_SHOWN);
    if (more) lines.push(`• …and ${more} more in the file.`);
  }
  if (data.tagCounts.length) {
    lines.push("", `Tags: ${data.tagCounts.slice(0, TAGS_SHOWN).map(([tag, n]) => `#${tag} ×${n}`).join(", ")}`);
  }
  lines.push("", `Patterns (last ${data.patternDates.length} days):`);
  if (data.patterns.length) lines.push(...data.patterns.map((p) => `• ${describePattern(p)}`), PATTERNS_CAVEAT);
  else lines.push(NO_PATTERNS);
  return lines.join("\n");
}
