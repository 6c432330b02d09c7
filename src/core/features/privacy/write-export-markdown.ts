import { DateTime } from "luxon";
import { PLAN_SECTIONS } from "../safety/safety-plan";
import { SECTION_TITLES } from "../safety/build-safety-response";
import { DAY_NAMES } from "../sessions/session-schedule";
import type { PersonalData } from "./personal-data";

/** "2027-03-10 08:00" on the person's own clock. */
function localStamp(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant, { zone: timeZone }).toFormat("yyyy-MM-dd HH:mm");
}

/** Entries are quoted, so each reads as one block of the person's own words between the headings. */
function quoteLines(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

function section(title: string, lines: string[], empty: string): string[] {
  return [`## ${title}`, "", ...(lines.length ? lines : [empty]), ""];
}

/** A readable copy of the export, for the person (and, if they choose, their therapist). */
export function writeExportMarkdown(data: PersonalData): string {
  const zone = data.profile.timeZone;
  const at = (instant: string) => localStamp(instant, zone);
  const plan = PLAN_SECTIONS.flatMap((key) => {
    const items = data.safetyPlan.filter((item) => item.section === key).sort((a, b) => a.position - b.position);
    return items.length ? [`**${SECTION_TITLES[key]}**`, ...items.map((item) => `- ${item.text}${item.contact ? ` (${item.contact})` : ""}`), ""] : [];
  });
  const habitLines = data.habits.map(
    (habit) => `- ${habit.name}${habit.archivedAt ? " (archived)" : ""}: done on ${habit.ticks.length} day${habit.ticks.length === 1 ? "" : "s"}${habit.ticks.length ? ` (${habit.ticks.join(", ")})` : ""}`,
  );
  const goalLines = data.goals.flatMap((goal) => [
    `- ${goal.number}. ${goal.text}${goal.doneAt ? ` (done ${at(goal.doneAt)})` : ""}`,
    ...goal.steps.map((step) => `  - ${step.doneAt ? "[x]" : "[ ]"} ${step.text}`),
  ]);
  return [
    "# Everything Between keeps about you",
    "",
    `Exported ${at(data.exportedAt)} (${zone}), from ${data.platform}. Times are on your clock.`,
    "This copy is not encrypted: keep it somewhere safe. The JSON file beside it can be imported into another Between with /import.",
    "",
    ...section("Your safety plan", plan, "No safety plan yet."),
    ...section(
      "Journal",
      data.journal.flatMap((entry) => [
        `### ${entry.number}. ${at(entry.createdAt)}${entry.starred ? " ★" : ""}${entry.tags.length ? ` ${entry.tags.map((t) => `#${t}`).join(" ")}` : ""}`,
        "",
        quoteLines(entry.text),
        "",
      ]),
      "No journal entries.",
    ),
    ...section("Wins", data.wins.map((win) => `- ${at(win.createdAt)}: ${win.text}`), "No wins logged."),
    ...section("Moods (1 to 10)", data.moods.map((mood) => `- ${at(mood.at)}: ${mood.value}${mood.fromCheckIn ? " (check-in)" : ""}`), "No moods noted."),
    ...section("Sleep", data.sleep.map((night) => `- ${night.localDate}: ${night.hours} h`), "No sleep noted."),
    ...section("Habits", habitLines, "No habits."),
    ...section("Goals", goalLines, "No goals."),
    ...section("For your next session", data.sessionNotes.map((note) => `- ${at(note.createdAt)}: ${note.text}`), "No notes."),
    ...section(
      "Therapy sessions",
      data.sessions.map((session) =>
        session.weekday === null
          ? `- ${session.number}. ${at(session.startsAt)}`
          : `- ${session.number}. weekly on ${DAY_NAMES[session.weekday - 1]} at ${session.localTime}, since ${at(session.startsAt).slice(0, 10)}${session.cancelledDates.length ? ` (cancelled: ${session.cancelledDates.join(", ")})` : ""}`,
      ),
      "No sessions.",
    ),
    ...section(
      "Settings",
      [
        `- Time zone: ${zone}; country: ${data.profile.country ?? "not set"}`,
        `- Check-ins: ${data.checkInTimes.map((slot) => slot.localTime).join(", ") || "none"}`,
        `- Quiet hours: ${data.profile.quietStart && data.profile.quietEnd ? `${data.profile.quietStart}-${data.profile.quietEnd}` : "none"}`,
        `- Old entries erased after: ${data.profile.retentionDays ? `${data.profile.retentionDays} days` : "never (kept until you delete them)"}`,
      ],
      "",
    ),
  ].join("\n");
}
