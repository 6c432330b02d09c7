import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { parseLocalTime } from "../check-ins/parse-local-time";
import { addSession, NOTHING_CHANGED } from "./add-session";
import { cancelSession, moveSession } from "./change-session";
import { describeAppointment, describeInstant, onVacation, prepInstant, prepTimeOf } from "./session-schedule";

export const SESSION_USAGE =
  "You can say /session next Tuesday 17:00, /session weekly Tue 17:00, /session move 1 fri 17:30, /session cancel 1, or /session prep 19:00.";

/** `/sessions` (and `/session` alone): what is booked, in the person's time. */
export async function listSessions(ctx: HandlerContext): Promise<Reply[]> {
  const zone = ctx.user.timeZone;
  const upcoming = (await ctx.deps.repos.appointments.list(ctx.user.id))
    .filter((a) => a.nextStartsAt)
    .sort((a, b) => a.nextStartsAt!.getTime() - b.nextStartsAt!.getTime());
  if (upcoming.length === 0) {
    return [reply(`No sessions booked. Tell me when your next therapy session is, and I'll help you bring your week to it. ${SESSION_USAGE}`)];
  }
  const lines = [`Your sessions (${zone}):`];
  for (const a of upcoming) {
    lines.push(a.weekday !== null ? `${a.number} · ${describeAppointment(a, zone)} (next: ${describeInstant(a.nextStartsAt!, zone)})` : `${a.number} · ${describeInstant(a.nextStartsAt!, zone)}`);
  }
  const prepTime = await prepTimeOf(ctx.deps, ctx.user);
  lines.push("", `The day before each, at ${prepTime}, I send a short look at your week (/session prep 19:00 changes the time).`);
  if (onVacation(ctx.user, ctx.now)) {
    const back = DateTime.fromJSDate(ctx.user.vacationUntil!, { zone }).toFormat("cccc d LLLL");
    lines.push(`You're on a break until ${back}: no prep messages until then.`);
  }
  lines.push(`/session move ${upcoming[0]!.number} <when> or /session cancel ${upcoming[0]!.number} changes one.`);
  return [reply(lines.join("\n"))];
}

/** `/session prep [HH:MM|default]`: when the day-before message comes. */
async function setPrepTime(ctx: HandlerContext, value: string): Promise<Reply[]> {
  if (!value) {
    const current = await prepTimeOf(ctx.deps, ctx.user);
    const why = ctx.user.sessionPrepTime ? "" : " (your first check-in time, or 18:00 without check-ins)";
    return [reply(`The day before a session I send a short look at your week at ${current}${why}. /session prep 19:00 changes it.`)];
  }
  const reset = /^(default|reset|auto)$/i.test(value);
  const time = reset ? null : parseLocalTime(value);
  if (!reset && !time) return [kindError(`"${value.slice(0, 20)}" isn't a time I can read. Try /session prep 19:00 or /session prep 7pm. ${NOTHING_CHANGED}`)];
  const user = await ctx.deps.repos.users.update(ctx.user.id, { sessionPrepTime: time?.text ?? null });
  const prepTime = await prepTimeOf(ctx.deps, user);
  // Sessions already booked move their prep message to the new time.
  for (const a of await ctx.deps.repos.appointments.list(ctx.user.id)) {
    if (a.nextStartsAt) await ctx.deps.repos.appointments.update(ctx.user.id, a.id, { nextPrepAt: prepInstant(a.nextStartsAt, prepTime, user.timeZone, ctx.now) });
  }
  return [reply(`Done: the day before a session, your week comes at ${prepTime} (${user.timeZone}).`)];
}

/** `/session ...`: list, book, move, cancel, prep time. */
export async function sessionCommand(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const [verb = "", ...rest] = args.split(/\s+/);
  const value = rest.join(" ");
  switch (verb.toLowerCase()) {
    case "":
    case "list":
      return listSessions(ctx);
    case "move":
    case "change":
      return moveSession(ctx, value);
    case "cancel":
    case "remove":
    case "delete":
      return cancelSession(ctx, value);
    case "prep":
      return setPrepTime(ctx, value);
    case "add":
    case "book":
      return value ? addSession(ctx, value) : [kindError(`When is it? ${SESSION_USAGE}`)];
    default:
      return addSession(ctx, args);
  }
}
