import { listCommands } from "./features/commands/list-commands";
import { setCheckInTimes } from "./features/check-ins/set-check-in-times";
import { pauseCheckIns, resumeCheckIns } from "./features/settings/pause-check-ins";
import { setQuietHours } from "./features/settings/set-quiet-hours";
import { skipToday } from "./features/check-ins/answer-check-in";
import { setCountry } from "./features/settings/set-country";
import { setTimeZone } from "./features/settings/set-time-zone";
import { editPlan } from "./features/safety/edit-plan";
import { answerSafetyCommand } from "./features/safety/answer-safety-command";
import { startOnboarding } from "./features/start/start-onboarding";
import { goalCommand } from "./features/goals/goal-command";
import { listGoals } from "./features/goals/list-goals";
import { habitCommand } from "./features/habits/habit-command";
import { listHabits } from "./features/habits/list-habits";
import { tickHabit } from "./features/habits/tick-habit";
import { journalCommand } from "./features/journal/journal-command";
import { logMood } from "./features/moods/log-mood";
import { showPatterns } from "./features/patterns/show-patterns";
import { addSessionNote } from "./features/summary/add-session-note";
import { listSessions, sessionCommand } from "./features/sessions/session-command";
import { setVacation } from "./features/rhythm/set-vacation";
import { sendSummary } from "./features/summary/send-summary";
import { setWeeklyRecap } from "./features/summary/weekly-recap";
import { listWins } from "./features/wins/list-wins";
import { logWin } from "./features/wins/log-win";
import { askToDelete } from "./features/privacy/delete-data";
import { exportData } from "./features/privacy/export-data";
import { importData } from "./features/privacy/import-data";
import { setRetention } from "./features/privacy/retention";
import { buildCommandTable, type Command, type CommandTable } from "./router";

/** The one command table, in the order `/commands` and the platforms' menus show it. */
export function createCommandTable(): CommandTable {
  const commands: Command[] = [
    { name: "safety", summary: "Your safety plan and crisis lines, right now", handle: answerSafetyCommand },
    {
      name: "plan",
      summary: "Build or change your safety plan",
      usage: "plan",
      argument: { name: "change", description: "e.g. add coping: a walk; edit 2 ...; remove 3", required: false },
      handle: editPlan,
    },
    { name: "start", summary: "What I am (and am not), and a quick set-up", handle: startOnboarding },
    {
      name: "checkin",
      summary: "Set your daily check-in time(s)",
      usage: "checkin 08:30",
      argument: { name: "time", description: "e.g. 08:30, add 21:00, remove 21:00, off", required: false },
      handle: setCheckInTimes,
    },
    {
      name: "win",
      summary: "Log a win, however small",
      usage: "win made my bed",
      argument: { name: "text", description: "What went well", required: true },
      handle: logWin,
    },
    { name: "wins", summary: "Your wins, week by week", handle: (ctx) => listWins(ctx) },
    {
      name: "journal",
      summary: "Write in your journal, or list, search, star, edit and delete entries",
      usage: "journal slept badly #sleep",
      argument: { name: "text", description: "An entry, or: search <words>, show 3, edit 3 <text>, star 3, delete 3, tags", required: false },
      handle: journalCommand,
    },
    {
      name: "mood",
      summary: "Note your mood now, from 1 to 10",
      usage: "mood 6",
      argument: { name: "mood", description: "1 (very low) to 10 (very good), optionally with a few words; or undo", required: false },
      handle: logMood,
    },
    {
      name: "done",
      summary: "Tick a habit for today (once a day)",
      usage: "done walk",
      argument: { name: "habit", description: "The habit's name; add 'yesterday' for yesterday", required: true },
      handle: (ctx, args) => tickHabit(ctx, args, "command"),
    },
    { name: "habits", summary: "Your habits as days done in the last 7 and 30 days", handle: (ctx) => listHabits(ctx) },
    {
      name: "habit",
      summary: "Add, rename or archive a habit, or pick from a starter set",
      usage: "habit add walk",
      argument: { name: "change", description: "add walk, rename walk to evening walk, archive walk, undo walk, starter", required: false },
      handle: habitCommand,
    },
    {
      name: "goal",
      summary: "Add a small goal with steps, tick steps, mark it done",
      usage: "goal add call the GP; find the number",
      argument: { name: "change", description: "add <goal>; <step>, tick 1.2, done 1, step 1 <step>, remove 1, nudge off", required: false },
      handle: goalCommand,
    },
    { name: "goals", summary: "Your goals and their progress", handle: (ctx) => listGoals(ctx) },
    {
      name: "tosession",
      summary: "Keep a note to bring to your next session",
      usage: "tosession ask about the nightmares",
      argument: { name: "note", description: "What you want to bring up (empty: list your notes)", required: false },
      handle: addSessionNote,
    },
    {
      name: "session",
      summary: "Your therapy sessions: book, list, move or cancel (I help you prepare the day before)",
      usage: "session weekly Tue 17:00",
      argument: { name: "when", description: "e.g. next Tuesday 17:00, weekly Tue 17:00, move 1 fri 17:30, cancel 1, prep 19:00", required: false },
      handle: sessionCommand,
    },
    { name: "sessions", summary: "Your upcoming therapy sessions", handle: (ctx) => listSessions(ctx) },
    {
      name: "summary",
      summary: "Your between-sessions summary: chart, habits, goals, wins, notes",
      usage: "summary 14",
      argument: { name: "days", description: "How many days (default: since your last summary, or 7)", required: false },
      handle: sendSummary,
    },
    {
      name: "patterns",
      summary: "Habits and #tags that went with higher or lower mood",
      usage: "patterns",
      argument: { name: "days", description: "How many days to look at (default 28)", required: false },
      handle: showPatterns,
    },
    {
      name: "recap",
      summary: "A weekly recap of wins and habits, at a time you pick (off by default)",
      usage: "recap sun 18:00",
      argument: { name: "when", description: "e.g. sun 18:00, or off", required: false },
      handle: setWeeklyRecap,
    },
    {
      name: "timezone",
      summary: "Set your time zone (a city, zone name or UTC offset)",
      usage: "timezone Europe/Berlin",
      argument: { name: "zone", description: "e.g. Berlin, Europe/Berlin, UTC+2", required: false },
      handle: setTimeZone,
    },
    {
      name: "country",
      summary: "Set your country, for the right crisis lines",
      usage: "country DE",
      argument: { name: "country", description: "e.g. Germany or DE", required: false },
      handle: setCountry,
    },
    {
      name: "pause",
      summary: "Pause check-ins, for a while or until you resume",
      usage: "pause 3d",
      argument: { name: "duration", description: "e.g. 12h, 3d, 2w (empty: until /resume)", required: false },
      handle: pauseCheckIns,
    },
    { name: "resume", summary: "Start check-ins again", handle: (ctx) => resumeCheckIns(ctx) },
    {
      name: "vacation",
      summary: "A break until a date: no check-ins or session prep, /safety still works",
      usage: "vacation until 2027-01-04",
      argument: { name: "until", description: "e.g. until 2027-01-04, until 4 Jan, or off", required: false },
      handle: setVacation,
    },
    { name: "skip", summary: "Skip today's check-ins, no catching up", handle: (ctx) => skipToday(ctx) },
    {
      name: "quiet",
      summary: "Set quiet hours, when snoozed check-ins wait",
      usage: "quiet 22:00-07:00",
      argument: { name: "hours", description: "e.g. 22:00-07:00, or off", required: false },
      handle: setQuietHours,
    },
    { name: "export", summary: "Everything I keep about you, as files (JSON and readable Markdown)", handle: (ctx) => exportData(ctx) },
    { name: "import", summary: "Bring in an export from another Between (send the JSON file with /import)", handle: (ctx) => importData(ctx) },
    { name: "delete", summary: "Erase everything you've written here (asks you to confirm)", handle: (ctx) => askToDelete(ctx) },
    {
      name: "retention",
      summary: "Erase entries older than a number of days (off by default)",
      usage: "retention 90",
      argument: { name: "days", description: "e.g. 90, or off", required: false },
      handle: setRetention,
    },
    { name: "commands", summary: "Everything I can do", handle: (ctx) => listCommandsHandler(ctx) },
  ];
  const table = buildCommandTable(commands);
  const listCommandsHandler = listCommands(() => table.list);
  return table;
}
