// npx tsx scripts/bench-crisis-detector.ts: how long detectCrisisLanguage takes per message, with
// all three layers (rules, concepts, model), over every line of the training and dev files.
// Prints the start-up (load and check) time, then median, p99 and max per message.
import { readFileSync } from "node:fs";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { detectCrisisLanguage } from "../src/core/features/safety/detect-crisis-language";
import { parseEvalLines } from "./lib/evaluate-crisis-set";
import { percentile } from "./lib/percentile";
import { readTrainingLines } from "./lib/training-files";

const loading = performance.now();
const phrases = loadCrisisPhrases();
const loaded = performance.now() - loading;
const lines = readTrainingLines((file) => parseEvalLines(readFileSync(file, "utf8"), file)).map(({ line }) => line);
for (const { text } of lines) detectCrisisLanguage(text, phrases);

// Safe lines are the slow path: every layer reads them before the detector gives up.
function time(texts: readonly string[]): string {
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const text of texts) {
      const started = performance.now();
      detectCrisisLanguage(text, phrases);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => percentile(samples, p).toFixed(3);
  return `${samples.length} runs: median ${at(50)} ms, p99 ${at(99)} ms, max ${samples.at(-1)!.toFixed(3)} ms`;
}

console.log(`load + checks: ${loaded.toFixed(0)} ms`);
console.log(`all lines:  ${time(lines.map(({ text }) => text))}`);
console.log(`safe lines: ${time(lines.filter(({ label }) => label === "safe").map(({ text }) => text))}`);
