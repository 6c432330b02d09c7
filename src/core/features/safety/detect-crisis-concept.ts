import type { CrisisConceptEntry, CrisisConceptSet } from "./crisis-phrase-set";
import { findAll, type PhraseHit } from "./match-phrase-list";

// The concept layer: a sentence answers when it holds an unambiguous concept term, or a concept
// term near a marker of wish, intent or thought ("i keep thinking" ... "not waking up"). Exact
// phrases miss new wordings; pairs of small lexicons cover many more of them.

/** Which entries of the concept lexicons made a sentence answer. */
export interface ConceptFinding {
  concept: CrisisConceptEntry;
  marker: CrisisConceptEntry | null;
  /** The words that matched, for review and the eval report (never logged). */
  evidence: string;
}

const SEPARATORS = /[ ,]/g;

function wordPosition(text: string, at: number): number {
  return (text.slice(0, at).match(SEPARATORS) ?? []).length;
}

interface Placed {
  entry: CrisisConceptEntry;
  from: number;
  to: number;
  words: string;
}

function place(sentence: string, hit: PhraseHit, set: CrisisConceptSet): Placed {
  const entry = set.entries[set.termEntry[hit.index]!]!;
  return { entry, from: wordPosition(sentence, hit.start), to: wordPosition(sentence, hit.end), words: sentence.slice(hit.start + 1, hit.end) };
}

function findInSentence(sentence: string, set: CrisisConceptSet): ConceptFinding | null {
  const found = findAll(sentence, set.terms).map((hit) => place(sentence, hit, set));
  // A guard silences its own language only: German "See" (lake) must not silence English "see".
  // A guard word inside a concept's or marker's own phrase does not count: "not for cooking" is not cooking.
  const phrases = found.filter(({ entry }) => entry.role !== "guard" && !entry.role.startsWith("quiet-"));
  const inside = (guard: Placed) => phrases.some((other) => other.from <= guard.from && other.to >= guard.to);
  const guarded = new Set(found.filter((hit) => hit.entry.role === "guard" && !inside(hit)).map(({ entry }) => entry.language));
  const placed = found.filter(({ entry }) => !guarded.has(entry.language));
  const alone = placed.find(({ entry }) => entry.role === "alone");
  if (alone) return { concept: alone.entry, marker: null, evidence: alone.words };
  const markers = placed.filter(({ entry }) => entry.role.startsWith("marker-"));
  for (const concept of placed.filter(({ entry }) => entry.role === "with-marker")) {
    const allowed = concept.entry.markers;
    // Same language only: French "tôt" must not meet German "tot". Distance is the words between
    // the two spans; overlapping spans ("kill myself" and "myself") are distance 0.
    const near = markers.find(
      (marker) =>
        marker.entry.language === concept.entry.language &&
        // A context marker ("right now", "drunk") only counts for the concepts that name it.
        (allowed ? allowed.includes(marker.entry.id) : marker.entry.role !== "marker-context") &&
        Math.max(0, concept.from - marker.to, marker.from - concept.to) <= set.reachWords,
    );
    if (near) return { concept: concept.entry, marker: near.entry, evidence: `${near.words} … ${concept.words}` };
  }
  return null;
}

/** Reads prepared text (rewritten, exclusions blanked) sentence by sentence; the first finding answers. */
export function detectCrisisConcept(prepared: string, set: CrisisConceptSet): ConceptFinding | null {
  for (const sentence of prepared.split(" .")) {
    const found = findInSentence(sentence.startsWith(" ") || sentence.startsWith(",") ? sentence : ` ${sentence}`, set);
    if (found) return found;
  }
  return null;
}

/**
 * Every lexicon entry with a term in the prepared text, without its language ("concept-not-alive",
 * "marker-wish"), for the model: a concept word without a marker nearby is not enough to answer,
 * but it is evidence, and it means the same in all four languages.
 */
export function conceptSignals(prepared: string, set: CrisisConceptSet): string[] {
  const names = new Set<string>();
  for (const hit of findAll(prepared, set.terms)) names.add(set.entries[set.termEntry[hit.index]!]!.id.slice(3));
  return [...names];
}
