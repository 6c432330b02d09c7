import { z } from "zod";
import type { CrisisLanguage } from "../../src/core/features/safety/crisis-phrase-set";
import type { CrisisMatch, CrisisScreen } from "../../src/core/features/safety/detect-crisis-language";

/** Share of crisis lines that must get the safety response. */
export const RECALL_TARGET = 0.98;
/** Largest share of safe lines that may get it. */
export const FALSE_ALARM_TARGET = 0.05;

const LANGUAGES: readonly CrisisLanguage[] = ["en", "es", "de", "fr"];

/** One labelled line of a crisis-eval/*.jsonl file. */
export const ZEvalLine = z.strictObject({
  text: z.string().min(1),
  label: z.enum(["crisis", "safe"]),
  lang: z.enum(["en", "es", "de", "fr"]),
  note: z.string().optional(),
});

export type EvalLine = z.infer<typeof ZEvalLine>;

/** Counts and rates for one slice of lines. Rates are null when the slice has no such lines. */
export interface EvalTally {
  crisis: number;
  safe: number;
  caught: number;
  falseAlarms: number;
  recall: number | null;
  falseAlarmRate: number | null;
}

/** Everything one evaluation found, with the lines that went wrong. */
export interface EvalReport {
  overall: EvalTally;
  byLanguage: Record<CrisisLanguage, EvalTally>;
  misses: EvalLine[];
  falseAlarms: Array<{ line: EvalLine; match: CrisisMatch }>;
}

/** Parses JSONL; throws naming the file and line number of the first bad line. */
export function parseEvalLines(jsonl: string, file: string): EvalLine[] {
  const lines: EvalLine[] = [];
  for (const [index, raw] of jsonl.split("\n").entries()) {
    if (raw.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    const result = ZEvalLine.safeParse(parsed);
    if (!result.success) throw new Error(`${file}:${index + 1}: ${z.prettifyError(result.error)}`);
    lines.push(result.data);
  }
  return lines;
}

function emptyTally(): EvalTally {
  return { crisis: 0, safe: 0, caught: 0, falseAlarms: 0, recall: null, falseAlarmRate: null };
}

function finish(tally: EvalTally): EvalTally {
  return {
    ...tally,
    recall: tally.crisis === 0 ? null : tally.caught / tally.crisis,
    falseAlarmRate: tally.safe === 0 ? null : tally.falseAlarms / tally.safe,
  };
}

/** Runs `detect` on every line and tallies recall and false alarms, overall and per language. */
export function evaluateCrisisLines(lines: readonly EvalLine[], detect: (text: string) => CrisisMatch | null): EvalReport {
  const overall = emptyTally();
  const byLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, emptyTally()])) as Record<CrisisLanguage, EvalTally>;
  const misses: EvalLine[] = [];
  const falseAlarms: EvalReport["falseAlarms"] = [];
  for (const line of lines) {
    const match = detect(line.text);
    for (const tally of [overall, byLanguage[line.lang]]) {
      if (line.label === "crisis") {
        tally.crisis++;
        if (match) tally.caught++;
      } else {
        tally.safe++;
        if (match) tally.falseAlarms++;
      }
    }
    if (line.label === "crisis" && !match) misses.push(line);
    if (line.label === "safe" && match) falseAlarms.push({ line, match });
  }
  const finished = Object.fromEntries(LANGUAGES.map((lang) => [lang, finish(byLanguage[lang])])) as Record<CrisisLanguage, EvalTally>;
  return { overall: finish(overall), byLanguage: finished, misses, falseAlarms };
}

/** True when recall and false alarms both meet their targets (an empty side counts as met). */
export function meetsTargets(tally: EvalTally): boolean {
  return (tally.recall ?? 1) >= RECALL_TARGET && (tally.falseAlarmRate ?? 0) <= FALSE_ALARM_TARGET;
}

const percent = (rate: number | null) => (rate === null ? "n/a" : `${(rate * 100).toFixed(1)}%`);

function describe(name: string, tally: EvalTally): string {
  return `${name.padEnd(8)} crisis ${tally.caught}/${tally.crisis} caught, recall ${percent(tally.recall)} | safe ${tally.safe}, false alarms ${tally.falseAlarms}, rate ${percent(tally.falseAlarmRate)}`;
}

/** How many caught crisis lines each layer answered first: "rule 120, concept 30, model 12". */
export function describeSources(lines: readonly EvalLine[], detect: (text: string) => CrisisMatch | null): string {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const match = line.label === "crisis" ? detect(line.text) : null;
    if (match) counts.set(match.source, (counts.get(match.source) ?? 0) + 1);
  }
  return [...counts].map(([source, count]) => `${source} ${count}`).join(", ");
}

/**
 * The gentle mention's reach: of the crisis lines with no safety response, how many get the line
 * pointing to the plan; and how many safe lines get it (on top of the false alarms).
 */
export function describeMentions(lines: readonly EvalLine[], screen: (text: string) => CrisisScreen): string {
  let missed = 0;
  let missedMentioned = 0;
  let safe = 0;
  let safeMentioned = 0;
  for (const line of lines) {
    const { match, unsure } = screen(line.text);
    if (line.label === "crisis" && !match) {
      missed++;
      if (unsure) missedMentioned++;
    }
    if (line.label === "safe") {
      safe++;
      if (unsure) safeMentioned++;
    }
  }
  return `gentle mention instead: ${missedMentioned} of ${missed} missed crisis lines; ${safeMentioned} of ${safe} safe lines (${percent(safe ? safeMentioned / safe : null)})`;
}

/** Human-readable report: totals, per language, then every miss and false alarm in full. */
export function formatEvalReport(title: string, report: EvalReport): string {
  const out = [`== ${title}`, describe("overall", report.overall)];
  for (const lang of LANGUAGES) if (report.byLanguage[lang].crisis + report.byLanguage[lang].safe > 0) out.push(describe(lang, report.byLanguage[lang]));
  out.push(`targets: recall >= ${percent(RECALL_TARGET)}, false alarms <= ${percent(FALSE_ALARM_TARGET)}: ${meetsTargets(report.overall) ? "MET" : "MISSED"}`);
  for (const line of report.misses) out.push(`  MISS        [${line.lang}] ${line.text}${line.note ? `   (${line.note})` : ""}`);
  for (const { line, match } of report.falseAlarms) out.push(`  FALSE ALARM [${line.lang}] ${line.text}   <- ${match.source} ${match.ruleId}${match.evidence ? ` [${match.evidence}]` : ""}`);
  return out.join("\n");
}
