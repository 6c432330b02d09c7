// npm run eval:safety [--no-concepts] [--no-model] [--figures-only] [files...]: runs the crisis-language detector over
// labelled JSONL lines and prints recall and false alarms per file, per language and overall, with
// every miss and false alarm. Default: every *.jsonl in tests/fixtures/crisis-eval/. Exits 1 when a
// target is missed. The flags leave a layer out, to see what each layer adds.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { labelledFiles } from "./lib/labelled-files";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { detectCrisisLanguage, screenCrisisLanguage } from "../src/core/features/safety/detect-crisis-language";
import { describeMentions, describeSources, evaluateCrisisLines, formatEvalReport, meetsTargets, parseEvalLines, type EvalLine } from "./lib/evaluate-crisis-set";

const DEFAULT_DIR = fileURLToPath(new URL("../tests/fixtures/crisis-eval/", import.meta.url));

const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const files = labelledFiles(process.argv.slice(2), [DEFAULT_DIR]);
if (files.length === 0) {
  console.error(`No .jsonl files to evaluate in ${DEFAULT_DIR}`);
  process.exit(1);
}

const phrases = loadCrisisPhrases({ concepts: !flags.includes("--no-concepts"), model: !flags.includes("--no-model") });
const detect = (text: string) => detectCrisisLanguage(text, phrases);
const everything: EvalLine[] = [];
let allMet = true;

for (const file of files) {
  const lines = parseEvalLines(readFileSync(file, "utf8"), file);
  everything.push(...lines);
  const evaluated = evaluateCrisisLines(lines, detect);
  // A blind set's lines must not be read by whoever tunes the detector: figures only.
  const report = flags.includes("--figures-only") ? { ...evaluated, misses: [], falseAlarms: [] } : evaluated;
  allMet &&= meetsTargets(report.overall);
  const mentions = describeMentions(lines, (text) => screenCrisisLanguage(text, phrases));
  console.log(`${formatEvalReport(relative(process.cwd(), file), report)}\nanswered first by: ${describeSources(lines, detect)}\n${mentions}\n`);
}

if (files.length > 1) {
  const report = evaluateCrisisLines(everything, detect);
  allMet &&= meetsTargets(report.overall);
  const overall = formatEvalReport("all files", { ...report, misses: [], falseAlarms: [] });
  console.log(overall);
}
process.exit(allMet ? 0 : 1);
