/**
 * One short reflection offered with the journal step, drawn from the practices between sessions.
 * Ids are stored with each check-in: never reuse an id for a different prompt.
 */
export const REFLECTION_PROMPTS: readonly { id: string; practice: string; text: string }[] = [
  { id: "compassion-friend", practice: "self-compassion", text: "What would you say to a friend who had the day you had?" },
  { id: "compassion-enough", practice: "self-compassion", text: "What is one thing you did today that was enough, even if it wasn't perfect?" },
  { id: "compassion-kind", practice: "self-compassion", text: "Where could you be a little gentler with yourself this week?" },
  { id: "body-notice", practice: "body", text: "How does your body feel right now? Just notice, no need to change it." },
  { id: "body-rest", practice: "body", text: "How did you rest, eat or move today?" },
  { id: "body-breath", practice: "body", text: "Take three slow breaths. What do you notice afterwards?" },
  { id: "support-who", practice: "support", text: "Who did you feel connected to today, even briefly?" },
  { id: "support-reach", practice: "support", text: "Is there someone you'd like to reach out to this week?" },
  { id: "support-help", practice: "support", text: "What helped you today, a person, a place or a thing?" },
  { id: "goals-step", practice: "small goals", text: "What is one small step you'd like to take tomorrow?" },
  { id: "goals-progress", practice: "small goals", text: "What moved forward this week, however slightly?" },
  { id: "goals-win", practice: "small goals", text: "What small win from today deserves noticing?" },
  { id: "patterns-trigger", practice: "patterns", text: "Did anything today set off a strong feeling? What came just before it?" },
  { id: "patterns-energy", practice: "patterns", text: "When did you have the most energy today, and the least?" },
  { id: "patterns-session", practice: "patterns", text: "Is there something from today you'd like to bring to your next session?" },
  { id: "consistency-moment", practice: "consistency", text: "Was there a calm moment today? What were you doing?" },
];

/** Long enough that a prompt does not come back for two weeks, even with two check-ins a day. */
export const PROMPT_REPEAT_DAYS = 14;

/** The first prompt, in rotation order, not shown in the last two weeks (or the oldest one if all were). */
export function choosePrompt(recentIds: readonly string[]) {
  const recent = new Set(recentIds);
  return REFLECTION_PROMPTS.find((prompt) => !recent.has(prompt.id)) ?? REFLECTION_PROMPTS[recentIds.length % REFLECTION_PROMPTS.length]!;
}
