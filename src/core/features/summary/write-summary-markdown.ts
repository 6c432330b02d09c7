import { DateTime } from "luxon";
import { goalLines } from "../goals/goal-text";
import { describePattern, NO_PATTERNS, PATTERNS_CAVEAT } from "../patterns/find-patterns";
import type { SummaryData } from "./collect-summary-data";
import { shortDate } from "./local-days";
import { habitFigures, moodFigures, moodLine, plural, sleepFigures } from "./summary-figures";
import { summaryTitle } from "./write-summary-text";

/** A cell of a Markdown table: pipes and line breaks would break the row. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
/** The person's words as a quote, whole, every line. */
const quote = (text: string) => text.split("\n").map((line) => `> ${line}`).join("\n");

/** The file to share with a therapist: everything in the summary, with long texts kept whole. */
export function writeSummaryMarkdown(data: SummaryData): string {
  const zone = data.user.timeZone;
  const at = (date: Date, format = "ccc d LLL") => DateTime.fromJSDate(date, { zone }).toFormat(format);
  const habitNames = new Map(data.habits.map((habit) => [habit.id, habit.name]));
  const out: string[] = [
    `# ${summaryTitle(data)}`,
    "",
    `What I noted between sessions with Between, a self-help companion app. Written ${at(data.period.end, "d LLLL yyyy, HH:mm")} (${zone}). Not a clinical assessment.`,
    "",
    `Period covered: ${at(data.period.start, "ccc d LLLL yyyy, HH:mm")} to ${at(data.period.end, "ccc d LLLL yyyy, HH:mm")}${data.sinceSession ? " (since my last session)" : ""}.`,
    ...(data.leftOut ? ["", `${plural(data.leftOut, "item")} left out at my request.`] : []),
    "",
    "## Mood",
  ];
  const mood = moodFigures(data);
  out.push(mood ? `Mood (1 = very low, 10 = very good): ${moodLine(mood, data.period.dates.length)}.` : "No moods noted in this period.");
  const sleep = sleepFigures(data);
  if (sleep) out.push("", `Sleep: about ${sleep.average.toFixed(1)} hours a night (${plural(sleep.nights, "night")} noted).`);
  out.push("", "| Day | Mood | Sleep | Habits done |", "| --- | --- | --- | --- |");
  for (const day of data.days) {
    const moods = day.moods.length ? day.moods.join(", ") : "–";
    const habits = [...day.habitIds].map((id) => habitNames.get(id)).filter(Boolean).join(", ") || "–";
    out.push(`| ${shortDate(day.date)} | ${moods} | ${day.sleep === null ? "–" : `${day.sleep} h`} | ${cell(habits)} |`);
  }
  const habits = habitFigures(data);
  out.push("", "## Habits", ...(habits.length ? habits.map((h) => `- ${h.name}: ${h.text}`) : ["No habits tracked."]));
  // "- 1. ..." would start a nested numbered list in Markdown: goals are written "Goal 1: ...".
  const goalItem = (line: string) => (line.startsWith("   ") ? `    - ${line.trim()}` : `- ${line.replace(/^(\d+)\. /, "Goal $1: ")}`);
  out.push("", "## Goals", ...(data.goals.length ? data.goals.flatMap((goal) => goalLines(goal).map(goalItem)) : ["No goals."]));
  out.push("", "## Wins");
  if (data.wins.length === 0) out.push("None logged this time.");
  for (const win of data.wins) out.push("", `**${at(win.createdAt)}**`, "", quote(win.text));
  out.push("", "## For my session");
  if (data.notes.length === 0 && data.starred.length === 0) out.push("Nothing marked.");
  for (const note of data.notes) out.push("", `**Note, ${at(note.createdAt)}**`, "", quote(note.text));
  for (const entry of data.starred) out.push("", `**★ Journal entry ${entry.number}, ${at(entry.createdAt, "ccc d LLL HH:mm")}**`, "", quote(entry.text));
  if (data.tagCounts.length) out.push("", "## Tags", data.tagCounts.map(([tag, n]) => `#${tag} (${n})`).join(", "));
  out.push("", `## Patterns (last ${data.patternDates.length} days)`);
  out.push(...(data.patterns.length ? [...data.patterns.map((p) => `- ${describePattern(p)}`), "", PATTERNS_CAVEAT] : [NO_PATTERNS]));
  return `${out.join("\n")}\n`;
}
