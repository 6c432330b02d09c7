import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { WeeklyMessage } from "../../model";
import type { Reply } from "../../replies";
import { DAY_MS } from "../check-ins/local-date";
import { describeWeekly, nextWeeklyInstant, readWeekly, WEEKLY_USAGE } from "../summary/weekly-schedule";

export const PLAN_REVIEW_KIND = "plan-review";
/** Without a check-in time to borrow, the reminder comes in the early evening. */
const DEFAULT_TIME = "18:00";

/** The first time the chosen weekday and time come round at least `weeks` weeks after `from`. */
export function nextPlanReview(schedule: Pick<WeeklyMessage, "weekday" | "localTime">, zone: string, from: Date, weeks: number): Date {
  return nextWeeklyInstant(schedule, zone, new Date(from.getTime() + (weeks * 7 - 1) * DAY_MS));
}

/**
 * Once a plan has items, a gentle "does it still fit?" comes every few weeks (CoreSettings), on the
 * weekday the plan was made, at the person's check-in time. Created once: an opt-out stays one.
 */
export async function schedulePlanReview(ctx: HandlerContext): Promise<void> {
  const weeks = ctx.deps.settings.planReviewWeeks;
  if (weeks <= 0) return;
  const { weekly } = ctx.deps.repos;
  if (await weekly.get(ctx.user.id, PLAN_REVIEW_KIND)) return;
  const [slot] = await ctx.deps.repos.slots.list(ctx.user.id);
  const schedule = { weekday: DateTime.fromJSDate(ctx.now, { zone: ctx.user.timeZone }).weekday, localTime: slot?.localTime ?? DEFAULT_TIME };
  await weekly.createIfAbsent(ctx.user.id, PLAN_REVIEW_KIND, {
    enabled: true,
    ...schedule,
    nextDueAt: nextPlanReview(schedule, ctx.user.timeZone, ctx.now, weeks),
  });
}

/** The reminder itself: an invitation, never a task. */
export function planReviewReminder(weeks: number): Reply {
  return {
    kind: "reply",
    text: `It's been about ${weeks} weeks since your safety plan came up. Plans change as we do: is there anything you'd add, change or take out? No need to do anything if it still fits.`,
    buttons: [
      [
        { id: "plan.show", label: "Look at my plan" },
        { id: "plan.build", label: "Walk through it again" },
      ],
      [{ id: "plan.reminder-off", label: "Stop these reminders" }],
    ],
  };
}

/** `/plan reminder`, `/plan reminder off`, `/plan reminder on`, `/plan reminder sun 18:00`. */
export async function setPlanReminder(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const { weekly } = ctx.deps.repos;
  const weeks = ctx.deps.settings.planReviewWeeks;
  const current = await weekly.get(ctx.user.id, PLAN_REVIEW_KIND);
  const word = args.trim().toLowerCase();
  if (weeks <= 0) return [reply("Plan review reminders are switched off on this companion. /plan shows your plan any time.")];
  if (!word) {
    return [
      reply(
        current?.enabled
          ? `Every ${weeks} weeks, ${describeWeekly(current)}, I ask whether your safety plan still fits. /plan reminder off stops that.`
          : "Plan review reminders are off. /plan reminder on starts them again.",
      ),
    ];
  }
  if (word === "off" || word === "stop") {
    const schedule = current ?? { weekday: 7, localTime: DEFAULT_TIME, nextDueAt: ctx.now };
    await weekly.upsert(ctx.user.id, PLAN_REVIEW_KIND, { ...schedule, enabled: false });
    return [reply("I won't remind you about your plan any more. It stays as it is; /plan reminder on brings the reminder back.")];
  }
  const when = word === "on" || word === "start" ? null : readWeekly(word);
  if (word !== "on" && word !== "start" && !when) return [kindError(`I couldn't read that. ${WEEKLY_USAGE.replace("/recap", "/plan reminder")}`)];
  const schedule = when
    ? { weekday: when.weekday, localTime: when.time }
    : { weekday: current?.weekday ?? DateTime.fromJSDate(ctx.now, { zone: ctx.user.timeZone }).weekday, localTime: current?.localTime ?? DEFAULT_TIME };
  const saved = await weekly.upsert(ctx.user.id, PLAN_REVIEW_KIND, {
    enabled: true,
    ...schedule,
    nextDueAt: nextPlanReview(schedule, ctx.user.timeZone, ctx.now, weeks),
  });
  return [reply(`Every ${weeks} weeks, ${describeWeekly(saved)}, I'll ask whether your safety plan still fits. /plan reminder off stops that.`)];
}
