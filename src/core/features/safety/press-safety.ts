import type { CoreDeps } from "../../deps";
import type { ChatKind, UserRef } from "../../events";
import type { HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { answerSafety, safetyDataFor } from "./answer-safety";
import { buildSafetyResponse } from "./build-safety-response";
import { groundingExercise } from "./grounding-exercises";
import { startPlanBuilder } from "./build-plan";

const SAFE_FOR_NOW: Reply = {
  kind: "safety",
  text: "I'm glad. Thank you for letting me know. If it gets harder later, /safety or just help brings everything back, any time.",
};

async function answerNotSafe(deps: CoreDeps, user: UserRef, chat: ChatKind): Promise<Reply[]> {
  const data = chat === "group" ? null : await safetyDataFor(deps, user, "request");
  const directory = deps.content.crisisLines;
  const emergency = directory.lookup(data?.country ?? null)?.emergency ?? "your local emergency number";
  const full = chat === "group"
    ? buildSafetyResponse({ moment: "group", directory, country: null, plan: [] })
    : buildSafetyResponse({ moment: "request", directory, country: data?.country ?? null, plan: data?.plan ?? null });
  return [
    {
      kind: "safety",
      text: `Thank you for telling me. Please call ${emergency} now, or one of the lines below: they are there for exactly this moment. If you can, go to where other people are and tell someone near you.`,
    },
    full,
  ];
}

/**
 * The buttons of the safety response that must work whatever state storage is in ("I'm not safe",
 * the grounding exercises): answered before the person is loaded, like /safety itself.
 */
export function answersWithoutStorage(actionId: string): boolean {
  return /^safety\.(check|ground):/.test(actionId);
}

export async function pressSafetyWithoutStorage(deps: CoreDeps, user: UserRef, actionId: string, chat: ChatKind): Promise<Reply[]> {
  const [verb, value = ""] = actionId.slice("safety.".length).split(":");
  if (verb === "ground") {
    const exercise = groundingExercise(value);
    if (exercise) return [exercise];
  }
  if (verb === "check" && value === "safe") return [SAFE_FOR_NOW];
  if (verb === "check" && value === "unsafe") return answerNotSafe(deps, user, chat);
  return [await answerSafety(deps, user, "request", chat)];
}

/** Buttons of the safety response that need the person: making or editing the plan. */
export async function pressSafety(ctx: HandlerContext, action: string): Promise<Reply[]> {
  if (action === "plan") return startPlanBuilder(ctx);
  return [await answerSafety(ctx.deps, ctx.event.user, "request")];
}
