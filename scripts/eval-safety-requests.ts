// npm run eval:requests [--figures-only] [files...]: how often a message that asks for help gets the
// safety response at once, and how often an ordinary message with the same words does, over labelled
// JSONL lines ({text, label: "request" | "ordinary", lang, note}). Default: every *.jsonl in
// tests/fixtures/safety-requests/. Two figures per slice: answered as a call for help (before
// anything else, nothing stored), and given the safety response either way (a call for help, or
// crisis language noticed by the screen, which also keeps the message).
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { labelledFiles, readLabelledLines } from "./lib/labelled-files";
import { z } from "zod";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { detectCrisisLanguage } from "../src/core/features/safety/detect-crisis-language";
import { isCallForHelp } from "../src/core/features/safety/is-safety-request";
import { cleanInput } from "../src/core/text/clean-input";

const DEFAULT_DIR = fileURLToPath(new URL("../tests/fixtures/safety-requests/", import.meta.url));
const Line = z.object({ text: z.string().min(1), label: z.enum(["request", "ordinary"]), lang: z.enum(["en", "es", "de", "fr"]), note: z.string().optional() });
type Line = z.infer<typeof Line>;

const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const files = labelledFiles(process.argv.slice(2), [DEFAULT_DIR]);
const phrases = loadCrisisPhrases();

const percent = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : "n/a");

function describe(name: string, lines: readonly Line[]): string {
  const requests = lines.filter((line) => line.label === "request");
  const ordinary = lines.filter((line) => line.label === "ordinary");
  const asCall = (line: Line) => isCallForHelp(line.text);
  const either = (line: Line) => asCall(line) || detectCrisisLanguage(cleanInput(line.text), phrases) !== null;
  const count = (set: readonly Line[], test: (line: Line) => boolean) => set.filter(test).length;
  return (
    `${name.padEnd(8)} requests ${requests.length}: call for help ${percent(count(requests, asCall), requests.length)}, safety response either way ${percent(count(requests, either), requests.length)}` +
    ` | ordinary ${ordinary.length}: call for help ${percent(count(ordinary, asCall), ordinary.length)}, safety response either way ${percent(count(ordinary, either), ordinary.length)}`
  );
}

for (const file of files) {
  const lines = readLabelledLines(file, Line);
  console.log(`== ${relative(process.cwd(), file)}`);
  console.log(describe("all", lines));
  for (const lang of ["en", "es", "de", "fr"] as const) console.log(describe(lang, lines.filter((line) => line.lang === lang)));
  // A blind set's lines must not be read by whoever tunes the words: figures only.
  if (!flags.includes("--figures-only")) {
    for (const line of lines) {
      const call = isCallForHelp(line.text);
      if ((line.label === "request") !== call) console.log(`  ${line.label === "request" ? "missed" : "false call"} [${line.lang}] ${line.text}`);
    }
  }
}
