import type { ConceptRole, CrisisConceptSet } from "./crisis-phrase-set";
import { findAll } from "./match-phrase-list";

// Context that makes crisis words not mean crisis now, judged before any layer reads the message:
// a sentence dated in the past ("two years ago", "at 17", "in high school") in a message that also
// speaks of recovery ("I'm so grateful I'm still here", "therapy saved me") is blanked for the rules,
// the concepts and the model. A dated sentence that also holds present danger ("again", "tonight",
// "right now") is not blanked, and other sentences are read as usual, so "two years ago I tried;
// tonight I want to again" still answers. Hyperbole with laughter is not quieted, by policy: people
// in real crisis joke too.

/** What is left of a blanked sentence: the exclusion placeholder, which no pattern reads. */
const BLANKED = " _";

function rolesIn(sentence: string, set: CrisisConceptSet): Set<ConceptRole> {
  const roles = new Set<ConceptRole>();
  for (const hit of findAll(sentence, set.terms)) {
    const role = set.entries[set.termEntry[hit.index]!]!.role;
    if (role.startsWith("quiet-")) roles.add(role);
  }
  return roles;
}

/** Prepared text with every resolved-past sentence blanked (see above). */
export function quietSentences(prepared: string, set: CrisisConceptSet): string {
  if (!set.hasQuietTerms) return prepared;
  const sentences = prepared.split(" .");
  const roles = sentences.map((sentence) => rolesIn(sentence.startsWith(" ") || sentence.startsWith(",") ? sentence : ` ${sentence}`, set));
  if (!roles.some((found) => found.has("quiet-recovery"))) return prepared;
  return sentences.map((sentence, index) => (roles[index]!.has("quiet-past") && !roles[index]!.has("quiet-keep") ? BLANKED : sentence)).join(" .");
}
