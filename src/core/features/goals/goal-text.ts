import type { Goal } from "../../model";

export const GOAL_MAX_LENGTH = 200;
export const STEP_MAX_LENGTH = 200;
export const MAX_STEPS = 10;
export const MAX_OPEN_GOALS = 10;

/** "2 of 3 steps", or "" for a goal without steps. */
export function progressOf(goal: Goal): string {
  if (goal.steps.length === 0) return "";
  const done = goal.steps.filter((step) => step.doneAt).length;
  return `${done} of ${goal.steps.length} ${goal.steps.length === 1 ? "step" : "steps"}`;
}

/** "2. call the GP (1 of 3 steps)" with its steps beneath, ✓ for done and ○ for open. */
export function goalLines(goal: Goal, withSteps = true): string[] {
  const progress = progressOf(goal);
  const head = `${goal.number}. ${goal.text}${goal.doneAt ? " ✓ done" : progress ? ` (${progress})` : ""}`;
  if (!withSteps || goal.doneAt) return [head];
  return [head, ...goal.steps.map((step) => `   ${step.doneAt ? "✓" : "○"} ${goal.number}.${step.position} ${step.text}`)];
}

/** A short text that names something: a word in it, one line, not too long. */
export function textProblem(text: string, what: "goal" | "step"): string | null {
  const max = what === "goal" ? GOAL_MAX_LENGTH : STEP_MAX_LENGTH;
  if (!text) return what === "goal" ? "What's the goal? For example /goal add call the GP; find the number; note my questions." : "What's the step?";
  if (!/[\p{L}\p{N}]/u.test(text)) return `A ${what} needs a few words, so you can find it again.`;
  if (text.length > max) return `That's long for a ${what} (up to ${max} characters). Keep it short here; the details can go in your journal.`;
  return null;
}

/** "call the GP; find the number; write questions" or one per line -> the goal and its steps. */
export function splitGoal(text: string): { goal: string; steps: string[] } {
  const parts = text.split(/\s*(?:;|\n)\s*/u).map((part) => part.replace(/^[-•*]\s*/u, "").trim()).filter(Boolean);
  return { goal: parts[0] ?? "", steps: parts.slice(1) };
}

/** "2.3", "2 3" or "2 step 3" -> goal 2, step 3. */
export function readStepRef(text: string): { number: number; position: number } | null {
  const match = /^#?(\d{1,6})(?:\.|\s+(?:step\s+)?)(\d{1,3})$/iu.exec(text.trim());
  return match ? { number: Number(match[1]), position: Number(match[2]) } : null;
}

export function readGoalNumber(text: string): number | null {
  const match = /^(?:goal\s+)?#?(\d{1,6})$/iu.exec(text.trim());
  return match ? Number(match[1]) : null;
}
