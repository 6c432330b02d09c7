import type { CoreDeps } from "../../deps";
import type { User } from "../../model";
import type { Reply } from "../../replies";
import { withLanguage } from "./safety-button-language";
import { safetyWording, type SafetyLanguage } from "./wording/safety-wording";

// The plan mentioned outside the safety response (an unsure crisis screen, a long gap before the
// next session): one line and the plan's button, remembered on the person so no mention repeats
// another too soon.

/** Whether the plan was mentioned to this person less than `withinMs` before `at`. */
export function mentionedRecently(user: User, at: Date, withinMs: number): boolean {
  return user.lastSafetyNudgeAt !== null && at.getTime() - user.lastSafetyNudgeAt.getTime() < withinMs;
}

/** Records the mention and returns it; `reason` is logged, never what the person wrote. */
export async function mentionPlan(deps: CoreDeps, user: User, at: Date, text: string, reason: string, language: SafetyLanguage = "en"): Promise<Reply> {
  await deps.repos.users.update(user.id, { lastSafetyNudgeAt: at });
  deps.logger.info({ event: "safety-plan-mentioned", reason }, "safety plan mentioned");
  return { kind: "reply", text, buttons: [[{ id: withLanguage("safety.show", language), label: safetyWording(language).buttons.myPlan }]] };
}
