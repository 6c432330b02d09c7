import type { CoreDeps } from "../../deps";
import type { ChatKind, UserRef } from "../../events";
import type { HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { answerSafety, safetyAnswerFor } from "./answer-safety";
import { groundingExercise } from "./grounding-exercises";
import { readSafetyButton } from "./safety-button-language";
import { safetyWording, type SafetyLanguage } from "./wording/safety-wording";
import { startPlanBuilder } from "./build-plan";

async function answerNotSafe(deps: CoreDeps, user: UserRef, chat: ChatKind, language: SafetyLanguage): Promise<Reply[]> {
  const { reply: full, country } = await safetyAnswerFor(deps, user, "request", { chat, language });
  const emergency = deps.content.crisisLines.lookup(country)?.emergency ?? null;
  return [{ kind: "safety", text: safetyWording(language).notSafe(emergency) }, full];
}

/**
 * The buttons of the safety response that must work whatever state storage is in ("I'm not safe",
 * the grounding exercises): answered before the person is loaded, like /safety itself.
 */
export function answersWithoutStorage(actionId: string): boolean {
  return actionId.startsWith("safety.") && ["check", "ground"].includes(readSafetyButton(actionId).verb);
}

export async function pressSafetyWithoutStorage(deps: CoreDeps, user: UserRef, actionId: string, chat: ChatKind): Promise<Reply[]> {
  const { verb, value, language } = readSafetyButton(actionId);
  if (verb === "ground") {
    const exercise = groundingExercise(value, language);
    if (exercise) return [exercise];
  }
  if (verb === "check" && value === "safe") return [{ kind: "safety", text: safetyWording(language).safeForNow }];
  if (verb === "check" && value === "unsafe") return answerNotSafe(deps, user, chat, language);
  return [await answerSafety(deps, user, "request", { chat, language })];
}

/** Buttons of the safety response that need the person: making or editing the plan. */
export async function pressSafety(ctx: HandlerContext, action: string): Promise<Reply[]> {
  const { verb, language } = readSafetyButton(action);
  // "plan:es": the builder in the language of the response the button was on.
  if (verb === "plan") return startPlanBuilder(ctx, language);
  return [await answerSafety(ctx.deps, ctx.event.user, "request")];
}
