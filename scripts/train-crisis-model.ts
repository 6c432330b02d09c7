// npm run train:safety: trains the crisis screen's statistical layer on every labelled line we may
// use (scripts/lib/training-files.ts: the crisis-train/train*.jsonl files, crisis-eval/dev.jsonl and
// holdout.jsonl; never a later holdout or a check file), chooses the threshold by 5-fold cross-validation together with the rules and
// concepts, and the lower threshold of the gentle mention by the same rule with its own cap, prints
// the held-out figures and writes src/content/crisis-model/model.json.
// `--check` prints the figures without writing.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { parseEvalLines } from "./lib/evaluate-crisis-set";
import { CV_ADDED_FALSE_ALARM_CAP, CV_MENTION_ADDED_CAP, THRESHOLDS, chooseMentionThreshold, chooseThreshold, crossSource, crossValidate, describeRates, rates } from "./lib/cross-validate-crisis-model";
import { TRAINING, trainCrisisModel } from "./lib/train-crisis-model";
import { TRAINING_FILES, readTrainingLines } from "./lib/training-files";

const MODEL_FILE = fileURLToPath(new URL("../src/content/crisis-model/model.json", import.meta.url));

const phrases = loadCrisisPhrases({ model: false });
const lines = readTrainingLines((file) => parseEvalLines(readFileSync(file, "utf8"), file));
const started = performance.now();
const scored = crossValidate(lines, phrases, TRAINING.seed);
const threshold = chooseThreshold(scored);
const mentionThreshold = chooseMentionThreshold(scored, threshold);
for (const candidate of THRESHOLDS) {
  const all = rates(scored, candidate);
  const mineOnly = rates(scored.filter(({ source }) => source.startsWith("train")), candidate);
  console.log(`threshold ${candidate}: held-out recall ${(all.recall * 100).toFixed(1)}%, false alarms ${(all.falseAlarms * 100).toFixed(1)}% (train*.jsonl part: ${(mineOnly.recall * 100).toFixed(1)}% / ${(mineOnly.falseAlarms * 100).toFixed(1)}%)`);
}
for (const row of describeRates(`${5}-fold cross-validation over ${TRAINING_FILES.join(", ")}`, scored, threshold)) console.log(row);

// Across authors: train on one side, test on the other (the rules were tuned on dev and holdout).
const mine = lines.filter(({ source }) => source.startsWith("train"));
const theirs = lines.filter(({ source }) => !source.startsWith("train"));
for (const row of describeRates("trained on train*.jsonl only, tested on dev + holdout", crossSource(mine.map(({ line }) => line), theirs, phrases), threshold)) console.log(row);
for (const row of describeRates("trained on dev + holdout only, tested on train*.jsonl", crossSource(theirs.map(({ line }) => line), mine, phrases), threshold)) console.log(row);

const trained = trainCrisisModel(lines.map(({ line }) => line), phrases);
const held = rates(scored, threshold);
const mentioned = rates(scored, mentionThreshold);
console.log(`threshold ${threshold} (lowest adding <= ${CV_ADDED_FALSE_ALARM_CAP * 100} points of held-out false alarms); ${Object.keys(trained.weights).length} weights; ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `mention threshold ${mentionThreshold} (lowest adding <= ${CV_MENTION_ADDED_CAP * 100} points of safe lines): held-out crisis lines with the safety response or the mention ${(mentioned.recall * 100).toFixed(1)}%, safe lines with either ${(mentioned.falseAlarms * 100).toFixed(1)}%`,
);
if (!process.argv.includes("--check")) {
  const file = {
    format: "Logistic regression weights (naive Bayes ratio times weight) for the crisis screen's statistical layer; written by npm run train:safety, do not edit by hand. See ../crisis-concepts/README.md.",
    trainedOn: Object.fromEntries(TRAINING_FILES.map((name) => [name, lines.filter(({ source }) => source === name).length])),
    crossValidation: { folds: 5, recall: Number(held.recall.toFixed(4)), falseAlarms: Number(held.falseAlarms.toFixed(4)) },
    threshold,
    mentionThreshold,
    bias: trained.bias,
    weights: trained.weights,
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(file, null, 0).replace(/,"/g, ',\n"')}\n`);
  console.log(`wrote ${MODEL_FILE}`);
}
