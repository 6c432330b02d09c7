import type { CrisisPhraseSet } from "../../src/core/features/safety/crisis-phrase-set";
import { conceptSignals } from "../../src/core/features/safety/detect-crisis-concept";
import { detectCrisisLanguage, prepareCrisisText } from "../../src/core/features/safety/detect-crisis-language";
import { scoreCrisisModel } from "../../src/core/features/safety/score-crisis-model";
import type { EvalLine } from "./evaluate-crisis-set";
import { shuffled, trainCrisisModel, type TrainedWeights } from "./train-crisis-model";

// Honest figures for the statistical layer: every line is scored by a model that never saw it,
// combined with the rules and concepts (which answer first), and the threshold is chosen on
// those held-out scores, never on a test set.

export const FOLDS = 5;
/** Thresholds tried; the chosen one is the lowest whose added held-out false alarms stay under the cap. */
export const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.775, 0.8, 0.825, 0.85, 0.875, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99];
/**
 * Most false alarms the model may add, on held-out lines, to those of the rules and concepts alone.
 * The rules had 2.5% false alarms on blind text; 2 more points stays under the 5% target.
 */
export const CV_ADDED_FALSE_ALARM_CAP = 0.02;

/**
 * Most safe lines, on held-out scores, that may get the gentle mention on top of those that get the
 * safety response: a mention is one line pointing to the plan, so it may be wrong more often.
 */
export const CV_MENTION_ADDED_CAP = 0.05;

/** One line with where it came from, whether rules or concepts answer, and its held-out model score. */
export interface ScoredLine {
  line: EvalLine;
  source: string;
  ruleOrConcept: boolean;
  probability: number;
}

export function toModel(trained: TrainedWeights, threshold: number) {
  return { weights: new Map(Object.entries(trained.weights)), bias: trained.bias, threshold };
}

function heldOutProbability(line: EvalLine, phrases: CrisisPhraseSet, model: ReturnType<typeof toModel>): number {
  const prepared = prepareCrisisText(line.text, phrases);
  return scoreCrisisModel(prepared, model, phrases.concepts ? conceptSignals(prepared, phrases.concepts) : []).probability;
}

/** A translated line's note ends "translated from train-7:123": the file and line it came from. */
const TRANSLATED_FROM = /translated from ([\w-]+):(\d+)$/;

/**
 * Each line's fold key: "file:line", or for a translation the key of the line it came from, so a
 * line and its translations always fall in the same fold (otherwise the model would be tested on
 * lines whose translations it learned).
 */
export function foldKeys(lines: ReadonlyArray<{ line: EvalLine; source: string }>): string[] {
  const seen = new Map<string, number>();
  return lines.map(({ line, source }) => {
    const number = (seen.get(source) ?? 0) + 1;
    seen.set(source, number);
    const from = TRANSLATED_FROM.exec(line.note ?? "");
    return from ? `${from[1]}:${from[2]}` : `${source}:${number}`;
  });
}

/** Scores each line with a model trained on the other folds. `phrases` must have no model. */
export function crossValidate(lines: ReadonlyArray<{ line: EvalLine; source: string }>, phrases: CrisisPhraseSet, seed: number): ScoredLine[] {
  const keys = foldKeys(lines);
  const order = shuffled([...new Set(keys)], seed);
  const foldOfKey = new Map(order.map((key, position) => [key, position % FOLDS]));
  const fold = new Map(keys.map((key, index) => [index, foldOfKey.get(key)!]));
  const scored: ScoredLine[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const training = lines.filter((_, index) => fold.get(index) !== k).map(({ line }) => line);
    const model = toModel(trainCrisisModel(training, phrases), 1);
    for (const [index, { line, source }] of lines.entries()) {
      if (fold.get(index) !== k) continue;
      const probability = heldOutProbability(line, phrases, model);
      scored.push({ line, source, ruleOrConcept: detectCrisisLanguage(line.text, phrases) !== null, probability });
    }
  }
  return scored;
}

/** Scores `test` with one model trained on `train`: a stricter check across authors and styles. */
export function crossSource(train: readonly EvalLine[], test: ReadonlyArray<{ line: EvalLine; source: string }>, phrases: CrisisPhraseSet): ScoredLine[] {
  const model = toModel(trainCrisisModel(train, phrases), 1);
  return test.map(({ line, source }) => ({
    line,
    source,
    ruleOrConcept: detectCrisisLanguage(line.text, phrases) !== null,
    probability: heldOutProbability(line, phrases, model),
  }));
}

export interface Rates {
  crisis: number;
  safe: number;
  recall: number;
  falseAlarms: number;
}

/** Recall and false-alarm rate of rules OR concepts OR (model >= threshold); threshold > 1 means no model. */
export function rates(scored: readonly ScoredLine[], threshold: number): Rates {
  let crisis = 0;
  let safe = 0;
  let caught = 0;
  let alarms = 0;
  for (const { line, ruleOrConcept, probability } of scored) {
    const fires = ruleOrConcept || probability >= threshold;
    if (line.label === "crisis") {
      crisis++;
      if (fires) caught++;
    } else {
      safe++;
      if (fires) alarms++;
    }
  }
  return { crisis, safe, recall: crisis ? caught / crisis : 1, falseAlarms: safe ? alarms / safe : 0 };
}

/** The lowest threshold at which the model adds at most the cap to the held-out false alarms. */
export function chooseThreshold(scored: readonly ScoredLine[]): number {
  const base = rates(scored, 2).falseAlarms;
  return THRESHOLDS.find((threshold) => rates(scored, threshold).falseAlarms - base <= CV_ADDED_FALSE_ALARM_CAP) ?? THRESHOLDS.at(-1)!;
}

/** The lowest threshold, at or under `threshold`, at which the mention adds at most its cap of safe lines. */
export function chooseMentionThreshold(scored: readonly ScoredLine[], threshold: number): number {
  const base = rates(scored, threshold).falseAlarms;
  return THRESHOLDS.find((candidate) => candidate <= threshold && rates(scored, candidate).falseAlarms - base <= CV_MENTION_ADDED_CAP) ?? threshold;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** "label  recall 97.1% (n=..) | false alarms 2.3% (n=..)" for each slice: all, per language, per source. */
export function describeRates(title: string, scored: readonly ScoredLine[], threshold: number): string[] {
  const slices: Array<[string, readonly ScoredLine[]]> = [["all", scored]];
  for (const lang of ["en", "es", "de", "fr"]) slices.push([lang, scored.filter(({ line }) => line.lang === lang)]);
  for (const source of [...new Set(scored.map(({ source }) => source))]) slices.push([source, scored.filter((one) => one.source === source)]);
  return [
    `== ${title} (threshold ${threshold})`,
    ...slices.map(([name, slice]) => {
      const withModel = rates(slice, threshold);
      const without = rates(slice, 2);
      return `${name.padEnd(14)} recall ${percent(withModel.recall)} (rules+concepts ${percent(without.recall)}, n=${withModel.crisis}) | false alarms ${percent(withModel.falseAlarms)} (rules+concepts ${percent(without.falseAlarms)}, n=${withModel.safe})`;
    }),
  ];
}
