import { reply, type HandlerContext } from "../../context";
import type { Button } from "../../replies";
import type { Reply } from "../../replies";
import { preview } from "../journal/entry-text";
import { goalLines } from "./goal-text";

const RECENTLY_DONE_DAYS = 14;
const MAX_BUTTONS = 6;

/** `/goals`: open goals with their steps and progress, and what was done in the last two weeks. */
export async function listGoals(ctx: HandlerContext): Promise<Reply[]> {
  const since = new Date(ctx.now.getTime() - RECENTLY_DONE_DAYS * 86_400_000);
  const goals = await ctx.deps.repos.goals.list(ctx.user.id, { doneSince: since });
  if (goals.length === 0) {
    return [reply("No goals yet. Small ones work best: /goal add call the GP; find the number; note my questions (steps after ;).")];
  }
  const open = goals.filter((goal) => !goal.doneAt);
  const done = goals.filter((goal) => goal.doneAt);
  const lines: string[] = [];
  if (open.length) lines.push("Your goals:", ...open.flatMap((goal) => goalLines(goal)));
  if (done.length) lines.push(...(open.length ? [""] : []), "Done in the last two weeks:", ...done.flatMap((goal) => goalLines(goal, false)));
  lines.push("", "/goal tick 1.2 ticks step 2 of goal 1, /goal done 1 marks a goal done, /goal step 1 <step> adds a step.");
  // A button for the next open step of each goal: the most likely tap.
  const buttons: Button[] = open
    .flatMap((goal) => {
      const next = goal.steps.find((step) => !step.doneAt);
      return next ? [{ id: `goal.tick:${goal.number}:${next.position}`, label: `✓ ${preview(next.text, 30)}` }] : [];
    })
    .slice(0, MAX_BUTTONS);
  return [reply(lines.join("\n"), buttons.length ? { buttons: buttons.map((button) => [button]) } : {})];
}
