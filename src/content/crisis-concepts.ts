import { z } from "zod";
import type { CrisisConceptEntry, CrisisConceptSet, CrisisLanguage } from "../core/features/safety/crisis-phrase-set";
import { normaliseCrisisText } from "../core/features/safety/detect-crisis-language";
import deContext from "./crisis-concepts/de-context.json" with { type: "json" };
import deOthers from "./crisis-concepts/de-others.json" with { type: "json" };
import deQuiet from "./crisis-concepts/de-quiet.json" with { type: "json" };
import de from "./crisis-concepts/de.json" with { type: "json" };
import enContext from "./crisis-concepts/en-context.json" with { type: "json" };
import enOthers from "./crisis-concepts/en-others.json" with { type: "json" };
import enQuiet from "./crisis-concepts/en-quiet.json" with { type: "json" };
import en from "./crisis-concepts/en.json" with { type: "json" };
import esContext from "./crisis-concepts/es-context.json" with { type: "json" };
import esOthers from "./crisis-concepts/es-others.json" with { type: "json" };
import esQuiet from "./crisis-concepts/es-quiet.json" with { type: "json" };
import es from "./crisis-concepts/es.json" with { type: "json" };
import frContext from "./crisis-concepts/fr-context.json" with { type: "json" };
import frOthers from "./crisis-concepts/fr-others.json" with { type: "json" };
import frQuiet from "./crisis-concepts/fr-quiet.json" with { type: "json" };
import fr from "./crisis-concepts/fr.json" with { type: "json" };
import { buildPhraseList, compilePattern, type CompiledPattern } from "./crisis-phrases/compile-pattern";

// Loads the concept lexicons (crisis-concepts/*.json, explained in crisis-concepts/README.md).

/** Most words between a marker and a concept term: a short clause, so two topics rarely meet. */
export const CONCEPT_REACH_WORDS = 6;

const ZId = z.string().regex(/^(en|es|de|fr)-(concept|marker|guard|quiet)-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "id must be the language code, then concept, marker, guard or quiet, then lower-case words joined by dashes",
});

/** One concept, marker or guard with its terms and the examples that prove it works. */
export const ZConceptEntry = z.strictObject({
  id: ZId,
  role: z.enum(["alone", "with-marker", "marker-self", "marker-other", "marker-context", "guard", "quiet-past", "quiet-recovery", "quiet-keep"]),
  category: z.enum(["suicidal-ideation", "self-harm", "intent-plan", "hopelessness", "goodbye", "concern-for-other", "danger-from-other", "unclassified"]),
  terms: z.array(z.string().trim().min(1).max(1000)).min(1),
  /** For with-marker concepts: only these markers count (ids from a file of the same language). */
  markers: z.array(ZId).optional(),
  examples: z.array(z.string().trim().min(1).max(400)).min(1),
  note: z.string().optional(),
});

/** One whole crisis-concepts/<language>.json file. */
export const ZConceptFile = z.strictObject({
  language: z.enum(["en", "es", "de", "fr"]),
  format: z.string().min(20),
  languageHints: z.array(z.string().min(1)),
  entries: z.array(ZConceptEntry).min(1),
});

export type ConceptFile = z.infer<typeof ZConceptFile>;

/** A concept file still unchecked, with the name to blame when it is wrong. */
export interface ConceptSource {
  file: string;
  data: unknown;
}

/** The bundled concept files, parsed; throws naming the file when one breaks the schema. */
export function parseConceptFiles(sources: readonly ConceptSource[]): Array<{ file: string; concepts: ConceptFile }> {
  return sources.map(({ file, data }) => {
    const parsed = ZConceptFile.safeParse(data);
    if (!parsed.success) throw new Error(`crisis concepts ${file}: does not match the schema: ${z.prettifyError(parsed.error)}`);
    return { file, concepts: parsed.data };
  });
}

/** Compiles every term of every file into one CrisisConceptSet; throws naming file, id and term. */
export function compileCrisisConcepts(files: ReadonlyArray<{ file: string; concepts: ConceptFile }>): CrisisConceptSet {
  const compiled: CompiledPattern[] = [];
  const termEntry: number[] = [];
  const entries: CrisisConceptEntry[] = [];
  const seen = new Set<string>();
  const languageHints = new Map<string, CrisisLanguage[]>();
  for (const { file, concepts } of files) {
    for (const hint of concepts.languageHints) {
      const word = normaliseCrisisText(hint).trim();
      languageHints.set(word, [...(languageHints.get(word) ?? []), concepts.language]);
    }
    for (const entry of concepts.entries) {
      if (!entry.id.startsWith(`${concepts.language}-`)) throw new Error(`crisis concepts ${file}: "${entry.id}": id must start with "${concepts.language}-"`);
      if (seen.has(entry.id)) throw new Error(`crisis concepts ${file}: "${entry.id}": id is used twice`);
      seen.add(entry.id);
      // A language's lexicon may span several files (en.json, en-context.json): markers are shared.
      const known = new Set(files.flatMap(({ concepts: other }) => (other.language === concepts.language ? other.entries : [])).filter((other) => other.role.startsWith("marker")).map((other) => other.id));
      const unknown = entry.markers?.find((id) => !known.has(id));
      if (unknown) throw new Error(`crisis concepts ${file}: "${entry.id}": marker "${unknown}" is not a marker of this language`);
      entries.push({ id: entry.id, language: concepts.language, role: entry.role, category: entry.category, ...(entry.markers ? { markers: entry.markers } : {}) });
      for (const term of entry.terms) {
        try {
          compiled.push(compilePattern(term));
        } catch (error) {
          throw new Error(`crisis concepts ${file}: "${entry.id}": term "${term}": ${(error as Error).message}`);
        }
        termEntry.push(entries.length - 1);
      }
    }
  }
  const hasQuietTerms = entries.some(({ role }) => role.startsWith("quiet-"));
  return { terms: buildPhraseList(compiled), termEntry, entries, reachWords: CONCEPT_REACH_WORDS, hasQuietTerms, languageHints };
}

/** The bundled concept files, unchecked. */
export const BUNDLED_CONCEPT_SOURCES: readonly ConceptSource[] = [
  { file: "en.json", data: en },
  { file: "es.json", data: es },
  { file: "de.json", data: de },
  { file: "fr.json", data: fr },
  { file: "en-context.json", data: enContext },
  { file: "en-others.json", data: enOthers },
  { file: "en-quiet.json", data: enQuiet },
  { file: "es-context.json", data: esContext },
  { file: "es-others.json", data: esOthers },
  { file: "es-quiet.json", data: esQuiet },
  { file: "de-context.json", data: deContext },
  { file: "de-others.json", data: deOthers },
  { file: "de-quiet.json", data: deQuiet },
  { file: "fr-context.json", data: frContext },
  { file: "fr-others.json", data: frOthers },
  { file: "fr-quiet.json", data: frQuiet },
];
