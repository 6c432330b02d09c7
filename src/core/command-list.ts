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
import { listWins } from "./features/wins/list-wins";
import { logWin } from "./features/wins/log-win";
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
    { name: "skip", summary: "Skip today's check-ins, no catching up", handle: (ctx) => skipToday(ctx) },
    {
      name: "quiet",
      summary: "Set quiet hours, when snoozed check-ins wait",
      usage: "quiet 22:00-07:00",
      argument: { name: "hours", description: "e.g. 22:00-07:00, or off", required: false },
      handle: setQuietHours,
    },
    { name: "commands", summary: "Everything I can do", handle: (ctx) => listCommandsHandler(ctx) },
  ];
  const table = buildCommandTable(commands);
  const listCommandsHandler = listCommands(() => table.list);
  return table;
}
