import type { CrisisPhraseSet } from "../../src/core/features/safety/crisis-phrase-set";
import { conceptSignals } from "../../src/core/features/safety/detect-crisis-concept";
import { prepareCrisisText } from "../../src/core/features/safety/detect-crisis-language";
import { crisisModelFeatures, featureScale } from "../../src/core/features/safety/score-crisis-model";
import type { EvalLine } from "./evaluate-crisis-set";

// Logistic regression for the crisis screen's statistical layer, in plain TypeScript so training
// needs nothing beyond this repository. Each feature enters with its naive Bayes log-count ratio as
// its value (NBSVM, Wang & Manning 2012), which helps on short texts; the stored weight is the
// product, so scoring stays one weighted sum. Deterministic: a fixed seed orders the examples, so the
// same lines always give the same weights (tests/core/safety/crisis-model.test.ts checks this).

/**
 * Settings compared by cross-validation on the training files: L2 from 1e-5 to 1e-3 and 8 to 30
 * epochs moved held-out recall at a given false-alarm rate by about a point, so plain values stay.
 */
export const TRAINING = {
  epochs: 15,
  learningRate: 1,
  /** L2 penalty per update: keeps rare word pieces from dominating. */
  l2: 1e-4,
  /** A feature must occur in this many training lines to get a weight (smaller, steadier model). */
  minCount: 2,
  /** Weights smaller than this are dropped from the committed file. */
  prune: 0.01,
  seed: 20261129,
  /**
   * Smoothing of the naive Bayes ratios. Cross-validated recall at 5% false alarms: plain logistic
   * regression 76.0%; ratios with 2: 76.2%, 1: 77.7%, 0.5: 78.4%, 0.1: 79.5%, 0.02: 79.3%.
   */
  ratioSmoothing: 0.1,
} as const;

/** Weights by feature, plus bias: what scripts/train-crisis-model.ts writes as JSON. */
export interface TrainedWeights {
  bias: number;
  weights: Record<string, number>;
}

/** A small seeded generator (mulberry32): the same shuffles on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with the seeded generator. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seeded(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * log(share of crisis lines with the feature / share of safe lines with it), smoothed: how strongly
 * a feature leans one way before the regression weighs it against the others.
 */
function naiveBayesRatios(examples: ReadonlyArray<{ features: readonly string[]; y: number }>, smoothing: number): Map<string, number> {
  const inCrisis = new Map<string, number>();
  const inSafe = new Map<string, number>();
  let crisisLines = 0;
  for (const { features, y } of examples) {
    if (y === 1) crisisLines++;
    const counts = y === 1 ? inCrisis : inSafe;
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  const safeLines = examples.length - crisisLines;
  const ratios = new Map<string, number>();
  for (const feature of new Set([...inCrisis.keys(), ...inSafe.keys()])) {
    const crisisShare = ((inCrisis.get(feature) ?? 0) + smoothing) / (crisisLines + 2 * smoothing);
    const safeShare = ((inSafe.get(feature) ?? 0) + smoothing) / (safeLines + 2 * smoothing);
    ratios.set(feature, Math.log(crisisShare / safeShare));
  }
  return ratios;
}

/** Trains on labelled lines; `phrases` supplies the rewrites and exclusions the detector applies first. */
export function trainCrisisModel(lines: readonly EvalLine[], phrases: CrisisPhraseSet): TrainedWeights {
  const examples = lines.map((line) => {
    const prepared = prepareCrisisText(line.text, phrases);
    const features = crisisModelFeatures(prepared, phrases.concepts ? conceptSignals(prepared, phrases.concepts) : []);
    return { features: [...features], scale: featureScale(features.size), y: line.label === "crisis" ? 1 : 0 };
  });
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const kept = examples.map(({ features, scale, y }) => ({ features: features.filter((feature) => (counts.get(feature) ?? 0) >= TRAINING.minCount), scale, y }));
  const ratio = naiveBayesRatios(kept, TRAINING.ratioSmoothing);
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    // Decaying step: large moves early, fine adjustments late.
    const rate = TRAINING.learningRate / (1 + epoch * 0.5);
    for (const { features, scale, y } of shuffled(kept, TRAINING.seed + epoch)) {
      let sum = 0;
      for (const feature of features) sum += (weights.get(feature) ?? 0) * ratio.get(feature)!;
      const gradient = 1 / (1 + Math.exp(-(bias + sum * scale))) - y;
      bias -= rate * gradient;
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight - rate * (gradient * scale * ratio.get(feature)! + TRAINING.l2 * weight));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [feature, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const effective = weight * ratio.get(feature)!;
    if (Math.abs(effective) >= TRAINING.prune) out[feature] = round(effective);
  }
  return { bias: round(bias), weights: out };
}
