import { z } from "zod";
import type { CrisisPhraseSet, CrisisRuleInfo } from "../core/features/safety/crisis-phrase-set";
import { detectCrisisConcept } from "../core/features/safety/detect-crisis-concept";
import { detectCrisisLanguage, normaliseCrisisText, prepareCrisisText } from "../core/features/safety/detect-crisis-language";
import { findAll } from "../core/features/safety/match-phrase-list";
import { BUNDLED_CONCEPT_SOURCES, compileCrisisConcepts, parseConceptFiles, type ConceptFile } from "./crisis-concepts";
import { BUNDLED_CRISIS_MODEL, compileCrisisModel } from "./crisis-model";
import { PHRASE_END, buildPhraseList, compilePattern, matchesSomewhere, type CompiledPattern } from "./crisis-phrases/compile-pattern";
import de from "./crisis-phrases/de.json" with { type: "json" };
import en from "./crisis-phrases/en.json" with { type: "json" };
import es from "./crisis-phrases/es.json" with { type: "json" };
import fr from "./crisis-phrases/fr.json" with { type: "json" };

/** Longest pattern accepted: long enough for a list of alternatives, short enough to review. */
const MAX_PATTERN_LENGTH = 1000;
// Matches nowhere, so an empty rewrite list rewrites nothing.
const NEVER = "(?!)";

const ZLanguage = z.enum(["en", "es", "de", "fr"]);
const ZId = z.string().regex(/^(en|es|de|fr)-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "id must be the language code, a dash, then lower-case words joined by dashes",
});
const ZPattern = z.string().trim().min(1).max(MAX_PATTERN_LENGTH);
const ZExample = z.string().trim().min(1).max(400);

/** One crisis phrase as written in a crisis-phrases/*.json file. */
export const ZCrisisRule = z.strictObject({
  id: ZId,
  category: z.enum(["suicidal-ideation", "self-harm", "intent-plan", "hopelessness", "goodbye", "concern-for-other"]),
  pattern: ZPattern,
  example: ZExample,
  note: z.string().optional(),
});

/** An idiom, negation or recovery phrase that must not count as crisis language. */
export const ZCrisisExclusion = z.strictObject({
  id: ZId,
  pattern: ZPattern,
  example: ZExample,
  note: z.string().optional(),
});

/** Text-speak or a misspelling, rewritten before any pattern is tried ("kms" → "kill myself"). */
export const ZCrisisRewrite = z.strictObject({
  from: z.string().trim().regex(/^[\p{L}\p{N}' ]+$/u, { message: "from must be plain words" }),
  to: z.string().trim().regex(/^[\p{L}\p{N}' ]+$/u, { message: "to must be plain words" }),
  note: z.string().optional(),
});

/** One whole crisis-phrases/<language>.json file. */
export const ZCrisisPhraseFile = z.strictObject({
  language: ZLanguage,
  format: z.string().min(20),
  rules: z.array(ZCrisisRule).min(1),
  exclusions: z.array(ZCrisisExclusion),
  rewrites: z.array(ZCrisisRewrite),
});

export type CrisisPhraseFile = z.infer<typeof ZCrisisPhraseFile>;

/** A phrase file still unchecked, with the name to blame when it is wrong. */
export interface CrisisPhraseSource {
  file: string;
  data: unknown;
}

function fail(file: string, what: string, error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  throw new Error(`crisis phrases ${file}: ${what}: ${reason}`);
}

function compileOrFail(file: string, what: string, pattern: string): CompiledPattern {
  try {
    return compilePattern(pattern);
  } catch (error) {
    return fail(file, what, error);
  }
}

/** "rule en-x, exclusion en-y: " for the entries a schema error points into, so reviewers can find them. */
function namedIds(data: unknown, error: z.ZodError): string {
  const names = error.issues.flatMap(({ path }) => {
    const [list, index] = path;
    if ((list !== "rules" && list !== "exclusions") || typeof index !== "number") return [];
    const entry = (data as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
    return [`${list === "rules" ? "rule" : "exclusion"} ${typeof entry?.id === "string" ? `"${entry.id}"` : `#${index + 1}`}`];
  });
  return names.length > 0 ? `${[...new Set(names)].join(", ")}: ` : "";
}

/** One global expression with a capture group per rewrite, in the order given. */
function rewriteExpression(sources: readonly string[]): RegExp {
  const choices = sources.length === 0 ? NEVER : sources.map((source) => `(${source})`).join("|");
  // Never right after a number: "ran 5 kms" is distance, not text-speak.
  return new RegExp(`(?<![0-9])(?:${choices})${PHRASE_END}`, "g");
}

/**
 * Validates phrase files and compiles them into one CrisisPhraseSet. Throws, naming the file and
 * the id, when a file breaks the schema, a pattern does not parse, an id repeats, a rule misses its
 * own example, or an exclusion's example would still get the safety response.
 */
export function compileCrisisPhrases(sources: readonly CrisisPhraseSource[]): CrisisPhraseSet {
  const files = sources.map(({ file, data }) => {
    const parsed = ZCrisisPhraseFile.safeParse(data);
    if (!parsed.success) fail(file, `${namedIds(data, parsed.error)}does not match the schema`, z.prettifyError(parsed.error));
    return { file, phrases: parsed.data };
  });

  const seenIds = new Set<string>();
  const rewriteTargets = new Map<string, { source: string; to: string; file: string }>();
  const exclusions: CompiledPattern[] = [];
  const rules: CompiledPattern[] = [];
  const ruleInfo: CrisisRuleInfo[] = [];
  const checks: Array<() => void> = [];

  for (const { file, phrases } of files) {
    for (const entry of [...phrases.rules, ...phrases.exclusions]) {
      if (!entry.id.startsWith(`${phrases.language}-`)) fail(file, `"${entry.id}"`, `id must start with "${phrases.language}-"`);
      if (seenIds.has(entry.id)) fail(file, `"${entry.id}"`, "id is used twice");
      seenIds.add(entry.id);
    }
    for (const rewrite of phrases.rewrites) {
      const { source } = compileOrFail(file, `rewrite "${rewrite.from}"`, rewrite.from.replace(/[()[\]|#*<>]/g, ""));
      const to = normaliseCrisisText(rewrite.to).trim();
      const earlier = rewriteTargets.get(source);
      if (earlier && earlier.to !== to) fail(file, `rewrite "${rewrite.from}"`, `${earlier.file} rewrites it differently`);
      rewriteTargets.set(source, { source, to, file });
    }
    for (const exclusion of phrases.exclusions) {
      const compiled = compileOrFail(file, `exclusion "${exclusion.id}"`, exclusion.pattern);
      exclusions.push(compiled);
      const index = exclusions.length - 1;
      checks.push(() => checkExclusion(file, exclusion.id, set.exclusions.patterns[index]!, exclusion.example));
    }
    for (const rule of phrases.rules) {
      const compiled = compileOrFail(file, `rule "${rule.id}"`, rule.pattern);
      rules.push(compiled);
      ruleInfo.push({ id: rule.id, language: phrases.language, category: rule.category });
      const index = rules.length - 1;
      checks.push(() => checkRule(file, rule.id, set.rules.patterns[index]!, rule.example));
    }
  }

  // Longest first, so "unalive myself" wins over "unalive" where both could apply.
  const rewrites = [...rewriteTargets.values()].sort((a, b) => b.source.length - a.source.length);
  const set: CrisisPhraseSet = {
    rewrites: rewriteExpression(rewrites.map((r) => r.source)),
    rewriteTargets: rewrites.map((r) => r.to),
    exclusions: buildPhraseList(exclusions),
    rules: buildPhraseList(rules),
    ruleInfo,
  };

  function checkRule(file: string, id: string, pattern: RegExp, example: string): void {
    if (!matchesSomewhere(pattern, prepareCrisisText(example, set))) {
      fail(file, `rule "${id}"`, `its example "${example}" does not match (check the pattern and the exclusions)`);
    }
  }

  const noExclusions = { ...set, exclusions: buildPhraseList([]) };
  function checkExclusion(file: string, id: string, pattern: RegExp, example: string): void {
    if (!matchesSomewhere(pattern, prepareCrisisText(example, noExclusions))) fail(file, `exclusion "${id}"`, `its example "${example}" does not match`);
    const match = detectCrisisLanguage(example, set);
    if (match) fail(file, `exclusion "${id}"`, `its example "${example}" still matches rule "${match.ruleId}"`);
  }

  for (const check of checks) check();
  return set;
}

/**
 * Checks every concept-lexicon example against the finished set: a concept's or marker's example
 * must be found by one of its own terms and answer at the concept layer; a guard's must not answer there.
 */
function checkConceptExamples(set: CrisisPhraseSet, files: ReadonlyArray<{ file: string; concepts: ConceptFile }>): void {
  const concepts = set.concepts!;
  const problems: string[] = [];
  for (const { file, concepts: data } of files) {
    for (const entry of data.entries) {
      const index = concepts.entries.findIndex(({ id }) => id === entry.id);
      for (const example of entry.examples) {
        // Quiet roles blank sentences, so their own terms are looked for before that happens.
        const unquiet = prepareCrisisText(example, { ...set, concepts: undefined });
        const own = unquiet.split(" .").some((sentence) => findAll(` ${sentence}`, concepts.terms).some((hit) => concepts.termEntry[hit.index] === index));
        // A guard or quiet entry's example must stay quiet (quiet ones: every layer); quiet-keep's must answer.
        const quiet = entry.role === "guard" || (entry.role.startsWith("quiet-") && entry.role !== "quiet-keep");
        const answered = entry.role.startsWith("quiet-") ? detectCrisisLanguage(example, set) !== null : detectCrisisConcept(prepareCrisisText(example, set), concepts) !== null;
        if (!own) problems.push(`${file} "${entry.id}": its example "${example}" matches none of its terms`);
        else if (quiet && answered) problems.push(`${file} "${entry.id}": its example "${example}" still answers`);
        else if (!quiet && !answered) problems.push(`${file} "${entry.id}": its example "${example}" does not answer`);
      }
    }
  }
  // All at once: a reviewer editing a lexicon fixes every broken example in one pass.
  if (problems.length > 0) throw new Error(`crisis concepts: ${problems.join("; ")}`);
}

/**
 * Validates and compiles the bundled phrase files, concept lexicons and model; throws, naming file
 * and id, if any is wrong. `layers` leaves layers out, for measuring each layer's part.
 */
export function loadCrisisPhrases(layers: { concepts?: boolean; model?: boolean } = {}): CrisisPhraseSet {
  const rules = compileCrisisPhrases([
    { file: "en.json", data: en },
    { file: "es.json", data: es },
    { file: "de.json", data: de },
    { file: "fr.json", data: fr },
  ]);
  const conceptFiles = parseConceptFiles(BUNDLED_CONCEPT_SOURCES);
  const set: CrisisPhraseSet = { ...rules };
  if (layers.concepts !== false) set.concepts = compileCrisisConcepts(conceptFiles);
  if (set.concepts) checkConceptExamples(set, conceptFiles);
  if (layers.model !== false) set.model = compileCrisisModel(BUNDLED_CRISIS_MODEL);
  return set;
}
