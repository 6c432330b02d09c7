import type { HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { answerSafety } from "./answer-safety";
import { groundingExercise } from "./grounding-exercises";
import { startPlanBuilder } from "./build-plan";

async function answerSafetyCheck(ctx: HandlerContext, answer: string): Promise<Reply[]> {
  if (answer === "safe") {
    return [
      {
        kind: "safety",
        text: "I'm glad. Thank you for letting me know. If it gets harder later, /safety or just help brings everything back, any time.",
      },
    ];
  }
  const full = await answerSafety(ctx.deps, ctx.event.user, "request");
  const entry = ctx.deps.content.crisisLines.lookup(ctx.user.country);
  const emergency = entry ? entry.emergency : "your local emergency number";
  return [
    {
      kind: "safety",
      text: `Thank you for telling me. Please call ${emergency} now, or one of the lines below: they are there for exactly this moment. If you can, go to where other people are and tell someone near you.`,
    },
    full,
  ];
}

/** Buttons of the safety response: grounding exercises, "are you safe?", and the plan. */
export async function pressSafety(ctx: HandlerContext, action: string): Promise<Reply[]> {
  const [verb, value = ""] = action.split(":");
  if (verb === "ground") {
    const exercise = groundingExercise(value);
    if (exercise) return [exercise];
  }
  if (verb === "check") return answerSafetyCheck(ctx, value);
  if (verb === "plan") return startPlanBuilder(ctx);
  return [await answerSafety(ctx.deps, ctx.event.user, "request")];
}
