import { kindError, reply, type HandlerContext } from "../../context";
import type { Appointment, NewAppointment } from "../../model";
import type { Reply } from "../../replies";
import { nextDueInstant } from "../check-ins/next-due-instant";
import { parseLocalTime } from "../check-ins/parse-local-time";
import { mentionIfLongGap } from "./mention-safety-plan";
import { isWeeklyWhen, parseSessionWhen, parseWeeklyWhen, whenProblemText } from "./parse-session-when";
import { describeAppointment, describeInstant, prepInstant, prepTimeOf } from "./session-schedule";

/** More upcoming sessions than this is a calendar, not a rhythm. */
export const MAX_UPCOMING_SESSIONS = 20;

export const NOTHING_CHANGED = "Nothing was changed.";

/** What to store for "weekly Tue 17:00" or "fri 17:30"; or the kind reason it can't be read. */
export async function readNewAppointment(ctx: HandlerContext, text: string): Promise<{ ok: true; value: NewAppointment } | { ok: false; error: Reply }> {
  const zone = ctx.user.timeZone;
  const prepTime = await prepTimeOf(ctx.deps, ctx.user);
  if (isWeeklyWhen(text)) {
    const when = parseWeeklyWhen(text);
    if (!when.ok) return { ok: false, error: kindError(`${whenProblemText(when.problem)} For a weekly session say /session weekly Tue 17:00. ${NOTHING_CHANGED}`) };
    const time = parseLocalTime(when.localTime)!;
    const first = nextDueInstant({ hour: time.hour, minute: time.minute, weekdays: [when.weekday] }, zone, ctx.now);
    const value = { startsAt: first, weekday: when.weekday, localTime: when.localTime, nextStartsAt: first, nextPrepAt: prepInstant(first, prepTime, zone, ctx.now) };
    return { ok: true, value };
  }
  const when = parseSessionWhen(text, ctx.now, zone);
  if (!when.ok) return { ok: false, error: kindError(`${whenProblemText(when.problem)} ${NOTHING_CHANGED}`) };
  const value = { startsAt: when.start, weekday: null, localTime: when.localTime, nextStartsAt: when.start, nextPrepAt: prepInstant(when.start, prepTime, zone, ctx.now) };
  return { ok: true, value };
}

/** The same session booked twice: the same instant, or the same weekly day and time. */
export function sameSession(a: Pick<Appointment, "weekday" | "localTime" | "nextStartsAt">, b: NewAppointment): boolean {
  if (a.weekday !== null || b.weekday !== null) return a.weekday === b.weekday && a.localTime === b.localTime;
  return a.nextStartsAt?.getTime() === b.nextStartsAt?.getTime();
}

/** What happens around a session, in one line, so nothing comes as a surprise. */
export async function rhythmLine(ctx: HandlerContext, appointment: Pick<Appointment, "nextPrepAt">): Promise<string> {
  const prep = appointment.nextPrepAt
    ? `The day before, at ${await prepTimeOf(ctx.deps, ctx.user)}, I'll send a short look at your week to bring along`
    : "It's soon, so there's no prep message this time (/summary gathers your week any time)";
  return `${prep}; a few hours after, I'll ask how it went.`;
}

/** `/session <when>` or `/session weekly <day> <time>`: books a session on the person's clock. */
export async function addSession(ctx: HandlerContext, text: string): Promise<Reply[]> {
  const read = await readNewAppointment(ctx, text);
  if (!read.ok) return [read.error];
  const existing = (await ctx.deps.repos.appointments.list(ctx.user.id)).filter((a) => a.nextStartsAt);
  const twin = existing.find((a) => sameSession(a, read.value));
  if (twin) return [reply(`You already have that one: session ${twin.number}, ${describeAppointment(twin, ctx.user.timeZone)}. /sessions lists them.`)];
  if (existing.length >= MAX_UPCOMING_SESSIONS) {
    return [kindError(`You have ${MAX_UPCOMING_SESSIONS} sessions booked already. /session cancel <n> makes room. ${NOTHING_CHANGED}`)];
  }
  const { value: saved } = await ctx.deps.repos.appointments.add(ctx.user.id, read.value, ctx.event.eventId);
  const zone = ctx.user.timeZone;
  const what =
    saved.weekday !== null
      ? `Booked: ${describeAppointment(saved, zone)} (session ${saved.number}), starting ${describeInstant(saved.startsAt, zone)}.`
      : `Booked: ${describeInstant(saved.startsAt, zone)} (session ${saved.number}).`;
  const zoneNote = zone === "UTC" ? " I'm using UTC as your time zone; /timezone sets yours." : ` Times are in ${zone}.`;
  const out = [reply(`${what}${zoneNote}\n${await rhythmLine(ctx, saved)}\n/sessions lists them; /session move ${saved.number} <when> or /session cancel ${saved.number} changes it.`)];
  const mention = await mentionIfLongGap(ctx.deps, ctx.user, ctx.now);
  return mention ? [...out, mention] : out;
}
