// npm run eval:reply-language [files...]: of the labelled lines that get the safety response (crisis
// lines the screen notices, reach-outs answered as a call for help), how many get it in the language
// they were written in (their "lang"). Prints counts per language and the languages mistaken for
// another, never a line's text, so it can run over blind sets without showing them.
// Default: every *.jsonl in tests/fixtures/crisis-eval/ and tests/fixtures/safety-requests/.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { labelledFiles, readLabelledLines } from "./lib/labelled-files";
import { z } from "zod";
import { loadCrisisPhrases } from "../src/content/crisis-phrases";
import { screenCrisisLanguage } from "../src/core/features/safety/detect-crisis-language";
import { callForHelpLanguage, isCallForHelp } from "../src/core/features/safety/is-safety-request";
import { cleanInput } from "../src/core/text/clean-input";

const DIRS = ["../tests/fixtures/crisis-eval/", "../tests/fixtures/safety-requests/"].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));
const Line = z.object({ text: z.string().min(1), label: z.string(), lang: z.enum(["en", "es", "de", "fr"]) });

const files = labelledFiles(process.argv.slice(2), DIRS);
const phrases = loadCrisisPhrases();

/** The language the safety response would be given in, or null when the line gets none. */
function answeredIn(text: string): string | null {
  if (isCallForHelp(text)) return callForHelpLanguage(text);
  return screenCrisisLanguage(cleanInput(text), phrases).match?.language ?? null;
}

let answered = 0;
let right = 0;
const perLanguage = new Map<string, { answered: number; right: number }>();
const mistaken = new Map<string, number>();
for (const file of files) {
  for (const line of readLabelledLines(file, Line)) {
    if (line.label !== "crisis" && line.label !== "request") continue;
    const language = answeredIn(line.text);
    if (language === null) continue;
    const slot = perLanguage.get(line.lang) ?? { answered: 0, right: 0 };
    perLanguage.set(line.lang, slot);
    answered += 1;
    slot.answered += 1;
    if (language === line.lang) {
      right += 1;
      slot.right += 1;
    } else {
      mistaken.set(`${line.lang} answered in ${language}`, (mistaken.get(`${line.lang} answered in ${language}`) ?? 0) + 1);
    }
  }
}

const percent = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(2)}%` : "n/a");
console.log(`files: ${files.map((file) => relative(process.cwd(), file)).join(", ")}`);
console.log(`safety responses in the language written: ${right} of ${answered} (${percent(right, answered)})`);
for (const [language, slot] of [...perLanguage].sort()) console.log(`  ${language}: ${slot.right} of ${slot.answered} (${percent(slot.right, slot.answered)})`);
for (const [pair, count] of [...mistaken].sort((a, b) => b[1] - a[1])) console.log(`  ${pair}: ${count}`);
