import type { ConceptRole, CrisisConceptSet } from "./crisis-phrase-set";
import { findAll } from "./match-phrase-list";

// Context that makes crisis words not mean crisis now, judged before any layer reads the message:
// - resolved past: a sentence dated in the past ("two years ago", "at 17", "in high school") in a
//   message that also speaks of recovery ("I'm so grateful I'm still here", "therapy saved me");
// - hyperbole: a sentence with an everyday cause ("forgot my mother-in-law's birthday", "if they
//   play reggaeton again") in a message that laughs or rolls its eyes ("jaja", "lol", 😂, 🤦).
// Such a sentence is blanked for the rules, the concepts and the model. A dated sentence that also
// holds present danger ("again", "tonight", "right now") is not blanked, and other sentences of the
// message are read as usual, so "two years ago I tried; tonight I want to again" still answers.

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

/** Prepared text with every resolved-past or hyperbole sentence blanked (see above). */
export function quietSentences(prepared: string, set: CrisisConceptSet): string {
  if (!set.hasQuietTerms) return prepared;
  const sentences = prepared.split(" .");
  const roles = sentences.map((sentence) => rolesIn(sentence.startsWith(" ") || sentence.startsWith(",") ? sentence : ` ${sentence}`, set));
  const recovery = roles.some((found) => found.has("quiet-recovery"));
  const laughter = roles.some((found) => found.has("quiet-laughter"));
  if (!recovery && !laughter) return prepared;
  return sentences
    .map((sentence, index) => {
      const found = roles[index]!;
      // Present danger overrides a resolved past only: "if they play that song again" is still hyperbole.
      const resolvedPast = recovery && found.has("quiet-past") && !found.has("quiet-keep");
      const hyperbole = laughter && found.has("quiet-trivial");
      return resolvedPast || hyperbole ? BLANKED : sentence;
    })
    .join(" .");
}
