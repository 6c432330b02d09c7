/** What the companion is and is not, said plainly before anything else. */
export const INTRODUCTION = [
  "Hi, I'm Between: a companion for the days between your therapy sessions.",
  "",
  "I can send you a short daily check-in, keep your journal, habits and wins, hold your safety plan, and put together a summary you can bring to your next session.",
  "",
  "What I am not: I'm not a therapist and I can't give medical advice or diagnoses. I'm not an emergency service and no person reads what you write here.",
  "",
  "If you ever need support right away, type /safety or just help, any time, and I'll show your safety plan and crisis lines.",
].join("\n");
