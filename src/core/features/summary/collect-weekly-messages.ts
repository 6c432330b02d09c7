import { DateTime } from "luxon";
import type { CoreDeps } from "../../deps";
import type { User, WeeklyMessage } from "../../model";
import type { Outgoing } from "../../replies";
import { goalLines } from "../goals/goal-text";
import { nextPlanReview, PLAN_REVIEW_KIND, planReviewReminder } from "../safety/plan-review-reminder";
import { writeWeeklyRecap } from "./weekly-recap";
import { onVacation } from "../sessions/session-schedule";
import { nextWeeklyInstant } from "./weekly-schedule";

export const MAX_WEEKLY_PER_TICK = 5_000;


/** True when the due instant still reads as the chosen day and time in the person's zone now. */
function stillMatches(message: WeeklyMessage, user: User): boolean {
  const local = DateTime.fromJSDate(message.nextDueAt, { zone: user.timeZone });
  return local.weekday === message.weekday && local.toFormat("HH:mm") === message.localTime;
}

async function goalNudge(deps: CoreDeps, user: User): Promise<string | null> {
  const open = await deps.repos.goals.list(user.id, {});
  if (open.length === 0) return null;
  return [
    "A gentle look at your goals, no pressure:",
    ...open.flatMap((goal) => goalLines(goal, false).map((line) => `• ${line}`)),
    "",
    "Even one small step counts, and so does resting. /goals shows the steps; /goal nudge off stops these.",
  ].join("\n");
}

/**
 * The weekly nudges and recaps due at `at`: each is claimed (moved to next week) before it is
 * built, so two workers never send the same one. Paused or unreachable people, a message more
 * than the catch-up window late, and one whose zone changed since it was scheduled are moved on
 * without sending.
 */
export async function collectWeeklyMessages(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  const due = await deps.repos.weekly.findDue(at, MAX_WEEKLY_PER_TICK);
  if (due.length === 0) return [];
  // The plan review comes every few weeks; the others weekly.
  const nextOf = (message: WeeklyMessage, user: User) =>
    message.kind === PLAN_REVIEW_KIND
      ? nextPlanReview(message, user.timeZone, at, deps.settings.planReviewWeeks)
      : nextWeeklyInstant(message, user.timeZone, at);
  const claims = due.map(({ message, user }) => ({ id: message.id, seenDueAt: message.nextDueAt, nextDueAt: nextOf(message, user) }));
  const won = await deps.repos.weekly.claim(claims);
  const windowMs = deps.settings.catchUpWindowMinutes * 60_000;
  const out: Outgoing[] = [];
  for (const { message, user } of due) {
    if (!won.has(message.id)) continue;
    const late = at.getTime() - message.nextDueAt.getTime() > windowMs;
    if (user.paused || user.inactive || onVacation(user, at) || late || !stillMatches(message, user)) continue;
    const to = { platform: user.platform, platformUserId: user.platformUserId };
    if (message.kind === PLAN_REVIEW_KIND) {
      // Only while there is a plan to look at.
      if (deps.settings.planReviewWeeks > 0 && (await deps.repos.plans.list(user.id)).length > 0) {
        out.push({ to, reply: planReviewReminder(deps.settings.planReviewWeeks) });
      }
      continue;
    }
    const text = message.kind === "recap" ? await writeWeeklyRecap(deps, user, at) : await goalNudge(deps, user);
    if (text) out.push({ to, reply: { kind: "reply", text } });
  }
  return out;
}
