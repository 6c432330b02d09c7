import type { HandlerContext } from "../../context";
import type { Appointment, User } from "../../model";
import { nextOccurrence, prepInstant, prepTimeOf } from "../sessions/session-schedule";
import type { PersonalData } from "./personal-data";

/**
 * Sessions from an export, scheduled afresh on this install: the next occurrence and its prep
 * message from now, in the person's zone; past ones kept, so "since my last session" still works.
 */
export async function importSessions(ctx: HandlerContext, user: User, sessions: PersonalData["sessions"]): Promise<number> {
  const { appointments } = ctx.deps.repos;
  const prepTime = await prepTimeOf(ctx.deps, user);
  let added = 0;
  for (const session of sessions) {
    const shape: Appointment = {
      id: 0,
      number: session.number,
      startsAt: new Date(session.startsAt),
      weekday: session.weekday,
      localTime: session.localTime,
      nextStartsAt: null,
      lastStartsAt: session.lastStartsAt ? new Date(session.lastStartsAt) : null,
      nextPrepAt: null,
      followUpFor: null,
      nextFollowUpAt: null,
      cancelledDates: session.cancelledDates,
      cancelledAt: null,
      createdAt: ctx.now,
    };
    const next = nextOccurrence(shape, user.timeZone, ctx.now);
    const stored = await appointments.add(
      user.id,
      { startsAt: shape.startsAt, weekday: shape.weekday, localTime: shape.localTime, nextStartsAt: next, nextPrepAt: prepInstant(next, prepTime, user.timeZone, ctx.now) },
      `import:s:${session.startsAt}:${session.number}`,
    );
    if (!stored.created) continue;
    added++;
    await appointments.update(user.id, stored.value.id, { lastStartsAt: shape.lastStartsAt, cancelledDates: shape.cancelledDates });
  }
  return added;
}
