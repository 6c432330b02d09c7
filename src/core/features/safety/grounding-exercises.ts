import type { Button, Reply } from "../../replies";
import { withLanguage } from "./safety-button-language";
import { safetyWording, type GroundingKey, type SafetyLanguage } from "./wording/safety-wording";

// Short exercises offered with the safety response, in its language. Plain steps, no scoring, no streaks.

const KEYS: readonly GroundingKey[] = ["box", "54321"];

export function groundingButtons(language: SafetyLanguage): Button[] {
  const wording = safetyWording(language);
  return KEYS.map((key) => ({ id: withLanguage(`safety.ground:${key}`, language), label: wording.grounding[key].label }));
}

export function groundingExercise(key: string, language: SafetyLanguage = "en"): Reply | null {
  if (!(KEYS as readonly string[]).includes(key)) return null;
  const wording = safetyWording(language);
  return {
    kind: "safety",
    text: wording.grounding[key as GroundingKey].text,
    buttons: [[{ id: withLanguage("safety.show", language), label: wording.buttons.backToPlan }]],
  };
}
