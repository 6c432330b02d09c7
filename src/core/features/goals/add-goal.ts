import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { ensureGoalNudge } from "./goal-nudge";
import { goalLines, MAX_OPEN_GOALS, MAX_STEPS, splitGoal, textProblem } from "./goal-text";

/** `/goal add call the GP; find the number; note my questions`: a goal with optional steps. */
export async function addGoal(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const { goal: text, steps } = splitGoal(args);
  const problem = textProblem(text, "goal") ?? steps.map((step) => textProblem(step, "step")).find(Boolean) ?? null;
  if (problem) return [kindError(`${problem} Nothing was saved.`)];
  if (steps.length > MAX_STEPS) return [kindError(`Up to ${MAX_STEPS} steps keeps a goal small. Nothing was saved.`)];
  const open = await ctx.deps.repos.goals.list(ctx.user.id, {});
  if (open.length >= MAX_OPEN_GOALS) {
    return [kindError(`You have ${MAX_OPEN_GOALS} open goals already. Marking one done or removing one makes room. Nothing was saved.`)];
  }
  const { value: goal, created } = await ctx.deps.repos.goals.add(ctx.user.id, {
    text,
    steps,
    at: ctx.now,
    ...(ctx.event.eventId ? { sourceEventId: ctx.event.eventId } : {}),
  });
  const nudge = created ? await ensureGoalNudge(ctx) : "";
  const how = goal.steps.length
    ? `Tick a step with /goal tick ${goal.number}.1, or mark the whole goal with /goal done ${goal.number}.`
    : `Add steps with /goal step ${goal.number} <step>, or mark it with /goal done ${goal.number} when it's done.`;
  return [reply([`Saved goal ${goal.number}:`, ...goalLines(goal), "", `${how}${nudge}`].join("\n"))];
}
