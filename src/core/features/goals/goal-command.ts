import { kindError, reply, type HandlerContext } from "../../context";
import type { Goal } from "../../model";
import type { PressHandler } from "../../router";
import type { Reply } from "../../replies";
import { preview } from "../journal/entry-text";
import { addGoal } from "./add-goal";
import { setGoalNudge } from "./goal-nudge";
import { goalLines, MAX_STEPS, progressOf, readGoalNumber, readStepRef, textProblem } from "./goal-text";
import { listGoals } from "./list-goals";

const USAGE =
  "You can say /goal add <goal>; <step>; <step>, /goal step 1 <step>, /goal tick 1.2, /goal untick 1.2, /goal done 1, /goal reopen 1, /goal remove 1, /goal nudge off.";

/** Rotated by how many goals the person has finished, so two in a row never read the same. */
const GOAL_DONE_LINES: readonly string[] = [
  "Goal {n} done: {goal}. That's a real step forward.",
  "You did it: {goal}. Worth a moment to notice that.",
  "{goal}: done. Small goals are how bigger changes happen.",
  "Marked done: {goal}. Maybe something to mention in your next session?",
  "{goal}, finished. Be as kind to yourself about this as you'd be to a friend.",
];

const missing = (what: string) => kindError(`I can't find goal "${what.slice(0, 20)}". /goals lists yours with their numbers. Nothing was changed.`);

async function celebrateGoal(ctx: HandlerContext, goal: Goal): Promise<Reply[]> {
  const finished = (await ctx.deps.repos.goals.list(ctx.user.id, { doneSince: new Date(0) })).filter((g) => g.doneAt).length;
  const line = GOAL_DONE_LINES[finished % GOAL_DONE_LINES.length]!.replace("{n}", String(goal.number)).replace("{goal}", `"${preview(goal.text, 80)}"`);
  return [{ kind: "celebration", text: `${line.charAt(0).toUpperCase()}${line.slice(1)} (/goal reopen ${goal.number} if there's more to it.)` }];
}

async function markDone(ctx: HandlerContext, args: string, done: boolean): Promise<Reply[]> {
  const number = readGoalNumber(args);
  const goal = number === null ? null : await ctx.deps.repos.goals.find(ctx.user.id, number);
  if (!goal) return [missing(args)];
  if (Boolean(goal.doneAt) === done) return [reply(done ? `Goal ${goal.number} is already done.` : `Goal ${goal.number} is still open.`)];
  const updated = (await ctx.deps.repos.goals.setDone(ctx.user.id, goal.number, done ? ctx.now : null))!;
  return done ? celebrateGoal(ctx, updated) : [reply(["Reopened:", ...goalLines(updated)].join("\n"))];
}

async function addStep(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const match = /^#?(\d{1,6})\s+([\s\S]+)$/u.exec(args);
  if (!match) return [kindError("Which goal, and what's the step? For example /goal step 1 find the number. Nothing was changed.")];
  const text = match[2]!.trim();
  const problem = textProblem(text, "step");
  if (problem) return [kindError(`${problem} Nothing was changed.`)];
  const goal = await ctx.deps.repos.goals.find(ctx.user.id, Number(match[1]));
  if (!goal) return [missing(match[1]!)];
  if (goal.steps.length >= MAX_STEPS) return [kindError(`Goal ${goal.number} has ${MAX_STEPS} steps already. Nothing was changed.`)];
  const updated = (await ctx.deps.repos.goals.addStep(ctx.user.id, goal.number, text))!;
  return [reply(["Added the step:", ...goalLines(updated)].join("\n"))];
}

/** Ticks (or unticks) step m of goal n; the last step done marks the goal done. */
export async function tickStep(ctx: HandlerContext, number: number, position: number, done: boolean): Promise<Reply[]> {
  const goal = await ctx.deps.repos.goals.find(ctx.user.id, number);
  const step = goal?.steps.find((s) => s.position === position);
  if (!goal || !step) return [kindError(`I can't find step ${number}.${position}. /goals shows your goals and their steps. Nothing was changed.`)];
  if (Boolean(step.doneAt) === done) return [reply(done ? `Step ${number}.${position} is already ticked.` : `Step ${number}.${position} wasn't ticked.`)];
  const updated = (await ctx.deps.repos.goals.setStepDone(ctx.user.id, number, position, done ? ctx.now : null))!;
  if (done && !updated.doneAt && updated.steps.every((s) => s.doneAt)) {
    return celebrateGoal(ctx, (await ctx.deps.repos.goals.setDone(ctx.user.id, number, ctx.now))!);
  }
  const verb = done ? "Ticked" : "Unticked";
  return [reply([`${verb} "${preview(step.text, 60)}". Goal ${goal.number}: ${progressOf(updated)}.`, ...goalLines(updated).slice(1)].join("\n"))];
}

async function tickByText(ctx: HandlerContext, args: string, done: boolean): Promise<Reply[]> {
  const ref = readStepRef(args);
  if (!ref) return [kindError(`Which step? For example /goal ${done ? "tick" : "untick"} 1.2 for step 2 of goal 1. Nothing was changed.`)];
  return tickStep(ctx, ref.number, ref.position, done);
}

async function askToRemove(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const number = readGoalNumber(args);
  const goal = number === null ? null : await ctx.deps.repos.goals.find(ctx.user.id, number);
  if (!goal) return [missing(args)];
  return [
    reply(`Remove goal ${goal.number} ("${preview(goal.text, 60)}") and its steps? If it's finished, /goal done ${goal.number} keeps it as done instead.`, {
      kind: "prompt",
      buttons: [[{ id: `goal.remove:${goal.number}`, label: "Remove it" }, { id: "goal.keep", label: "Keep it" }]],
    }),
  ];
}

/** `/goal <verb> ...`; `/goal` alone lists. */
export async function goalCommand(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const [verb = "", ...rest] = args.split(/\s+/);
  const words = args.slice(verb.length).trim();
  switch (verb.toLowerCase()) {
    case "":
    case "list":
      return listGoals(ctx);
    case "add":
    case "new":
      return addGoal(ctx, words);
    case "done":
    case "finish":
    case "complete":
      return markDone(ctx, words, true);
    case "reopen":
    case "undone":
      return markDone(ctx, words, false);
    case "step":
      return addStep(ctx, words);
    case "tick":
      return tickByText(ctx, words, true);
    case "untick":
      return tickByText(ctx, words, false);
    case "remove":
    case "delete":
      return askToRemove(ctx, words);
    case "nudge":
    case "nudges":
      return setGoalNudge(ctx, rest.join(" "));
    default:
      return [kindError(`I didn't understand "${verb.slice(0, 20)}". ${USAGE}`)];
  }
}

/** `goal.tick:<n>:<m>`, `goal.remove:<n>`, `goal.keep` buttons. */
export const pressGoal: PressHandler = async (ctx, action) => {
  const [verb = "", a = "", b = ""] = action.split(":");
  if (verb === "tick" && /^\d+$/.test(a) && /^\d+$/.test(b)) return tickStep(ctx, Number(a), Number(b), true);
  if (verb === "remove" && /^\d+$/.test(a)) {
    const removed = await ctx.deps.repos.goals.remove(ctx.user.id, Number(a));
    return [removed ? reply(`Goal ${a} is removed.`) : kindError(`Goal ${a} isn't there any more.`)];
  }
  if (verb === "keep") return [reply("Okay, it stays.")];
  return [kindError("That button has expired. /goals shows your goals.")];
};
