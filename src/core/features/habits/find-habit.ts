import type { Habit } from "../../model";
import { starterHabit } from "./starter-habits";

/** What a name the person typed points to: one habit, several (ask which), or none. */
export type HabitMatch = { kind: "one"; habit: Habit } | { kind: "several"; habits: Habit[] } | { kind: "none" };

function normalise(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/[.!?,;:]+$/u, "")
    .replace(/^(?:a|an|the|my)\s+/u, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** "walked", "walking", "walks" -> "walk": just enough to hear a habit in a past tense. */
function stem(word: string): string {
  const cut = word.replace(/(?:ing|ed|es|s|e)$/u, "");
  return cut.length >= 3 ? cut : word;
}

const stems = (text: string) => text.split(" ").map(stem);

/** Finds the habit a typed name means: exact name, then a starter's own words, then a word stem. */
export function findHabit(habits: readonly Habit[], typed: string): HabitMatch {
  const name = normalise(typed);
  if (!name) return { kind: "none" };
  const exact = habits.filter((habit) => normalise(habit.name) === name);
  if (exact.length === 1) return { kind: "one", habit: exact[0]! };
  const byAlias = habits.filter((habit) => starterHabit(habit.starterKey)?.aliases.includes(name));
  if (byAlias.length === 1) return { kind: "one", habit: byAlias[0]! };
  const typedStems = stems(name);
  const byStem = habits.filter((habit) => {
    const habitStems = stems(normalise(habit.name));
    if (habitStems.join(" ") === typedStems.join(" ")) return true;
    // One typed word that is one of the habit's words: "walked" for "evening walk".
    return typedStems.length === 1 && habitStems.includes(typedStems[0]!);
  });
  if (byStem.length === 1) return { kind: "one", habit: byStem[0]! };
  if (byStem.length > 1) return { kind: "several", habits: byStem };
  return { kind: "none" };
}
