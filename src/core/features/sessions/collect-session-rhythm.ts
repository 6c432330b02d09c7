import type { CoreDeps } from "../../deps";
import type { User } from "../../model";
import type { Outgoing, Reply } from "../../replies";
import { welcomeBack } from "../rhythm/set-vacation";
import { askHowItWent } from "./answer-follow-up";
import { mentionIfLongGap } from "./mention-safety-plan";
import { followUpInstant, nextOccurrence, onVacation, prepInstant, prepTimeOf } from "./session-schedule";
import { writePrepMessage } from "./write-prep-message";

/** Rows one tick handles per kind of work; the rest wait for the next minute, nothing is dropped. */
export const MAX_SESSION_ROWS_PER_TICK = 2_000;
/** A follow-up later than this (after downtime) would arrive out of the blue: it is let go. */
const FOLLOW_UP_LATE_MS = 12 * 60 * 60_000;

const toOf = (user: User) => ({ platform: user.platform, platformUserId: user.platformUserId });

/** Whether scheduled session messages may go to the person now. */
function reachable(user: User, at: Date): boolean {
  return !user.inactive && !user.paused && !onVacation(user, at);
}

/** Sessions that began: the next occurrence, its prep instant and this one's follow-up are scheduled. */
async function advanceStarted(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  const out: Outgoing[] = [];
  for (const { appointment, user } of await deps.repos.appointments.findDue("nextStartsAt", at, MAX_SESSION_ROWS_PER_TICK)) {
    const began = appointment.nextStartsAt!;
    const next = nextOccurrence(appointment, user.timeZone, at);
    const patch = {
      lastStartsAt: began,
      nextStartsAt: next,
      nextPrepAt: prepInstant(next, await prepTimeOf(deps, user), user.timeZone, at),
      followUpFor: began,
      nextFollowUpAt: followUpInstant(began, user),
    };
    if (!(await deps.repos.appointments.claim(appointment.id, "nextStartsAt", began, patch))) continue;
    // The gap to the next session may now be long: the safety plan, if moods have been low.
    if (reachable(user, at)) {
      const mention = await mentionIfLongGap(deps, user, at);
      if (mention) out.push({ to: toOf(user), reply: mention });
    }
  }
  return out;
}

/** The day-before messages that are due. */
async function sendPreps(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  const windowMs = deps.settings.catchUpWindowMinutes * 60_000;
  const out: Outgoing[] = [];
  for (const { appointment, user } of await deps.repos.appointments.findDue("nextPrepAt", at, MAX_SESSION_ROWS_PER_TICK)) {
    const due = appointment.nextPrepAt!;
    if (!(await deps.repos.appointments.claim(appointment.id, "nextPrepAt", due, { nextPrepAt: null }))) continue;
    const sessionAt = appointment.nextStartsAt;
    if (!sessionAt || sessionAt <= at || at.getTime() - due.getTime() > windowMs || !reachable(user, at)) continue;
    const replies: Reply[] = await writePrepMessage(deps, user, sessionAt, at);
    out.push(...replies.map((reply) => ({ to: toOf(user), reply })));
  }
  return out;
}

/** "How did it go?", a few hours after a session began. */
async function sendFollowUps(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  const out: Outgoing[] = [];
  for (const { appointment, user } of await deps.repos.appointments.findDue("nextFollowUpAt", at, MAX_SESSION_ROWS_PER_TICK)) {
    const due = appointment.nextFollowUpAt!;
    if (!(await deps.repos.appointments.claim(appointment.id, "nextFollowUpAt", due, { nextFollowUpAt: null }))) continue;
    if (!appointment.followUpFor || at.getTime() - due.getTime() > FOLLOW_UP_LATE_MS || !reachable(user, at)) continue;
    out.push({ to: toOf(user), reply: await askHowItWent(deps, user, appointment, appointment.followUpFor, at) });
  }
  return out;
}

/** Vacations that ended: a kind welcome back, once. */
async function endVacations(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  const out: Outgoing[] = [];
  for (const user of await deps.repos.appointments.endedVacations(at, MAX_SESSION_ROWS_PER_TICK)) {
    if (!(await deps.repos.appointments.claimVacationEnd(user.id, user.vacationUntil!))) continue;
    if (!user.inactive) out.push({ to: toOf(user), reply: welcomeBack() });
  }
  return out;
}

/** The session rhythm's work for one tick: each row is claimed before anything is sent. */
export async function collectSessionRhythm(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  const out: Outgoing[] = [];
  out.push(...(await endVacations(deps, at)));
  out.push(...(await advanceStarted(deps, at)));
  out.push(...(await sendPreps(deps, at)));
  out.push(...(await sendFollowUps(deps, at)));
  return out;
}
