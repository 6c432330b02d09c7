import type { CrisisModel } from "./crisis-phrase-set";

// The statistical layer: a logistic regression over words, word pairs and word pieces of the
// prepared text. Word pieces (character 3- to 5-grams) let it see "umzubringen" in
// "umbringen" or "suicidaire" in "suicidio"; the weights are learned offline from labelled lines.

const SHORTEST_PIECE = 3;
/**
 * Fewer words than this and the model stays out: "not now" or "skip" give it too little to go on
 * (it answered "not now" in testing), and short crisis messages are what the rules cover best.
 */
export const MODEL_MIN_WORDS = 4;
const LONGEST_PIECE = 5;

/**
 * The features of prepared text (normalised, rewritten, exclusions blanked): "w:" words, "b:"
 * pairs of neighbouring words within a sentence, "c:" pieces of words padded with "<" and ">",
 * and "k:" concept-lexicon entries with a term in the text (`conceptSignals`).
 * Each feature counts once per message. Shared by training and scoring, so they cannot drift.
 */
export function crisisModelFeatures(prepared: string, signals: readonly string[] = []): Set<string> {
  const features = new Set<string>(signals.map((name) => `k:${name}`));
  for (const sentence of prepared.split(" .")) {
    const words = sentence.split(/[ ,]+/).filter((word) => word !== "");
    for (const [index, word] of words.entries()) {
      for (const feature of featuresOfWord(word)) features.add(feature);
      if (index > 0) features.add(`b:${words[index - 1]} ${word}`);
    }
  }
  return features;
}

/** A word's own features are the same in every message: built once per word (the cache is bounded, as words are not). */
const WORD_CACHE_MAX = 50_000;
const wordFeatures = new Map<string, readonly string[]>();

function featuresOfWord(word: string): readonly string[] {
  const known = wordFeatures.get(word);
  if (known) return known;
  const features = [`w:${word}`];
  if (word.length >= SHORTEST_PIECE) {
    const padded = `<${word}>`;
    for (let size = SHORTEST_PIECE; size <= LONGEST_PIECE; size++) {
      for (let at = 0; at + size <= padded.length; at++) features.push(`c:${padded.slice(at, at + size)}`);
    }
  }
  if (wordFeatures.size >= WORD_CACHE_MAX) wordFeatures.clear();
  wordFeatures.set(word, features);
  return features;
}

/** The model's probability that the message is crisis language, with the features that pushed most. */
export interface ModelScore {
  probability: number;
  /** Up to three features with the largest positive weights present, e.g. "w:umbringen". */
  strongest: string[];
}

/**
 * How much each feature of a message counts: 1/sqrt(number of features), so a long message is not
 * pushed towards "crisis" just by having many words. Training uses the same scale.
 */
export function featureScale(featureCount: number): number {
  return featureCount === 0 ? 0 : 1 / Math.sqrt(featureCount);
}

export function scoreCrisisModel(prepared: string, model: CrisisModel, signals: readonly string[] = []): ModelScore {
  const features = crisisModelFeatures(prepared, signals);
  let words = 0;
  for (const feature of features) if (feature.startsWith("w:") && feature !== "w:_") words += 1;
  if (words < MODEL_MIN_WORDS) return { probability: 0, strongest: [] };
  const scale = featureScale(features.size);
  let sum = 0;
  // The three largest positive weights, largest first (kept in place: sorting every feature cost more than scoring).
  const strongest: Array<[string, number]> = [];
  for (const feature of features) {
    const weight = model.weights.get(feature);
    if (weight === undefined) continue;
    sum += weight;
    if (weight <= 0 || (strongest.length === 3 && weight <= strongest[2]![1])) continue;
    let at = strongest.length < 3 ? strongest.length : 2;
    while (at > 0 && strongest[at - 1]![1] < weight) at -= 1;
    strongest.splice(at, 0, [feature, weight]);
    if (strongest.length > 3) strongest.pop();
  }
  return { probability: 1 / (1 + Math.exp(-(model.bias + sum * scale))), strongest: strongest.map(([feature]) => feature) };
}
