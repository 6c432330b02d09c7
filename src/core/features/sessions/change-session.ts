import { kindError, reply, type HandlerContext } from "../../context";
import type { Appointment } from "../../model";
import type { Reply } from "../../replies";
import { localDateOf } from "../check-ins/local-date";
import { NOTHING_CHANGED, readNewAppointment, rhythmLine } from "./add-session";
import { mentionIfLongGap, mentionSafetyPlan } from "./mention-safety-plan";
import { isWeeklyWhen } from "./parse-session-when";
import { describeAppointment, describeInstant, nextOccurrence, prepInstant, prepTimeOf } from "./session-schedule";

const notFound = (what: string) =>
  kindError(`I can't find an upcoming session ${what.slice(0, 12)}. /sessions lists yours with their numbers. ${NOTHING_CHANGED}`);

/** An upcoming appointment by the number the person typed. */
export async function findUpcoming(ctx: HandlerContext, numberText: string): Promise<Appointment | null> {
  if (!/^#?\d{1,6}$/.test(numberText)) return null;
  const found = await ctx.deps.repos.appointments.find(ctx.user.id, Number(numberText.replace("#", "")));
  return found?.nextStartsAt ? found : null;
}

/** The next due instants once a series' occurrence is cancelled or its rule changed. */
async function rescheduled(ctx: HandlerContext, appointment: Appointment) {
  const nextStartsAt = nextOccurrence(appointment, ctx.user.timeZone, ctx.now);
  const prepTime = await prepTimeOf(ctx.deps, ctx.user);
  return { nextStartsAt, nextPrepAt: prepInstant(nextStartsAt, prepTime, ctx.user.timeZone, ctx.now) };
}

/** `/session move <n> <when>`: a one-off moves; a series moves as a whole ("weekly Wed 18:00") or just its next date. */
export async function moveSession(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const [numberText = "", ...rest] = args.split(/\s+/);
  const when = rest.join(" ");
  const appointment = await findUpcoming(ctx, numberText);
  if (!appointment) return [numberText ? notFound(numberText) : kindError(`Which session, and when to? For example /session move 1 fri 17:30. ${NOTHING_CHANGED}`)];
  if (!when) return [kindError(`When to? For example /session move ${appointment.number} fri 17:30. ${NOTHING_CHANGED}`)];
  const read = await readNewAppointment(ctx, when);
  if (!read.ok) return [read.error];
  const zone = ctx.user.timeZone;
  const { appointments } = ctx.deps.repos;
  if (appointment.weekday === null && isWeeklyWhen(when)) {
    return [kindError(`Session ${appointment.number} is a one-off. To start a weekly one, /session ${when.slice(0, 40)}; then /session cancel ${appointment.number}. ${NOTHING_CHANGED}`)];
  }
  if (appointment.weekday === null || isWeeklyWhen(when)) {
    // A one-off gets its new time; a series gets its new day and time from the next one on.
    const patch = { ...read.value, cancelledDates: [] as string[] };
    const moved = (await appointments.update(ctx.user.id, appointment.id, patch))!;
    const out = [reply(`Moved session ${moved.number} to ${describeAppointment(moved, zone)}${moved.weekday !== null ? `, from ${describeInstant(moved.nextStartsAt!, zone)}` : ""}.\n${await rhythmLine(ctx, moved)}`)];
    const mention = await mentionIfLongGap(ctx.deps, ctx.user, ctx.now);
    return mention ? [...out, mention] : out;
  }
  // Just the next date of a series: that date is cancelled in the series, and a one-off takes its place.
  const skipped = appointment.nextStartsAt!;
  const series = { ...appointment, cancelledDates: [...appointment.cancelledDates, localDateOf(skipped, zone)] };
  await appointments.update(ctx.user.id, appointment.id, { cancelledDates: series.cancelledDates, ...(await rescheduled(ctx, series)) });
  const { value: oneOff } = await appointments.add(ctx.user.id, read.value, ctx.event.eventId);
  return [
    reply(
      [
        `Moved just the session of ${describeInstant(skipped, zone)} to ${describeInstant(oneOff.startsAt, zone)} (now session ${oneOff.number}).`,
        `The weekly series stays ${describeAppointment(appointment, zone)}. To move the whole series: /session move ${appointment.number} weekly <day> <time>.`,
        await rhythmLine(ctx, oneOff),
      ].join("\n"),
    ),
  ];
}

/** Cancels the next date of a series only; the series goes on. */
export async function cancelNextOccurrence(ctx: HandlerContext, appointment: Appointment): Promise<Reply[]> {
  const zone = ctx.user.timeZone;
  const skipped = appointment.nextStartsAt!;
  const series = { ...appointment, cancelledDates: [...appointment.cancelledDates, localDateOf(skipped, zone)] };
  const next = await rescheduled(ctx, series);
  await ctx.deps.repos.appointments.update(ctx.user.id, appointment.id, { cancelledDates: series.cancelledDates, ...next });
  const goesOn = next.nextStartsAt ? ` The weekly series goes on: next ${describeInstant(next.nextStartsAt, zone)}.` : "";
  return withMention(ctx, `Cancelled just the session of ${describeInstant(skipped, zone)}.${goesOn}`);
}

/** Cancels a one-off, or a whole series. */
export async function cancelWhole(ctx: HandlerContext, appointment: Appointment): Promise<Reply[]> {
  await ctx.deps.repos.appointments.update(ctx.user.id, appointment.id, { cancelledAt: ctx.now, nextStartsAt: null, nextPrepAt: null });
  const what = appointment.weekday !== null ? `the weekly series (${describeAppointment(appointment, ctx.user.timeZone)})` : `your session of ${describeInstant(appointment.startsAt, ctx.user.timeZone)}`;
  return withMention(ctx, `Cancelled ${what}. What you've noted stays, for whenever your next session is.`);
}

/** A cancelled session can leave a gap: the safety plan is mentioned if moods have been low. */
async function withMention(ctx: HandlerContext, text: string): Promise<Reply[]> {
  const mention = await mentionSafetyPlan(ctx.deps, ctx.user, ctx.now);
  return mention ? [reply(text), mention] : [reply(text)];
}

/** `/session cancel <n> [next|all]`: a series asks which is meant, unless it was said. */
export async function cancelSession(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const [numberText = "", which = ""] = args.toLowerCase().split(/\s+/);
  const appointment = await findUpcoming(ctx, numberText);
  if (!appointment) return [numberText ? notFound(numberText) : kindError(`Which session? /sessions lists them with their numbers, then /session cancel 1. ${NOTHING_CHANGED}`)];
  if (appointment.weekday === null) return cancelWhole(ctx, appointment);
  if (which === "next" || which === "one") return cancelNextOccurrence(ctx, appointment);
  if (which === "all" || which === "series") return cancelWhole(ctx, appointment);
  const next = describeInstant(appointment.nextStartsAt!, ctx.user.timeZone);
  return [
    reply(`Session ${appointment.number} is weekly (${describeAppointment(appointment, ctx.user.timeZone)}). Cancel just the next one (${next}), or the whole series?`, {
      kind: "prompt",
      buttons: [
        [{ id: `session.cancelnext:${appointment.number}`, label: `Just ${next.split(",")[0]}` }],
        [{ id: `session.cancelall:${appointment.number}`, label: "The whole weekly series" }],
        [{ id: "session.keepit", label: "Keep both" }],
      ],
    }),
  ];
}
