import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { describeWeekly, nextWeeklyInstant, readWeekly, WEEKLY_USAGE } from "../summary/weekly-schedule";

/** A gentle look at open goals, Sundays at 17:00 local unless the person picks another time. */
export const DEFAULT_NUDGE = { weekday: 7, text: "17:00" };

/** The first goal switches the weekly nudge on, once: an opt-out stays an opt-out. Returns a note to add. */
export async function ensureGoalNudge(ctx: HandlerContext): Promise<string> {
  const existing = await ctx.deps.repos.weekly.get(ctx.user.id, "goal-nudge");
  if (existing) return "";
  const nextDueAt = nextWeeklyInstant({ weekday: DEFAULT_NUDGE.weekday, localTime: DEFAULT_NUDGE.text }, ctx.user.timeZone, ctx.now);
  await ctx.deps.repos.weekly.createIfAbsent(ctx.user.id, "goal-nudge", { enabled: true, weekday: DEFAULT_NUDGE.weekday, localTime: DEFAULT_NUDGE.text, nextDueAt });
  return `\nOn Sundays at ${DEFAULT_NUDGE.text} I'll send a gentle look at your open goals; /goal nudge off stops it.`;
}

/** `/goal nudge off|on|sun 17:00`. */
export async function setGoalNudge(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const { weekly } = ctx.deps.repos;
  const current = await weekly.get(ctx.user.id, "goal-nudge");
  const word = args.trim().toLowerCase();
  if (!word) {
    return [reply(current?.enabled ? `Goal nudges: ${describeWeekly(current)}. /goal nudge off stops them.` : "Goal nudges are off. /goal nudge on starts them (Sundays 17:00), or /goal nudge sat 10:00.")];
  }
  if (word === "off" || word === "stop") {
    if (current) await weekly.upsert(ctx.user.id, "goal-nudge", { ...current, enabled: false });
    else await weekly.upsert(ctx.user.id, "goal-nudge", { enabled: false, weekday: DEFAULT_NUDGE.weekday, localTime: DEFAULT_NUDGE.text, nextDueAt: ctx.now });
    return [reply("Goal nudges are off. Your goals stay as they are; /goal nudge on brings the nudge back.")];
  }
  const when = word === "on" ? { weekday: current?.weekday ?? DEFAULT_NUDGE.weekday, time: current?.localTime ?? DEFAULT_NUDGE.text } : readWeekly(args);
  if (!when) return [kindError(`${WEEKLY_USAGE.replace("/recap", "/goal nudge")} Nothing was changed.`)];
  const nextDueAt = nextWeeklyInstant({ weekday: when.weekday, localTime: when.time }, ctx.user.timeZone, ctx.now);
  const saved = await weekly.upsert(ctx.user.id, "goal-nudge", { enabled: true, weekday: when.weekday, localTime: when.time, nextDueAt });
  return [reply(`Goal nudges: ${describeWeekly(saved)}, only when you have open goals. /goal nudge off stops them.`)];
}
