/**
 * The starter set, drawn from what people practise between sessions. Keys are stored with each
 * habit picked from here: never reuse a key for a different practice.
 */
export interface StarterHabit {
  key: string;
  /** The habit's name as the person will type it ("done walk"). */
  name: string;
  /** What the picker button says. */
  label: string;
  /** For patterns: "On days you walked, ...". */
  pastTense: string;
  /** Other words people use for it ("walked ✅"). */
  aliases: readonly string[];
}

export const STARTER_HABITS: readonly StarterHabit[] = [
  { key: "breathing", name: "breathing", label: "Breathing exercise", pastTense: "did a breathing exercise", aliases: ["breathe", "breathed", "breathing exercise", "breaths"] },
  { key: "walk", name: "walk", label: "A short walk", pastTense: "walked", aliases: ["walked", "walking", "short walk", "a walk", "went for a walk"] },
  { key: "sleep", name: "regular sleep", label: "Regular sleep times", pastTense: "kept regular sleep times", aliases: ["sleep", "slept", "bedtime", "sleep routine"] },
  { key: "meals", name: "meals", label: "Regular meals", pastTense: "ate regular meals", aliases: ["ate", "eat", "eating", "regular meals", "ate well"] },
  { key: "water", name: "water", label: "Enough water", pastTense: "drank enough water", aliases: ["drank water", "drink water", "drinking water", "hydrated"] },
  { key: "reach-out", name: "message someone", label: "A message to someone", pastTense: "messaged someone", aliases: ["messaged someone", "texted someone", "reached out", "message", "messaged"] },
  { key: "journal", name: "journaling", label: "Journaling", pastTense: "journaled", aliases: ["journal", "journaled", "journalled", "wrote"] },
  { key: "mindfulness", name: "mindfulness", label: "A mindfulness exercise", pastTense: "did a mindfulness exercise", aliases: ["meditated", "meditation", "mindful", "meditate"] },
];

export function starterHabit(key: string | null): StarterHabit | undefined {
  return STARTER_HABITS.find((starter) => starter.key === key);
}
