import type { CoreDeps } from "../../deps";
import type { User } from "../../model";
import type { Reply } from "../../replies";
import { DAY_MS } from "../check-ins/local-date";
import { mentionedRecently, mentionPlan } from "../safety/mention-plan";

/** The plan is mentioned at most this often. */
export const SAFETY_MENTION_EVERY_MS = 7 * DAY_MS;
/** A gap to the next session longer than this counts as a long gap. */
export const LONG_GAP_MS = 14 * DAY_MS;
/** The latest moods looked at, and the average (1 to 10) at or under which they count as low. */
const RECENT_MOODS = 3;
const LOW_AVERAGE = 3;
/** Moods older than this say little about now. */
const MOODS_LOOK_BACK_MS = 21 * DAY_MS;

export const SAFETY_MENTION =
  "One gentle thing, since your next session is a while off and the last few days sounded heavy: your safety plan and support lines are here whenever you want them.";

/**
 * When a session is cancelled or the next one is far off, and the latest moods are low, the safety
 * plan is mentioned once: one line and the usual button, never more than once a week.
 */
export async function mentionSafetyPlan(deps: CoreDeps, user: User, at: Date): Promise<Reply | null> {
  if (mentionedRecently(user, at, SAFETY_MENTION_EVERY_MS)) return null;
  const moods = await deps.repos.moods.list(user.id, new Date(at.getTime() - MOODS_LOOK_BACK_MS), new Date(at.getTime() + 1));
  const latest = moods.slice(-RECENT_MOODS);
  if (latest.length < RECENT_MOODS) return null;
  const average = latest.reduce((sum, mood) => sum + mood.value, 0) / latest.length;
  if (average > LOW_AVERAGE) return null;
  return mentionPlan(deps, user, at, SAFETY_MENTION, "between-sessions");
}

/** The mention, when the person's next session is more than two weeks away (or none is booked). */
export async function mentionIfLongGap(deps: CoreDeps, user: User, at: Date): Promise<Reply | null> {
  const upcoming = (await deps.repos.appointments.list(user.id)).flatMap((a) => (a.nextStartsAt ? [a.nextStartsAt.getTime()] : []));
  const next = upcoming.length ? Math.min(...upcoming) : null;
  if (next !== null && next - at.getTime() <= LONG_GAP_MS) return null;
  return mentionSafetyPlan(deps, user, at);
}
