import { fileURLToPath } from "node:url";
import type { EvalLine } from "./evaluate-crisis-set";

// The labelled files the statistical layer may learn from. holdout-2 to holdout-10 and the check
// files are deliberately absent: the model never learns them, so their figures still say something
// about it (tests/fixtures/crisis-eval/README.md). Never add a blind holdout here. train-14 to
// train-16, train-21 to train-26, train-27 and train-28 are left out on purpose (tests/fixtures/crisis-train/README.md says why).

export const TRAINING_FILES = ["train", "train-2", "train-3", "train-4", "train-5", "train-6", "train-7", "train-8", "train-9", "train-10", "train-11", "train-12", "train-13", "train-17", "train-18", "train-19", "train-20", "dev", "holdout"] as const;

const PATHS: Record<(typeof TRAINING_FILES)[number], string> = {
  train: "../../tests/fixtures/crisis-train/train.jsonl",
  "train-2": "../../tests/fixtures/crisis-train/train-2.jsonl",
  "train-3": "../../tests/fixtures/crisis-train/train-3.jsonl",
  "train-4": "../../tests/fixtures/crisis-train/train-4.jsonl",
  "train-5": "../../tests/fixtures/crisis-train/train-5.jsonl",
  "train-6": "../../tests/fixtures/crisis-train/train-6.jsonl",
  "train-7": "../../tests/fixtures/crisis-train/train-7.jsonl",
  "train-8": "../../tests/fixtures/crisis-train/train-8.jsonl",
  "train-9": "../../tests/fixtures/crisis-train/train-9.jsonl",
  "train-10": "../../tests/fixtures/crisis-train/train-10.jsonl",
  "train-11": "../../tests/fixtures/crisis-train/train-11.jsonl",
  "train-12": "../../tests/fixtures/crisis-train/train-12.jsonl",
  "train-13": "../../tests/fixtures/crisis-train/train-13.jsonl",
  "train-17": "../../tests/fixtures/crisis-train/train-17.jsonl",
  "train-18": "../../tests/fixtures/crisis-train/train-18.jsonl",
  "train-19": "../../tests/fixtures/crisis-train/train-19.jsonl",
  "train-20": "../../tests/fixtures/crisis-train/train-20.jsonl",
  dev: "../../tests/fixtures/crisis-eval/dev.jsonl",
  holdout: "../../tests/fixtures/crisis-eval/holdout.jsonl",
};

/** Every training line with the name of its file, in file order. */
export function readTrainingLines(read: (path: string) => EvalLine[]): Array<{ line: EvalLine; source: string }> {
  return TRAINING_FILES.flatMap((source) => read(fileURLToPath(new URL(PATHS[source], import.meta.url))).map((line) => ({ line, source })));
}
