import type { Reply } from "../../replies";

/** Short exercises offered with the safety response. Plain steps, no scoring, no streaks. */
const EXERCISES: Record<string, { label: string; text: string }> = {
  box: {
    label: "Box breathing",
    text: [
      "Let's breathe together, slowly. There is no right or wrong way to do this.",
      "",
      "1. Breathe in through your nose for 4.",
      "2. Hold for 4.",
      "3. Breathe out through your mouth for 4.",
      "4. Hold for 4.",
      "",
      "Repeat four times, or for as long as it helps. If holding feels uncomfortable, just breathe in and out slowly.",
    ].join("\n"),
  },
  "54321": {
    label: "5-4-3-2-1 grounding",
    text: [
      "Let's come back to the room you are in, one sense at a time.",
      "",
      "Name 5 things you can see.",
      "4 things you can touch or feel.",
      "3 things you can hear.",
      "2 things you can smell (or two smells you like).",
      "1 thing you can taste, or one kind thing you can say to yourself.",
      "",
      "Take your time. You can do it again whenever you need.",
    ].join("\n"),
  },
};

export const GROUNDING_BUTTONS = Object.entries(EXERCISES).map(([key, exercise]) => ({
  id: `safety.ground:${key}`,
  label: exercise.label,
}));

export function groundingExercise(key: string): Reply | null {
  const exercise = EXERCISES[key];
  if (!exercise) return null;
  return {
    kind: "safety",
    text: exercise.text,
    buttons: [[{ id: "safety.show", label: "Back to my safety plan" }]],
  };
}
