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
      features.add(`w:${word}`);
      if (index > 0) features.add(`b:${words[index - 1]} ${word}`);
      if (word.length < SHORTEST_PIECE) continue;
      const padded = `<${word}>`;
      for (let size = SHORTEST_PIECE; size <= LONGEST_PIECE; size++) {
        for (let at = 0; at + size <= padded.length; at++) features.add(`c:${padded.slice(at, at + size)}`);
      }
    }
  }
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
  const present: Array<[string, number]> = [];
  for (const feature of features) {
    const weight = model.weights.get(feature);
    if (weight === undefined) continue;
    sum += weight;
    if (weight > 0) present.push([feature, weight]);
  }
  present.sort((a, b) => b[1] - a[1]);
  return { probability: 1 / (1 + Math.exp(-(model.bias + sum * scale))), strongest: present.slice(0, 3).map(([feature]) => feature) };
}
