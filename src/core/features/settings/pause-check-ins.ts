import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";

/** A pause longer than this is simply "paused until you say so". */
const MAX_PAUSE_DAYS = 365;

/** Reads "3d", "2 weeks", "12h", "1w"; null when it is not a duration. */
export function parseDuration(text: string): { hours?: number; days?: number; weeks?: number } | null {
  const match = /^(\d{1,3})\s*(h|hours?|d|days?|w|weeks?)$/i.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  if (amount <= 0) return null;
  const unit = match[2]!.toLowerCase()[0];
  return unit === "h" ? { hours: amount } : unit === "d" ? { days: amount } : { weeks: amount };
}

export async function pauseCheckIns(ctx: HandlerContext, args: string): Promise<Reply[]> {
  if (!args) {
    await ctx.deps.repos.users.update(ctx.user.id, { paused: true, pausedUntil: null });
    return [reply("Check-ins are paused. Take the time you need; /resume starts them again. /safety always works.")];
  }
  const duration = parseDuration(args);
  const until = duration ? DateTime.fromJSDate(ctx.now, { zone: ctx.user.timeZone }).plus(duration) : null;
  if (!until || until.diff(DateTime.fromJSDate(ctx.now), "days").days > MAX_PAUSE_DAYS) {
    return [kindError("I can pause for a number of hours, days or weeks, like /pause 3d or /pause 2w. Nothing was changed.")];
  }
  await ctx.deps.repos.users.update(ctx.user.id, { paused: true, pausedUntil: until.toJSDate() });
  return [
    reply(
      `Check-ins are paused until ${until.toFormat("cccc d LLLL, HH:mm")}. /resume starts them sooner. /safety always works.`,
    ),
  ];
}

export async function resumeCheckIns(ctx: HandlerContext): Promise<Reply[]> {
  if (!ctx.user.paused && !ctx.user.pauseAskedAt) return [reply("Check-ins aren't paused. /checkin shows your times.")];
  // Also the answer to "would a pause help?": keep going, counting unanswered check-ins afresh.
  await ctx.deps.repos.users.update(ctx.user.id, { paused: false, pausedUntil: null, pauseAskedAt: null, unansweredSince: ctx.now });
  return [reply("Welcome back. Check-ins start again at your next time.")];
}
