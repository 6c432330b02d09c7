import { reply } from "../../context";
import type { CoreDeps } from "../../deps";
import type { CheckIn, User } from "../../model";
import type { PressHandler } from "../../router";
import type { Reply } from "../../replies";
import { DAY_MS } from "../check-ins/local-date";

export const ASK_TO_PAUSE =
  "I've sent a few check-ins that went unanswered, and that's completely okay. Would a pause help? I'll stop asking until you choose.";

/** Unanswered check-ins further back than this many days per check-in counted do not make a streak. */
const LOOK_BACK_DAYS_PER_CHECK_IN = 3;

/**
 * The people about to get a check-in who should be asked instead: their last `askToPauseAfter`
 * check-ins all went unanswered (counted from their last answer to this question). One grouped
 * query narrows the batch; only people with enough unanswered ones are looked at one by one.
 */
export async function whoToAskToPause(deps: CoreDeps, ready: readonly { checkIn: CheckIn; user: User }[], at: Date): Promise<Set<number>> {
  const after = deps.settings.askToPauseAfter;
  const asked = new Set<number>();
  if (after <= 0) return asked;
  const users = new Map(ready.filter(({ user }) => !user.pauseAskedAt).map(({ user }) => [user.id, user]));
  if (users.size === 0) return asked;
  const since = new Date(at.getTime() - after * LOOK_BACK_DAYS_PER_CHECK_IN * DAY_MS);
  const counts = await deps.repos.checkIns.unansweredCounts([...users.keys()], since);
  for (const [userId, count] of counts) {
    const user = users.get(userId);
    if (!user || count < after) continue;
    const recent = (await deps.repos.checkIns.recentSent(userId, after)).filter((c) => !user.unansweredSince || (c.sentAt ?? c.dueAt) > user.unansweredSince);
    if (recent.length >= after && recent.every((c) => !c.answeredAt && c.mood === null)) asked.add(userId);
  }
  return asked;
}

/** Instead of the check-in: the question, once; the check-in is skipped and the next ones wait for the answer. */
export async function askToPauseInstead(deps: CoreDeps, checkIn: CheckIn, user: User, at: Date): Promise<Reply> {
  await deps.repos.checkIns.update(user.id, checkIn.id, { status: "skipped" });
  await deps.repos.users.update(user.id, { pauseAskedAt: at });
  deps.logger.info({ event: "ask-to-pause" }, "asked whether to pause check-ins");
  return {
    kind: "prompt",
    text: ASK_TO_PAUSE,
    buttons: [[{ id: "rhythm.pause", label: "Pause check-ins" }, { id: "rhythm.keep", label: "Keep going" }]],
  };
}

/** `rhythm.pause` / `rhythm.keep`: the answer to "would a pause help?". Unanswered check-ins count afresh from here. */
export const pressRhythm: PressHandler = async (ctx, action) => {
  const { users } = ctx.deps.repos;
  if (action === "pause") {
    await users.update(ctx.user.id, { paused: true, pausedUntil: null, pauseAskedAt: null, unansweredSince: ctx.now });
    return [reply("Check-ins are paused. Take the time you need; /resume starts them again. /safety always works.")];
  }
  if (action === "keep") {
    await users.update(ctx.user.id, { pauseAskedAt: null, unansweredSince: ctx.now });
    return [reply("Okay, I'll keep checking in at your usual times. Answer whenever it suits you, or not at all.")];
  }
  return [reply("That question has passed. /pause and /resume are there any time.")];
};
