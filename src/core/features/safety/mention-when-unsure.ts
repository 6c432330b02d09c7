import type { CoreDeps } from "../../deps";
import type { User } from "../../model";
import type { Reply } from "../../replies";
import { DAY_MS } from "../check-ins/local-date";
import { mentionedRecently, mentionPlan } from "./mention-plan";
import { safetyWording, type SafetyLanguage } from "./wording/safety-wording";

/**
 * When the crisis screen is unsure (the model's score fell between its mention threshold and the
 * threshold of the safety response), the message is handled as usual and one gentle line points to
 * the plan. The screen misses about a fifth of crisis messages it was not trained on; this gives
 * many of those a door without answering a hard day as if it were an emergency.
 */
export const UNSURE_MENTION_EVERY_MS = DAY_MS;

export const UNSURE_MENTION = safetyWording("en").unsureMention;

/** The mention, in the language the message was written in, unless the plan was mentioned in the last day (this or the between-sessions mention). */
export async function mentionWhenUnsure(deps: CoreDeps, user: User, at: Date, language: SafetyLanguage = "en"): Promise<Reply | null> {
  if (mentionedRecently(user, at, UNSURE_MENTION_EVERY_MS)) return null;
  return mentionPlan(deps, user, at, safetyWording(language).unsureMention, "screen-unsure", language);
}
